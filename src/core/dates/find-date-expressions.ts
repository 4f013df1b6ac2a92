/**
 * Finds the date expressions of a sentence: explicit dates (May 8, June 9, 2017, 2017-06-09,
 * 26-FEB-1987), years (in 2016), months (in March, last month), weekdays (on Thursday, Monday
 * morning), holidays (Valentine's Day) and relative phrases (several weeks ago, the following
 * day). A date that is the subject of its clause ("Valentine's Day has come early") or names a
 * noun ("the 2016 election", "last year's election") is not an adverbial date and is left out.
 */

import { MONTH, PATTERNS, type DateKind } from './date-patterns.js';
import { durationLooksAhead } from './duration-ahead.js';
import { reportedFuture } from './reported-future.js';

export type { DateKind };

/** A date expression as written, where it stands, and what kind it is. */
export interface DateExpression {
  text: string;
  start: number;
  kind: DateKind;
  /** Whether it dates a saying ("said Thursday"), which yields to another date of the sentence. */
  ofSaying: boolean;
  /** Whether the sentence looks ahead ("will", "due", "by June"): a date without a year is then the next one. */
  ahead: boolean;
  /**
   * A weekday that owns a noun ("Sunday's voting", "Saturday's hog slaughter"): the nearest such day
   * either way, since the sentence's tense is its own verb's, not the noun's.
   */
  nearest?: boolean;
  /**
   * A day or month without a year told as a deed done ("went public Dec 23", "the year ended
   * January 31"), or counted from ("since June 4", "last June 18"): set only then.
   */
  toldPast?: boolean;
}

