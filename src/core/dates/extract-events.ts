/**
 * Finds an article's dated events: each date expression of a sentence dates what the sentence
 * reports there ("met Thursday to review the pact hammered out last year" is two events), except
 * that the date of a saying ("said Thursday") counts only when the sentence has no other. Dates
 * are resolved against the article's publication date, in reading order so that "the following
 * day" can count from the last dated sentence before it and "one day after" from the date before
 * it in the sentence.
 */
import type { Sentence } from '../types.js';
import { findDateExpressions, type DateExpression } from './find-date-expressions.js';
import { isReportingPeriod } from './reporting-period.js';
import { daysBetween } from './calendar.js';
import { MONTH } from './date-patterns.js';
import { countsFromAnotherDate, resolveDate, type Precision, type ResolvedDate } from './resolve-date.js';

/**
 * What was said told in the present progressive right after the saying's date ("said today it is
 * lending", "said Monday they were suspending"): the deed goes on on the day of saying. Not a plan
 * ("is going to").
 */
const ONGOING_AS_SAID =
  /^\s+(?:that\s+)?(?:(?:it|he|she|they|we|the\s+\p{L}+|its\s+\p{L}+|his\s+\p{L}+|their\s+\p{L}+)\s+)?(?:is|are|was|were)\s+(?:(?:now|also|still)\s+)?(?!going\b)\p{Ll}{2,}ing\b/u;

/** "The following day" counts from the last dated sentence if it is at most this many sentences back. */
const RECENT = 4;

/** A number in words that a figure may be written with: "from six pct in January". */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a half)';
/** A figure and its unit's words: "158 mln barrels", "34,102 barrels per day", "141.05 dlrs", "38m", "£180,444", "six pct". */
const FIGURE = String.raw`(?:(?:[£$€¥]|US\$)?\d[\d.,]*(?:m|bn|k|%)?|${NUMBER_WORD}(?=\s+(?:pct|percent|per cent|points?|mln|million|billion|bln|dlrs|dollars|stg|pounds|marks|yen|francs|tonnes|tons|barrels)\b))\s+(?:[a-z%]+\s+){0,3}`;
/**
 * What a figure changed, or is compared, from: "from 158 mln barrels in 1985", "compared with 776.6 mln dlrs in 1985".
 * Not a figure's bound ("added more than five million new customers in 2004"), but a figure
 * "more than the" one it is measured against ("eight pct more than the 862 mln spent in 1986").
 */
const FROM_A_FIGURE = new RegExp(
  String.raw`\b(?:from|(?<!\b(?:more|less|fewer|other|rather) )than|than(?=\s+the\s)|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+)?${FIGURE}(?:in\s+)?$`,
  'i',
);
/** An earlier figure of a list compared with: "compared with 13.9 pct in December and 10.2 pct in January 1986". */
const LIST_ITEM = String.raw`(?:\d[\d.,]*\s+(?:[a-z%]+\s+){0,2}(?:in|at|during)\s+[A-Za-z]+(?:\s+\d{4})?,?\s+(?:and|or)\s+)?`;
/** A figure right before the "for" of the year it is for: "a target of five pct for this year"; not a plan ("350 of them planned for this year"). */
const FIGURE_FOR = new RegExp(String.raw`(?:^|\s)(?:\d[\d.,]*%?|${NUMBER_WORD})\s+(?:(?![a-z]+ed\b)[a-z%]+\s+){0,2}for\s+$`, 'i');
/** How near a figure is said to be, before it: "versus up to 20,000 pct in 1985", "from about 5 mln in 1985". */
const ROUGHLY = String.raw`(?:(?:up to|about|around|some|nearly|almost|roughly|approximately|more than|less than|over|under|just|only|as (?:much|many|high|low|little) as)\s+)?`;
/**
 * A figure compared with, right before the time it stood at: "from 7.20 billion dlrs in December",
 * "against 90,680 in January", "compared with a loss of 1.5 mln dlrs in 1985", "up from 37,272 in
 * the same period of last year", "compared with 530,587 at the end of January".
 * Words of what the figure measures may come before it ("compared with inflation of 8.3 pct during
 * 1986", "compared with 11.4 pct during the whole of 1986").
 */
