/**
 * A weekday in what someone said would happen is still to come: "The Federal Reserve Board said it
 * would release the figures on Friday", "The bourse said trading would resume again on Monday". A
 * weekday is otherwise read as past (the most recent one), which put these on the days before the
 * wire. Not when a deed told in the past comes between "would" and the day ("would emerge since
 * Purolator had been for sale … before a deal was struck with Hutton Friday"), nor a happening that
 * came before the one to come ("would make a fresh attempt … after an unsuccessful try on Friday"),
 * nor one a possessive names by its noun ("would be blamed for the stock market's nosedive on Monday").
 */
import type { DateExpression } from './find-date-expressions.js';
import { PAST_BETWEEN, REACH, SAYING, WOULD } from './duration-ahead.js';

/** An aside set off by commas or brackets ("the talks, convened by the ICCO, in London"): no part of the clause's reach. */
const ASIDE = /,[^,]*,|\([^()]*\)/g;
/** A day of something before or other than what is to come. */
const ANOTHER_HAPPENING = /\b(?:after|since|following|than|ago|earlier|last)\b|\p{L}['’]s?\s+\p{Ll}+\s+(?:on\s+)?$/iu;
/** A condition, possibility or denial: what would happen is not said to. */
const NOT_SAID_TO = /\b(?:if|unless|whether|not|never|no)\b|n['’]t\b/i;

/** Whether the weekday `e` is in the clause of a "would" that reports what someone said will happen. */
export function reportedFuture(sentence: string, e: DateExpression): boolean {
  if (e.kind !== 'weekday') return false;
  const before = sentence.slice(0, e.start);
  const would = [...before.matchAll(WOULD)].at(-1);
  if (!would || !SAYING.test(before.slice(0, would.index))) return false;
  const between = before.slice(would.index + would[0].length).replace(ASIDE, ' ');
  return between.split(/\s+/).filter(Boolean).length <= REACH && !PAST_BETWEEN.test(between) && !ANOTHER_HAPPENING.test(between) && !NOT_SAID_TO.test(between);
}