// A deadline, a schedule or a plan: what it dates is still to come ("the offer expires on May 5",
// "a meeting set for Friday", "the tariffs take effect on April 17", "he is to launch it Wednesday",
// a dividend notice's "Pay April three" and "Record March 20").
const LOOKS_AHEAD =
  /\b(will|shall|['’]ll|is due|are due|due to|(?<!fell |was |were |became )due (?:on|by|for|in|at)|expected|expects?|(?:re)?scheduled|plans to|planned|intends|to be (?:held|paid|completed|published)|pay date|payable|record date|expires?|expiring|deadline|target date|set (?:for|to)|(?:is|are) to|(?:take|takes|go|goes|come|comes) (?:into )?(?:effect|force))\b/i;
/**
 * "extended the exercise date of its warrants to December 31", "postponed the vote to Friday": a
 * date moved to is still to come. The words between may hold figures ("its 1,424,500 warrants").
 */
const MOVED_TO =
  /\b(?:extend|postpone|defer|delay|push(?:ed|es|ing)? back|put(?:s|ting)? off|move|reschedul)\w*\b(?:[^,.;:]|[,.](?=\d)){0,80}\b(?:to|till)\s+$/i;
/**
 * "a tender offer to begin Thursday", "called a general strike for Wednesday", "the first round is
 * on Sunday": a weekday right after an infinitive, after "for", or after a present "is" is when
 * something is set to happen, still to come. Not "to parliament on Saturday", "came to light on
 * Wednesday": with "on" the word after "to" is as likely a noun.
 */
function setForAWeekday(before: string, e: DateExpression): boolean {
  return e.kind === 'weekday' && (/\b(?:for|is|are)\s+$/.test(before) || (/\bto \p{Ll}+\s+$/u.test(before) && !/^on\b/i.test(e.text)) || WOULD_DO.test(before));
}
/**
 * "unable to say if the meeting would continue on Friday", "said it would respond Monday": a
 * weekday right after "would" and its verb is the day of a deed still to come, the future seen
 * from a saying. Not "would have met on Friday", a deed that did not happen.
 */
const WOULD_DO = /\bwould (?:not |also |then )?(?:be )?(?!have\b)\p{Ll}+\s+$/u;
const DIVIDEND_NOTICE = /^(?:Pay|Payable|Record)(?: date)? (?=\p{Lu})/u;
/**
 * "the 1987/88 season, which begins August 1", "until new crop becomes available in August": a
 * beginning told in the present right before its date is a schedule, still to come; so is an end
 * ("before the 10-day accounting period for reserve requirements closes on Monday").
 */
const BEGINS_ON = /\b(?:begins|starts|opens|resumes|becomes available|become available)\s+(?:on\s+|in\s+)?$/i;
/**
 * An end only before a weekday: "Qtr ends Dec 31" heads results for a quarter gone by, and "its
 * fiscal year ends October 31" says what year it keeps, while a near weekday is on the timetable.
 */
const ENDS_ON_A_WEEKDAY = /\b(?:closes|ends|finishes|concludes)\s+(?:on\s+)?$/i;
/**
 * "Weizsaecker, who arrives on a four-day official tour on Friday", "the team leaves for Lagos on
 * Sunday": a coming, going or start told in the present a few words before a weekday of its own
 * clause is on the timetable, still to come, though words stand between the verb and the day.
 */
const SCHEDULED_IN_THE_PRESENT =
  /\b(?:arrives|leaves|departs|begins|starts|opens|resumes)\b(?:(?!\b(?:and|but|after|when|since|said|says)\b)[^,;:"“”()]){0,60}$/i;

/** Every adverbial date expression of the sentence, longest first where they overlap, in order. */
export function findDateExpressions(sentence: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const m of sentence.matchAll(pattern)) {
      // The words that set a date apart ("on the 11th", "at the 2000 Olympics") are not the date: they end before it.
      const whole = m.groups?.date ?? m[0];
      const text = whole.replace(/\.$/, (dot) => (/[A-Z][a-z]{2}\.$/.test(whole) ? dot : ''));
      found.push({ text, start: m.index + m[0].length - whole.length, kind, ofSaying: false, ahead: false });
    }
  }
  const longest = found
    .filter((e) => !dayInWordsCutOff(e, found))
    .sort((a, b) => a.start - b.start || b.text.length - a.text.length)
    .filter((e, i, all) => !all.slice(0, i).some((o) => e.start < o.start + o.text.length));
  const ahead = LOOKS_AHEAD.test(sentence) || DIVIDEND_NOTICE.test(sentence);
  return longest
    .filter(
      (e) => isAdverbial(sentence, e) && durationLooksAhead(sentence, e) && !namesTheSameDay(sentence, e, longest) && !isClockOfTheDay(sentence, e, longest),
    )
    .map((e) => {
      const ofSaying = datesASaying(sentence, e);
      const before = sentence.slice(0, e.start);
      // A date of saying is in the past whatever the sentence says will happen ("said Monday he will resign");
      // so is the start of a span up to now ("meeting since Monday") and the day of a deed told in the past
      // ("On Wednesday, Reagan announced that he will seek …").
      const looksAhead =
        !ofSaying &&
        !afterPastVerb(sentence, e) &&
        !byThenItHad(sentence, e) &&
        !failedThen(sentence, e) &&
        !(e.kind === 'weekday' && (/\bsince\s+$/i.test(before) || beforePastVerb(sentence, e))) &&
        (ahead ||
          /^(next|until|by)\b/i.test(e.text) ||
          /\b(by|until|before|as from|with effect(?: from)?|effective)\s+$/i.test(before) ||
          MOVED_TO.test(before) ||
          BEGINS_ON.test(before) ||
          (e.kind === 'weekday' && ENDS_ON_A_WEEKDAY.test(before)) ||
          (e.kind === 'weekday' && SCHEDULED_IN_THE_PRESENT.test(before)) ||
          reportedFuture(sentence, e) ||
          movedFrom(sentence, e, longest) ||
          setForAWeekday(before, e));
      const nearest = e.kind === 'weekday' && /^['’]s\s/.test(sentence.slice(e.start + e.text.length));
      const toldPast = /^the (?:very )?end of the (?:year|month)$|(?:of|in) the year$/i.test(e.text)
        ? doneAtAnEnd(before)
        : (e.kind === 'explicit' || e.kind === 'month') &&
          !/\d{4}/.test(e.text) &&
          (/\b(?:since|last)\s+$/i.test(before) || /^(?:since|last)\b/i.test(e.text) || clauseVerbIsPast(before) || beforePastVerb(sentence, e));
      return { ...e, ofSaying, ahead: looksAhead, ...(nearest ? { nearest } : {}), ...(toldPast ? { toldPast } : {}) };
    });
}

/**
 * "moved up the completion date to April 30 from September 30 originally", "extended to June 30
 * from April 11": the date a thing was moved from was set for the days to come as the new one is;
 * it may have passed since, which the nearest sensible year still finds.
 */
function movedFrom(sentence: string, e: DateExpression, all: DateExpression[]): boolean {
  const to = all.find((o) => o.start < e.start && /^\s+from\s+$/i.test(sentence.slice(o.start + o.text.length, e.start)));
  return to !== undefined && MOVED_TO.test(sentence.slice(0, to.start));
}

/**
 * "until April three": the preposition's month alone ("until April") would cut off the day written
 * in words, which the longer reading keeps. After "in", "during" and the like the words count things
 * ("in May three plants closed"), so the month stands there.
 */
function dayInWordsCutOff(e: DateExpression, all: DateExpression[]): boolean {
  if (e.kind !== 'month' || /^(?:in|during|since|of|from|for)\b/i.test(e.text)) return false;
  const end = e.start + e.text.length;
  return all.some((o) => o.kind === 'explicit' && o.start > e.start && o.start < end && o.start + o.text.length > end);
}

/**
 * "live on Wednesday 19 January, from 1930 on BBC One": four figures that read as a time of day,
 * right after or before a day, are the hour of that day, not a year.
 */
function isClockOfTheDay(sentence: string, e: DateExpression, all: DateExpression[]): boolean {
  const m = /^(?:from|until|by|before|after) ([01]\d|2[0-3])([0-5]\d)$/i.exec(e.text);
  if (e.kind !== 'year' || !m) return false;
  const end = e.start + e.text.length;
  const isDay = (o: DateExpression) =>
    o.kind === 'explicit' || o.kind === 'weekday' || (o.kind === 'relative' && /\b(?:today|tonight|tomorrow|yesterday)\b/i.test(o.text));
  return all.some(
    (o) =>
      isDay(o) &&
      ((o.start + o.text.length <= e.start && /^[\s,]*$/.test(sentence.slice(o.start + o.text.length, e.start))) ||
        (o.start >= end && /^\s*(?:on\s+)?$/.test(sentence.slice(end, o.start)))),
  );
}

/** "March 25, Wednesday", "Tuesday, April 14", "on Tuesday April 28": the weekday names the day the date gives, no day of its own. */
function namesTheSameDay(sentence: string, e: DateExpression, all: DateExpression[]): boolean {
  if (e.kind !== 'weekday' || /^(?:last|past|this|next)\b/i.test(e.text) || /\b(?:morning|afternoon|evening|night)$/.test(e.text)) return false;
  const end = e.start + e.text.length;
  return all.some(
    (o) => o.kind === 'explicit' && (/^,?\s+$/.test(sentence.slice(end, o.start)) || /^,\s*$/.test(sentence.slice(o.start + o.text.length, e.start))),
  );
}

/**
 * "during a 2001 audit committee meeting", "at the 2000 Olympics", "stems from the 1984 takeover":
 * the year dates an occasion, though it modifies a noun (the patterns say which nouns after "from the").
 */
const OCCASION_OF_YEAR = /\b(?:(?:at|during) (?:the|a|an)|(?:from|about|after|before|since|following|over|of) the) $/i;

/** Conjunctions, prepositions, articles and auxiliaries: words that follow a date and are no noun it modifies. */
const NO_NOUN =
  'and|or|to|when|after|before|as|in|on|at|for|with|by|from|but|while|because|than|the|a|an|is|was|are|were|has|had|will|would|could|should|may|might|can';

/** A word in lower case next that is no verb, preposition or conjunction: likely a noun the date modifies. */
const NOUN_NEXT = new RegExp(`^\\s+(?!(?:${NO_NOUN}|comes?|came|falls?|fell)\\b)\\p{Ll}+\\b`, 'u');

/** A word after a year that is no noun the year could modify: a function word, a verb, a pronoun or an adverb. */
const NO_NOUN_AFTER_A_YEAR = new RegExp(
  `^\\s+(?:${NO_NOUN}|nor|have|that|amid|amidst|among|across|without|within|around|toward|towards|via|beyond|unlike|upon|throughout|whether|once|whilst|whereas|which|who|whose|where|due|despite|following|under|through|until|since|during|into|over|unless|although|though|if|versus|vs|against|compared|there|it|he|she|they|we|even|too|also|only|already|again|alone|aged|onwards?|ago|saw|rose|fell|made|\\p{Ll}+ed)\\b`,
  'u',
);

/** A preposition of time before a year's or month's occasion: "in last year's takeover", "since last month's crash". */
const OCCASION_OF_A_PAST_TIME = /\b(?:in|during|at|after|since|following|before|despite)\s+$/i;
/** A month read with its own preposition of time ("in December's win over Olympiakos"): its occasion is in it. */
const MONTH_IN = /^(?:in|during)\s/i;
/** A part of a year or a measure after a year's or month's: "last year's first quarter", "last year's level". */
const PART_OR_MEASURE =
  /^['’]s\s+(?:(?:first|second|third|fourth|final|last|latest|same|comparable|corresponding|record|year-end|main|total)\b|(?:[\w-]+\s+){0,2}(?:quarter|half|period|levels?|figures?|results|totals?|average|rates?|season|crops?|harvest|estimates?|projections?|survey|budget|concerns|loans|peaks?|highs?|lows?|list|line-up|lineup|shape|form|index|production|output|sales|exports|imports|prices)\b)/i;

/**
 * "wait until May's annual general meeting", "before March's election": a month's occasion after a
 * preposition of time, which the month's words hold, is held in that month. Only an occasion: a
 * name ("until May's speech") is not one.
 */
const OCCASION_AFTER_A_MONTH =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:meetings?|elections?|polls?|votes?|ballot|referendum|summit|conference|session|talks|hearing|trial|deadline|congress|convention|ceremony|auction)\b/i;

/**
 * What "today's" names when it means these years, not this day: an era ("today's world", "in
 * today's economic environment", "in today's dollars") or its people ("today's gamers", "today's
 * music fan"), a word or two of kind between, the noun ending its phrase. Not the day's own things
 * ("today's meeting", "today's trading on world money markets", "today's money market shortage").
 */
const NOWADAYS =
  /^['’]s\s+(?:(?!(?:on|in|of|at|for|to|and|or)\s)[\p{Ll}-]+\s+){0,2}?(?:world|environment|climate|era|age|society|standards|terms|dollars|pounds|reality|realities|times|generations?|economy|youth|children|kids|teenagers|youngsters|consumers|parents|voters|fans?|gamers|stars|celebrities|artists|musicians|film-?makers|students|workers|politicians|terrorists|babies)(?=\s*(?:[^\p{L}\s]|$)|\s+(?:and|or|of|in|is|are|was|were|that|which|who|to|for|has|have|had|will|would|can|could|may|might|with|as|at|on|by|from)\b)/u;

/** Not the subject of a verb, not a modifier of a noun. */
function isAdverbial(sentence: string, e: DateExpression): boolean {
  const after = sentence.slice(e.start + e.text.length);
  const before = sentence.slice(0, e.start);
  // At the start of a clause and before its verb, the date is the clause's subject.
  if (/^\s+(?:has|have|had|is|was|were|are|will|would)\b/.test(after) && /(^|[,;:]\s*)$/.test(before)) return false;
  // So it is when one word opens the sentence before it and the sentence says what that is: a
  // title ("Sometimes in April is a feature by Raoul Peck").
  if (/^\s+(?:is|was) (?:a|an|the|one)\b/.test(after) && /^\p{Lu}\p{Ll}+\s+$/u.test(before)) return false;
  // "in May three plants closed", "during the 30 days before its shutdown": numbers that count things or a span.
  // A number that counts needs its things after it, and "as of" is a date's own ("As of March six, only 353 shares").
  if (
    e.kind === 'explicit' &&
    / [a-z-]+$/.test(e.text) &&
    !/ year$/.test(e.text) &&
    /\b(?:in|during|since|of|from|for)\s+$/i.test(before) &&
    !/\bas of\s+$/i.test(before) &&
    /^\s+\p{L}/u.test(after)
  )
    return false;
  if (e.kind === 'interval' && /\b(?:the|during|for|in|within|of|over)\s+$/i.test(before)) return false;
  // "the day after rival Deutsche Boerse put forward its case": the day after that, not after the date before it.
  if (/^the day (?:before|after)$/i.test(e.text) && /^\s+[\p{L}\d]/u.test(after)) return false;
  // A possessive ("last year's election", "last month's championships") names a thing, not a time.
  // A week's is as near as a weekday's, which dates its deed ("despite last week's decision", "during
  // last week's riots"), save a figure ("from last week's 707") and a subject opening its clause
  // ("Last week's number one fell to three" tells of this week). A year's or month's after a preposition
  // of time dates its occasion too ("services in last year's 2.7 billion stg takeover", "at last month's
  // meeting"), save a part of the year or a measure ("in last year's first quarter", "from last year's level").
  if (
    (e.kind === 'year' || e.kind === 'month') &&
    /^['’]s\b/.test(after) &&
    (!/\bweek(?:end)?$/i.test(e.text) || /^['’]s\s+[\d.]/.test(after) || /(?:^|[,;:]\s*)$/.test(before)) &&
    !(/\bweek(?:end)?$/i.test(e.text) === false && (OCCASION_OF_A_PAST_TIME.test(before) || MONTH_IN.test(e.text)) && !PART_OR_MEASURE.test(after)) &&
    !(e.kind === 'month' && /^(?:until|till|before|after|since|by)\s/i.test(e.text) && OCCASION_AFTER_A_MONTH.test(after))
  )
    return false;
  // So does a year before a noun ("of 1990 bonds"); "last year" before a word is before its verb ("which last year made a bid"),
  // and so is a year that opens its sentence ("In 1999 he joined the band"). A word that is no noun
  // leaves the year a time: a verb, a pronoun or an adverb ("who died in 1994 aged 72", "in 1986 was
  // 5 mln", "from 1985 onwards"); so does a year's results ("13 billion dlrs in 1986 profits"). A
  // part of the year said before it ("prices in early 1986 reverses", "by mid-1988 plants") is a
  // time whatever word follows: no noun is named by "early 1986".
  if (
    e.kind === 'year' &&
    /\d/.test(e.text) &&
    !/^\p{Lu}/u.test(e.text) &&
    !/\b(?:early|late|mid)[ -]/i.test(e.text) &&
    !OCCASION_OF_YEAR.test(before) &&
    /^\s+\p{Ll}/u.test(after) &&
    !NO_NOUN_AFTER_A_YEAR.test(after) &&
    !(/^in\b/.test(e.text) && /^\s+(?:profits?|earnings|sales|revenues?|income|losses)\b/.test(after))
  )
    return false;
  // "in today's economic environment", "today's gamers": a present of years or its people, not the day.
  if (/^today$/i.test(e.text) && NOWADAYS.test(after)) return false;
  // After an article or a possessive, a weekday or holiday names a thing ("a Christmas tree",
  // "GMTV's Sunday programme", "Sky News' Sunday with Adam Boulton"), not a time.
  if ((e.kind === 'weekday' || e.kind === 'holiday') && /(?:\b(?:a|an|the|his|her|its|their|our|my|your)|['’]s|s['’])\s+$/i.test(before)) return false;
  // A weekday or holiday that begins a name ("Saturday Night Live", "Easter Island") is no date,
  // unless a preposition says it is one ("On Tuesday President Lopez met …"); "by" before a name
  // is as often the agent's ("a book by Sunday Telegraph journalist Robert Peston").
  const introduced = /\b(?:on|last|this|next|by|until|since|before|after|from)\s+$/i.test(before) || /^(?:on|last|this|next)\b/i.test(e.text);
  const byAName = /\bby\s+$/i.test(before) && !/^on\b/i.test(e.text);
  if ((e.kind === 'weekday' || e.kind === 'holiday') && (!introduced || byAName) && /^\s+\p{Lu}/u.test(after) && !new RegExp(`^\\s+${MONTH}`).test(after))
    return false;
  // The Sunday papers named for it ("a survey for the Mail on Sunday") are no date.
  if (/^on Sunday$/i.test(e.text) && /\b(?:Mail|Independent|Scotland|Wales)\s+$/.test(before)) return false;
  // Before a noun it says what kind of thing ("Christmas sales were weak", "the Christmas number one").
  if (e.kind === 'holiday' && !introduced && !/\b(?:to|over|for|at|during|till|of)\s+$/i.test(before) && NOUN_NEXT.test(after)) return false;
  if (
    /^\d{4}$/.test(e.text.split(' ').at(-1)!) &&
    !OCCASION_OF_YEAR.test(before) &&
    /^\s+[a-z]/.test(after) &&
    /\b(?:the|a|an|his|her|its|their|this|that)\s+(?:\S+\s+)?$/i.test(before + e.text.replace(/\d{4}$/, ''))
  )
    return false;
  return true;
}

/** "said Thursday", "told reporters on Monday": the date of a saying, not of what was said ("will be announced Monday" is still to come). */
function datesASaying(sentence: string, e: DateExpression): boolean {
  // "announced earlier this week" was read as "this week" after "earlier", no date of saying; the
  // words that name part of the week keep it so.
  if (/^(?:earlier|later) this week$/i.test(e.text)) return false;
  // "said last week's earthquake was forcing it to": a date that owns a noun dates the noun, not the saying.
  if (/^['’]s\s/.test(sentence.slice(e.start + e.text.length))) return false;
  const before = sentence.slice(0, e.start);
  const m = /\b(?:said|says|told [\w\s]{0,20}|announced|reported|wrote|added|stated|revealed)\s+(?:on\s+)?$/i.exec(before);
  // "told a court yesterday", "told a congressional hearing": testimony is a deed of the story, not the wire's source.
  if (m !== null && /^told\b[\w\s]*\b(?:court|hearing|jury|tribunal|committee|subcommittee|inquiry|panel)\s+(?:on\s+)?$/i.test(m[0])) return false;
  return m !== null && !/\b(?:be|been|being|to)\s+$/i.test(before.slice(0, m.index));
}

/** Common irregular verbs in the past. */
const IRREGULAR_PAST =
  'said|told|met|began|made|took|won|lost|held|gave|sent|wrote|rose|fell|sold|bought|paid|left|went|came|became|got|ran|saw|spoke|struck|chose|drew|broke|quit|led|shot|threw';
/** A verb in the past: a regular one in small letters (not "need", "exceed"), or a common irregular one. */
const PAST_VERB = new RegExp(
  `^(?:(?!(?:need|exceed|proceed|succeed|hundred|scheduled|expected|planned|proposed|slated|timed|combined|limited|based|related|listed|unexpected)\\b)\\p{Ll}{3,}ed|${IRREGULAR_PAST}|signed)$`,
  'u',
);

/**
 * "On Wednesday, President Reagan announced that he will seek …", "which on Friday secured
 * agreement": a weekday that opens its clause and is followed, before any comma or word of the
 * future, by a verb in the past dates that deed, whatever the rest of the sentence expects.
 */
function beforePastVerb(sentence: string, e: DateExpression): boolean {
  const before = sentence.slice(0, e.start);
  if (!/(?:^|[,;:]\s*|\b(?:which|who|that|and|but)\s+)(?:[Oo]n\s+)?$/.test(before)) return false;
  const words = sentence
    .slice(e.start + e.text.length)
    .replace(/^,\s*/, '')
    .split(/[,;:]/)[0]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 7);
  for (const w of words) {
    if (/^(?:will|would|shall|is|are|am|be|to|may|might|can|could|should|must|plans?|expects?|intends?)$/i.test(w)) return false;
    if (PAST_VERB.test(w)) return true;
  }
  return false;
}

/** A verb in the past perfect: "had been fired", "had already sold", "had not taken". */
const PAST_PERFECT = new RegExp(
  `\\bhad (?:(?:not|already|also|just|only|now) )?(?:been|\\p{Ll}{3,}ed|${IRREGULAR_PAST}|taken|given|risen|fallen|written|gone|come|become|run|seen|spoken|chosen|drawn|broken|begun|grown|known|shown)\\b`,
  'u',
);

/**
 * "by Monday a total of 17 had been fired", "by March 20 it had bought 56 pct": the day by which
 * something had already been done is past, though "by" mostly sets a deadline. The past perfect
 * must be in the date's own clause, with no "will" or "would" in between ("had said it would
 * finish by Friday" still looks ahead).
 */
function byThenItHad(sentence: string, e: DateExpression): boolean {
  const before = sentence.slice(0, e.start);
  if (!/^(?:by|until)\b/i.test(e.text) && !/\b(?:by|until)\s+$/i.test(before)) return false;
  const after = sentence
    .slice(e.start + e.text.length)
    .replace(/^,\s*/, '')
    .split(/[,;:]/)[0]!;
  const clauseBefore = before.split(/[,;:]/).at(-1)!;
  const had = (text: string) => PAST_PERFECT.exec(text);
  const afterHad = had(after);
  if (afterHad && !/\b(?:will|would|to)\b/i.test(after.slice(0, afterHad.index))) return true;
  const beforeHad = had(clauseBefore);
  // Before the date, the past perfect must be the date's own verb, not one whose object is a clause of its
  // own ("had been advised that if they did not change their mind by Monday").
  return beforeHad !== null && !/\b(?:will|would|to|that|if|whether|when|which|who|unless)\b/i.test(clauseBefore.slice(beforeHad.index));
}

/** A failure told in the past: "failed to come to an agreement", "did not reach a settlement", "were unable to agree". */
const FAILED_IN_THE_PAST = /\b(?:failed|did not|didn['’]t|(?:was|were) unable)\b/i;
/** Words that make the failure a condition, a question or a forecast ("if they did not change their mind by Monday"). */
const FAILURE_NOT_TOLD = /\b(?:if|unless|whether|when|will|would|shall|must|expect(?:s|ed)?|plans?|planned|hopes?|intends?|wants?)\b/i;
/** Words after the date that put the clause ahead ("who did not tender by Friday will receive notes"). */
const AHEAD_AFTER = /\b(?:will|would|shall|must|can|may)\b/i;

/**
 * "failed to come to an agreement by Thursday noon, a deadline set last week", "failed to meet the
 * payment deadline on Tuesday", "were unable to agree on terms by Monday": a day by which something
 * failed, told in the past, has passed, though a deadline mostly looks ahead. The failure must be
 * told in the date's own clause, as a deed and not a condition ("if they did not change their mind
 * by Monday") or a forecast ("did not expect to settle by Friday").
 */
function failedThen(sentence: string, e: DateExpression): boolean {
  const clauseBefore = sentence
    .slice(0, e.start)
    .split(/[,;:"“”()]/)
    .at(-1)!;
  if (!FAILED_IN_THE_PAST.test(clauseBefore) || FAILURE_NOT_TOLD.test(clauseBefore)) return false;
  const clauseAfter = sentence
    .slice(e.start + e.text.length)
    .replace(/^,\s*/, '')
    .split(/[,;:"“”()]/)[0]!;
  return !AHEAD_AFTER.test(clauseAfter);
}

/** "which closed (on)", "a letter sent": a word, then a verb in the past, at the end of the text. */
const WORD_AND_PAST_VERB_AT_END = new RegExp(`\\b(\\p{L}+) (\\p{Ll}+ed|${IRREGULAR_PAST})\\s+(?:on\\s+)?$`, 'u');

/**
 * "which closed Friday", "talks ended on Friday", "a letter sent friday": a weekday right after a
 * verb in the past, regular or not, is past whatever else the sentence expects ("expected the
 * stock, which closed Friday at 31, to slip"). Not after "be" ("will be released on Monday",
 * "will be held Monday") nor a verb of planning ("scheduled Monday").
 */
function afterPastVerb(sentence: string, e: DateExpression): boolean {
  if (e.kind === 'month') return monthAfterPastVerb(sentence, e);
  if (e.kind !== 'weekday' || /^(next|this)\b/i.test(e.text)) return false;
  const m = WORD_AND_PAST_VERB_AT_END.exec(sentence.slice(0, e.start));
  if (m !== null && !/^(be|been|being|is|are|to|will)$/i.test(m[1]!) && !/^(scheduled|expected|planned|slated|timed)$/.test(m[2]!)) return true;
  return clauseVerbIsPast(sentence.slice(0, e.start));
}

/** Words that leave the tense of a weekday to the rest of the sentence: a modal, "to", "be", a gerund, a word of deadline or span. */
const NOT_A_PAST_DEED =
  /^(?:will|would|shall|may|might|can|could|should|must|to|be|been|being|is|are|am|has|have|plans?|expects?|intends?|wants?|hopes?|until|till|by|before|for|through|from|after|since|\p{Ll}+ing)$/iu;

/**
 * "since it acknowledged the Chrysler proposal on Monday", "talks, which continued past a midnight
 * Friday deadline, ended Saturday": the nearest verb of the weekday's own clause, a few words back,
 * is in the past, so the day is, whatever another clause of the sentence expects ("The board ...
 * expects to be meeting", a deadline). The clause ends at a comma or a quote.
 */
function clauseVerbIsPast(before: string): boolean {
  const clause = before.split(/[,;:"“”()]/).at(-1)!;
  const words = clause.split(/\s+/).filter(Boolean).slice(-6).reverse();
  for (const [i, w] of words.entries()) {
    if (NOT_A_PAST_DEED.test(w)) return false;
    if (PAST_VERB.test(w)) return !/^(?:be|been|being|is|are|to|will)$/i.test(words[i + 1] ?? '');
  }
  return false;
}

/**
 * "the program as devised in December", "Mellon, which was ordered in December to quit Brazil": a
 * month right after a verb in the past, passive or not, is past whatever the sentence expects;
 * not after "be" ("expected to be completed in May") nor a verb of planning.
 */
function monthAfterPastVerb(sentence: string, e: DateExpression): boolean {
  if (!/^in\s/i.test(e.text)) return false;
  const m = /\b(\p{L}+) (\p{Ll}+ed)\s+$/u.exec(sentence.slice(0, e.start));
  return m !== null && !/^(be|being|is|are|am|to|will|would|shall)$/i.test(m[1]!) && !/^(scheduled|expected|planned|slated|timed|proposed|needed)$/.test(m[2]!);
}

/** Words of a saying, whose tense is not that of what was said. */
const SAYING = /\b(?:said|told|added|reported|announced|stated|forecast|predicted|estimated)\b/g;
/** Words of what is still to come, or was planned. */
const STILL_TO_COME =
  /\b(?:will|would|could|should|may|might|must|shall|can|(?:is|are|am|was|were|be|going|set|about) to|expects?|expected|plans?|planned|scheduled|due|likely|hopes?|intends?|now)\b/i;
/** A verb in the past, not a participle after a present or perfect ("is threatened", "has risen"). */
const PAST_IN_CLAUSE = new RegExp(
  `(?<!\\b(?:is|are|am|be|been|being|has|have)\\s+)\\b(?:was|were|had|(?!(?:need|exceed|proceed|succeed|hundred)\\b)\\p{Ll}{3,}ed|${IRREGULAR_PAST})\\b`,
  'u',
);

/**
 * "Although the agreement was closed by the end of the year", "drew on two billion marks at the end
 * of the year" (a March wire): a deed done at the end of the year or month is at the one gone by,
 * since this one's is still to come. The verb must be in the date's own clause, past, and neither a
 * saying ("said by the end of the year it will") nor next to a plan ("is due to decide at the end of
 * the month").
 */
function doneAtAnEnd(before: string): boolean {
  const clause = before
    .split(/[,;:"“”()]/)
    .at(-1)!
    .replace(SAYING, ' ');
  return PAST_IN_CLAUSE.test(clause) && !STILL_TO_COME.test(clause);
}