const COMPARED_FIGURE = new RegExp(
  String.raw`(?:\bfrom|(?<!\b(?:more|less|fewer|other|rather) )\bthan|\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?)\s+(?:(?:the|a|an|its|their|loss|profit|deficit|surplus|gain|of|revised|estimated|record|annual(?:ised|ized)?|average|[a-z]+\s+of)\s+){0,3}${ROUGHLY}${LIST_ITEM}${FIGURE}(?:(?:in|at|for|during|of)\s+)?(?:the\s+(?:whole|entire|course|rest)\s+of\s+)?(?:(?:the\s+)?(?:same|comparable|corresponding|year-ago|year-earlier)\s+(?:[a-z]+\s+){0,2}?(?:of|in)\s+)?$`,
  'i',
);
/** A change or a figure right before "from 1985": "a 17 pct drop from 1985", "up 12 pct from 1985", "up from 1985". */
const CHANGED =
  /(?:\d[\d.,]*\s*(?:pct|%|percent|per cent)?|\b(?:pct|percent|per cent)|%|\b(?:drop|decline|rise|increase|decrease|fall|gain|jump|up|down|higher|lower|unchanged)\w*),?\s+$/i;
/** "from December", "from March 1985": a month a figure may be compared with. */
const FROM_A_MONTH = new RegExp(`^from ${MONTH}(?:,? \\d{4}|,? (?:of )?(?:last|this|next) year)?$`, 'i');
/** A figure and its unit right before a month: "down 3.4 billion dlrs from December". */
const A_FIGURE = /\d[\d.,]*(?:\s+[a-z.]+){1,3}\s+$/i;
/** What ends a span that began at a month: another month, a day or a year. */
const SPAN_TO_A_DATE = new RegExp(`^\\s*(?:to|until|through|till|-|–)\\s+(?:${MONTH}|\\d{1,2}\\b|(?:1[89]|20)\\d\\d|the end|end|mid)`, 'i');
/** "in January ", "for February, ": the month a figure is for, right before its base. */
const MEASURED_IN_A_MONTH = new RegExp(`\\b(?:in|for) ${MONTH}(?: \\d{4})?,?\\s+$`, 'i');

/** A price a day's figure is set against: "last traded at 16.30 dlrs against 15.50 dlrs on Friday". */
const AGAINST_A_DAYS_FIGURE = new RegExp(String.raw`\b(?:against|compared (?:with|to)|versus|vs\.?)\s+${FIGURE}$`, 'i');
/** A level a figure is back at, right before the time it last stood there: "approvals fall to levels last seen in 1995". */
const LEVEL_LAST_SEEN = /\b(?:levels?|rates?|prices?|highs?|lows?|heights?)\s+(?:last|not)\s+(?:seen|recorded|reached)\s+$/i;
/**
 * A time a comparative is measured against: "Earnings will be better than in 1986", "a higher rate than
 * last year", "32% lower than at the same time last year". Not a limit of time ("no later than March 31"), nor a quantity ("more than a year ago").
 */
const COMPARED_TIME =
  /\b(?!(?:later|earlier|sooner|rather|other|longer|over|under|never|after)\b)(?:\p{Ll}{2,}er|better|worse|more|less|fewer)\b(?:\s+(?!than\b)[\p{L}\d.,%-]+){0,4}(?<!\b(?:more|less|fewer))\s+than\s+(?:(?:in|during|at|for)\s+)?(?:the\s+same\s+(?:time|period|month|week|quarter|point)\s+(?:(?:of|in)\s+)?)?$/iu;
/** A change by a figure right before its "since": "has fallen by 200,000 since 1978", "up 12 pct since March", "doubled since". */
const CHANGE_SINCE =
  /(?:\b(?:rise|rose|risen|fall|fell|fallen|drop|dropped|decline|declined|increase|increased|decrease|decreased|grown|grew|gain|gained|climbed|jumped|up|down)\b(?:\s+by)?(?:\s+(?:about|some|almost|nearly|over|more than))?\s+\d[\d.,]*(?:\s*(?:pct|%|percent|per cent|mln|million|billion|points?))?|\b(?:doubled|tripled|halved))\s+$/i;
/** A record a figure sets, right before its "since": "the highest level since", "its first fall since", "only the second rise since", "first since". */
const SUPERLATIVE =
  /\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|fastest|slowest|sharpest|steepest|deepest|first|second|third|fourth|fifth)\b[^.;,]*$/i;
/** A run unbroken since a date ("have not won the title since 1990", "has never lost there since"): the date is where it began, no news. */
const UNBROKEN = /\b(?:not|never|n['’]t)\s+(?:(?!after\b|before\b|when\b|while\b)[\w'’-]+\s+){0,6}$/i;
/** "since a 4.5 pct drop in", "since base rates were at 10 pct, early": the words of a "since" that end at its date. */
const SINCE_WORDS = /\bsince\b(?:(?!\bsince\b)(?:[^.;]|\.(?=\d)))*$/i;
/** A figure or a level among them. */
const FIGURE_WORDS = /\d|\b(?:level|high|low|peak|pct|percent|per cent)\b/i;
/** A year or month among them, and what follows it. */
const DATE_WORD_THEN = new RegExp(`(?:\\b(?:1[6-9]|20)\\d\\d|\\b${MONTH})\\b(.*)$`, 'i');
/**
 * A day's price a figure is compared with: "from yesterday's close", "premium over Friday's market price", "up on last
 * night's close", or the price itself ("9p down on yesterday's 375p").
 */
const DAYS_PRICE =
  /^['’]s\s+(?:(?:(?:market|closing|share|opening|final)\s+)?(?:close|closing|level|finish|settlement|opening|fixing|midsession|price)s?\b|[£$€¥]?\d)/i;
/** A day's offer or bid a price is set against: "at a price lower than today's offer", "a premium over Friday's bid". */
const DAYS_OFFER = /^['’]s\s+(?:(?:initial|original|earlier|cash)\s+)?(?:offer|bid)s?\b/i;
const MEASURED_AGAINST = /\b(?:than|over|above|below|under)\s+$/i;
/** The word that sets such a price against the figure: "from", "over", "at", "equal to". */
const COMPARED_AT = /\b(?:from|over|than|against|with|at|off|on|below|above|under|versus|vs\.?|equal to)\s+$/i;
/** The base of an index ("(December, 1978 equals 100)", "the RPI base was January, 1974"). */
const INDEX_BASE_AFTER = /^\s*(?:=|equals?)\s*100\b/i;
const INDEX_BASE_BEFORE = /\bbase(?: (?:year|period|date))?\s+(?:is|was|of)\s+$/i;

/**
 * A year a figure is compared with ("sold 339 mln cubic feet a day last year, a 17 pct drop from
 * 1985") is the measure's base, not when anything reported happened; the sentence's other date
 * (last year) is. Only a year alone, not the start of a span ("from 1985 to 1987"). So is the date
 * a record is counted since ("the highest since April 2004").
 */
function isComparisonBase(sentence: string, e: DateExpression): boolean {
  // "hitting their highest level since April 2004", "its highest since August 19", "the largest fall
  // since a 5.1 pct drop in December, 1974": the last time it stood so, not news.
  const since = /^since\b/i.test(e.text) ? e.start : sinceBefore(sentence, e.start);
  if (since !== null && SUPERLATIVE.test(sentence.slice(Math.max(0, since - 60), since))) return true;
  const sinceNow = /^since\b/i.test(e.text) ? e.start : /\bsince\s+$/i.exec(sentence.slice(0, e.start))?.index;
  if (sinceNow !== undefined && UNBROKEN.test(sentence.slice(Math.max(0, sinceNow - 60), sinceNow))) return true;
  if (sinceNow !== undefined && CHANGE_SINCE.test(sentence.slice(Math.max(0, sinceNow - 60), sinceNow))) return true;
  if (e.kind === 'weekday' && AGAINST_A_DAYS_FIGURE.test(sentence.slice(Math.max(0, e.start - 60), e.start))) return true;
  const rest = sentence.slice(e.start + e.text.length);
  if ((e.kind === 'weekday' || e.kind === 'relative') && DAYS_PRICE.test(rest) && COMPARED_AT.test(sentence.slice(0, e.start))) return true;
  if ((e.kind === 'weekday' || e.kind === 'relative') && DAYS_OFFER.test(rest) && MEASURED_AGAINST.test(sentence.slice(0, e.start))) return true;
  if (INDEX_BASE_AFTER.test(rest) || INDEX_BASE_BEFORE.test(sentence.slice(0, e.start))) return true;
  // "a government target of five pct for this year": the year a figure is for, as "for 1987" is, not news.
  if (e.kind === 'year' && /^(?:this|next|last) year$/i.test(e.text) && FIGURE_FOR.test(sentence.slice(Math.max(0, e.start - 60), e.start))) return true;
  // "rose to 7.15 billion in January from 7.20 billion in December": December is the figure's base, not news.
  // Not the start or end of a span ("from 10 countries since 1979", "more than 1,000 by the end of 1987").
  const comparedKind =
    (e.kind === 'year' || e.kind === 'month' || (e.kind === 'relative' && /\bago$|^the (?:previous|preceding) (?:day|week|month)$/i.test(e.text))) &&
    !/^(?:since|until|by|before|after|from)\b/i.test(e.text);
  // The preposition a year's words open on ("of 2003") is the comparison's own ("in the same period of 2003").
  const lead = /^(?:of|in)\s+/i.exec(e.text)?.[0] ?? '';
  if (comparedKind && COMPARED_FIGURE.test(sentence.slice(Math.max(0, e.start - 100), e.start).replace(/\s*\([^()]*\)\s*$/, ' ') + lead)) return true;
  if (/^(?:in|since)\b/i.test(e.text) && LEVEL_LAST_SEEN.test(sentence.slice(Math.max(0, e.start - 40), e.start))) return true;
  if (comparedKind && COMPARED_TIME.test(sentence.slice(Math.max(0, e.start - 60), e.start) + lead)) return true;
  const fromAMonth = FROM_A_MONTH.test(e.text);
  if (!fromAMonth && !/^(?:(?:from|in)\s+)?(?:fiscal\s+)?(?:1[89]|20)\d\d$/i.test(e.text)) return false;
  const after = sentence.slice(e.start + e.text.length);
  // The start of a span ("from 1985 to 1987", "from March through September") is a date; "rose from
  // January to 530,066" is a change to a figure.
  if (fromAMonth ? SPAN_TO_A_DATE.test(after) : /^\s*(?:to|until|through|till|-|–)(?!\w)/i.test(after)) return false;
  // An aside in brackets after the figure ("895.4 reais ($332) from November") stands outside the comparison.
  const before = sentence.slice(Math.max(0, e.start - 80), e.start).replace(/\s*\([^()]*\)\s*$/, ' ');
  // "fell 1.0 pct in January from December": the month the figure is measured in, then its base.
  if (fromAMonth) return CHANGED.test(before) || MEASURED_IN_A_MONTH.test(before) || A_FIGURE.test(before);
  if (/^from\b/i.test(e.text)) return CHANGED.test(before);
  return FROM_A_FIGURE.test(before) || (/(?:\bfrom|\bthan)\s+$/i.test(before) && CHANGED.test(before.replace(/(?:from|than)\s+$/i, '')));
}

/**
 * "voted to postpone its annual shareholders meeting scheduled for April 29", "cancelled the weekly
 * treasury bill tender scheduled for March 3", "postponed its planned April 6 launch": the date a
 * thing was set for before it was called off is no longer when anything happens. The date a thing
 * is put off to stays ("postponed until March 10").
 */
const CALLED_OFF =
  /\b(?:postpon|cancel|call(?:ed|s|ing)? off|scrap|abandon|put(?:s|ting)? off)\w*\b[^,;:]{0,70}\b(?:scheduled|set|planned|slated|due|proposed)\s+(?:(?:for|on)\s+)?$/i;

function calledOff(sentence: string, e: DateExpression): boolean {
  return CALLED_OFF.test(sentence.slice(Math.max(0, e.start - 100), e.start));
}

/** Where the "since" begins whose words end at `start` (a few words back, within the clause), or null. */
function sinceBefore(sentence: string, start: number): number | null {
  const window = sentence.slice(Math.max(0, start - 70), start);
  const m = SINCE_WORDS.exec(window);
  if (!m || m[0].split(/\s+/).length > 10) return null;
  const at = start - window.length + m.index;
  // "its highest since August 19", "the first rise since the third quarter of 1985": the date is the since's own.
  if (/^since\s+(?:(?:the|late|early|mid-?|end|start|beginning|of|first|second|third|fourth|quarter|half)\s+)*$/i.test(m[0])) return at;
  // "the first market since 1949 opened last August": that "since" has its date, and a new clause follows it.
  const then = DATE_WORD_THEN.exec(m[0]);
  if (then) return /^[\s,]*$/.test(then[1]!) ? at : null;
  // The record's base is a figure ("since a 4.5 pct drop in May, 1980"); a deed ("the biggest
  // merger since American Motors was formed in 1954") is news of its own day.
  return FIGURE_WORDS.test(m[0]) ? at : null;
}

/** "In 1986, a season that ran from April 3 to December 27": a sentence that opens on a year sets the year of its days and months. */
function inFramingYear(sentence: string, e: DateExpression, resolved: ResolvedDate): ResolvedDate {
  const frame = /^In ((?:1[6-9]|20)\d\d),/.exec(sentence)?.[1];
  if (!frame || !resolved.date || (e.kind !== 'explicit' && e.kind !== 'month') || /\d{4}|\b(?:last|this|next) year\b/i.test(e.text)) return resolved;
  return resolved.precision === 'day' || resolved.precision === 'month' ? { ...resolved, date: frame + resolved.date.slice(4) } : resolved;
}

/**
 * "from April 20 through May 31", "the February 27-July 7 shipment period": the end of a span of
 * days without a year of its own is the first such day on or after its start, whatever year the
 * day alone would be given.
 */
function spanEnd(sentence: string, e: DateExpression, resolved: ResolvedDate, start: { end: number; date: string } | null): ResolvedDate {
  if (!start || e.kind !== 'explicit' || resolved.precision !== 'day' || /\d{4}/.test(e.text) || resolved.date! >= start.date) return resolved;
  if (!SPAN_BETWEEN.test(sentence.slice(start.end, e.start))) return resolved;
  // "payable April One to March 20 from March 13": a date moved to, from another, ends no span.
  if (/^\s+from\b/i.test(sentence.slice(e.start + e.text.length))) return resolved;
  const later = `${Number(start.date.slice(0, 4)) + (resolved.date!.slice(5) >= start.date.slice(5) ? 0 : 1)}${resolved.date!.slice(4)}`;
  return { ...resolved, date: later };
}

/** What joins the days of a span: "April 20 through May 31", "the February 27-July 7 period", "the July 1/March 25 period". */
const SPAN_BETWEEN = /^\s*(?:-|–|\/|to|through|until|till)\s*$/i;

/**
 * "for the July 1/March 25 period had taken 2.59 mln tonnes", in an April wire: a span whose start
 * without a year would fall after its end began the year before, when that span lies nearer the
 * wire's day than the one ending the year after ("for delivery August 15-November 30" in June is
 * still to come). Returns the start's date so moved, or null.
 */
function spanStartBefore(
  sentence: string,
  e: DateExpression,
  end: ResolvedDate,
  start: { end: number; date: string } | null,
  published: string | null,
): string | null {
  if (!published || !start || e.kind !== 'explicit' || end.precision !== 'day' || /\d{4}/.test(e.text) || end.date! >= start.date) return null;
  if (!SPAN_BETWEEN.test(sentence.slice(start.end, e.start)) || /^\s+from\b/i.test(sentence.slice(e.start + e.text.length))) return null;
  const shift = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  const away = (from: string, to: string) => (published < from ? daysBetween(published, from) : published > to ? daysBetween(to, published) : 0);
  const earlierStart = shift(start.date, -1);
  return away(earlierStart, end.date!) < away(start.date, shift(end.date!, 1)) ? earlierStart : null;
}

/**
 * "Lord Goldsmith had warned Tony Blair in a document on 7 March 2003 … On 10 March, military chiefs
 * reportedly asked …": in an article with no date of its own, a day or month without a year is in the
 * year the article last named that month with (its own story's March), rather than nowhere. Only the
 * same month: another month could lie in the year before or after.
 */
function inYearNamedBefore(resolved: ResolvedDate, yearOfMonth: Map<string, string>): ResolvedDate {
  const m = /^--(\d{2})(-\d{2})?$/.exec(resolved.partialDate ?? '');
  const year = m ? yearOfMonth.get(m[1]!) : undefined;
  if (!m || !year) return resolved;
  return { date: `${year}-${m[1]}${m[2] ?? ''}`, precision: m[2] ? 'day' : 'month' };
}

/** An event as found in one article. */
export interface FoundEvent {
  article: string;
  sentence: number;
  when: string;
  date: string | null;
  precision: Precision | null;
  /** A day or month without a year (`--08-12`, `--08`), when the article has no date to place it. */
  partialDate?: string;
  resolvedFrom: string | null;
}

/** The events of one article (its sentences in order); `published` is its ISO date or null. */
export function extractEvents(sentences: Sentence[], published: string | null): FoundEvent[] {
  const events: FoundEvent[] = [];
  let previous: { n: number; date: ResolvedDate } | null = null;
  const yearOfMonth = new Map<string, string>();
  for (const s of sentences) {
    const expressions = findDateExpressions(s.text).filter((e) => !isComparisonBase(s.text, e) && !calledOff(s.text, e) && !isReportingPeriod(s.text, e));
    const reported = expressions.filter((e) => !e.ofSaying);
    // "Borg-Warner and Merrill said yesterday they entered a merger agreement, under which … will begin a
    // tender offer today": when every other date is still to come, the saying is the one deed done, dated too.
    // So is it when what was said goes on as it is said ("said today it is lending 11.7 mln dlrs to
    // Ecuador to help repair … pipeline destroyed by an earthquake earlier this month").
    const saying = expressions.find((e) => e.ofSaying && (reported.every((r) => r.ahead) || ONGOING_AS_SAID.test(s.text.slice(e.start + e.text.length))));
    let inSentence: ResolvedDate | null = null;
    let spanStart: { end: number; date: string } | null = null;
    for (const e of reported.length > 0 ? expressions.filter((x) => !x.ofSaying || x === saying) : expressions.slice(0, 1)) {
      // "At that time" is the time just told: only a date of the sentence right before.
      const reach = /^at that time$/i.test(e.text) ? 1 : RECENT;
      const before = e.kind === 'interval' ? inSentence : previous && previous.n >= s.n - reach ? previous.date : null;
      const placed = inFramingYear(s.text, e, resolveDate(e, published, before));
      const startBack = spanStartBefore(s.text, e, placed, spanStart, published);
      if (startBack) events[events.length - 1] = { ...events.at(-1)!, date: startBack };
      let resolved: ResolvedDate = startBack ? placed : spanEnd(s.text, e, placed, spanStart);
      spanStart =
        e.kind === 'explicit' && resolved.precision === 'day' && !/\d{4}/.test(e.text) ? { end: e.start + e.text.length, date: resolved.date! } : null;
      // "one day after the vote" with no date to count from is no date at all.
      if (e.kind === 'interval' && resolved.date === null) continue;
      // Nor is "At that time" or "The same day" with no date told just before: the time is another's, untold.
      if (/^at that time$|same day$/i.test(e.text) && resolved.date === null && !resolved.partialDate) continue;
      if (published === null) resolved = inYearNamedBefore(resolved, yearOfMonth);
      if (resolved.date && /\d{4}/.test(e.text) && resolved.precision !== 'year') yearOfMonth.set(resolved.date.slice(5, 7), resolved.date.slice(0, 4));
      const usesArticleDate = resolved.date !== null && published !== null && !/\d{4}/.test(e.text) && !countsFromAnotherDate(e);
      events.push({ article: s.article, sentence: s.n, when: e.text, ...resolved, resolvedFrom: usesArticleDate ? published : null });
      previous = { n: s.n, date: resolved };
      if (resolved.date !== null) inSentence = resolved;
    }
  }
  return events;
}
