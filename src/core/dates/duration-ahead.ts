/**
 * A count of days, weeks or months after "in" or "within" is a date ahead of publication only when
 * its own clause looks ahead: "the offer expires in three weeks", "is expected to close within 60
 * days", "said it would give its verdict within six weeks", "meetings in two weeks' time". Most
 * such counts are spans, not dates ("rose 25 pct in three weeks", "the second raid in four days"),
 * or count from another event ("within 30 days of the purchase order", "within 45 days after
 * receipt"), or belong to a rule, a condition or a mere possibility ("must disclose stakes within
 * 10 days", "if the government failed to act in 15 days", "could come within six months"): none
 * of those is a date, and a wrong date costs more than a missed one.
 */
import type { DateExpression } from './find-date-expressions.js';

/** The shape the patterns give such a count: "in 60 days", "within two to three weeks", "in six weeks' time". */
const DURATION = /^(?:in|within) .*\b(?:days|weeks?|months?)\b/i;

/**
 * What makes the count relative to another event, a span or a condition: "of the announcement", "after
 * receipt", "instead of", "a week-old offensive", "within one week if".
 */
const COUNTED_FROM_ANOTHER =
  /^(?:['’]?\s*(?:time\s+)?(?:of|after|before|from|since|following|thereafter|later|earlier|ago|ended|ending|instead|running|in a row)\b|-\p{L}|\s+(?:if|unless)\b)/iu;
/** "in a week that began with a selloff", "in a week when": one week of the story, not a count from publication. */
const A_WEEK_WHEN = /^\s+(?:that|when|which|in which)\b/i;

/**
 * Words of the clause that make the count no date: a condition, a possibility, an obligation or a
 * rule, a habit ("any decision would be reviewed within seven days"), a denial ("No one expects"), or a past perfect,
 * whose expectation was someone's then ("Opec in December had anticipated that demand would be
 * slack and expected the market to firm in two to three weeks").
 */
// Case matters: "may" the possibility, not "May" the month ("The deal signed in May will close within 60 days").
const NO_DATE =
  /\b(?:[Hh]ad|[Nn]o one|[Nn]obody|[Ii]f|[Uu]nless|[Ww]hether|[Cc]ould|[Mm]ight|may|[Cc]an|[Cc]annot|[Mm]ust|[Nn]ot|[Nn]ever|[Rr]equire[sd]?|[Rr]equiring|[Aa]llow(?:s|ed|ing)?|[Pp]ermit(?:s|ted|ting)?|[Aa]ny|[Uu]sually|[Nn]ormally|[Gg]enerally|[Tt]ypically)\b|n['’]t\b/;
/** Between the word of the future and the count, a count of times: "will be the second raid in four days", "three times in two weeks". */
const COUNT_OF_TIMES = /\b(?:each|every|first|second|third|fourth|fifth|latest|biggest|largest|highest|lowest|best|worst|only|times)\b/i;

/** Words of the future or a plan: "will", "is expected to", "expects to", "plans to", "is due to", "should". */
const FUTURE =
  /\b(?:will|shall|(?<!\b(?:was|were|been|had)\s)expected|expects?|plans? to|planned|intends? to|hopes? to|aims? to|(?:is|are) due|due to|(?:is|are) likely to|(?:is|are) to|(?:is|are) (?:scheduled|set) to|should)\b|['’]ll\b/gi;

/** A deadline or term told in the present right before the count: "the offer expires in three weeks", "the bonds mature in eight months". */
const RUNS_OUT = /\b(?:expires?|matures?|falls? due|takes? effect|comes? into (?:force|effect))\s+$/i;

/**
 * "would" is the future of a saying ("said it would give its verdict within six weeks"), not of a
 * condition or a thing done then; so are "was expected", "was likely to" and "hoped to" after one
 * ("Ongpin said the first tranche was expected within a month").
 */
export const WOULD = /\bwould\b(?!\s+(?:have|probably have)\b)|\b(?:was|were) (?:expected|likely to)\b|\bhoped to\b/gi;
export const SAYING = /\b(?:said|says|told|added|stated|announced)\b/i;

/** Between the word of the future and the count, a deed told in the past or a new saying ends its reach. */
export const PAST_BETWEEN = /\b(?:said|says|was|were|had|did|(?:which|who|that)\s+(?:\S+\s+)?\p{Ll}{3,}ed)\b/iu;

/** At most this many words from the word of the future to the count. */
export const REACH = 14;

/** True unless `e` is a count of days, weeks or months after "in" or "within" that does not look ahead. */
export function durationLooksAhead(sentence: string, e: DateExpression): boolean {
  if (e.kind !== 'relative' || !DURATION.test(e.text)) return true;
  const after = sentence.slice(e.start + e.text.length);
  if (COUNTED_FROM_ANOTHER.test(after) || (/\b(?:week|month)$/i.test(e.text) && A_WEEK_WHEN.test(after))) return false;
  const before = sentence.slice(0, e.start);
  const clause = before.split(/[;:"“”()]|,(?!\d)/).at(-1)!;
  if (NO_DATE.test(clause) || /\bat the time\b/i.test(clause)) return false;
  // "in two weeks' time" looks ahead by itself, unless a deed right before it is done ("built it in six weeks' time").
  if (/\btime$/i.test(e.text)) return !COUNT_OF_TIMES.test(clause) && !/\b(?:\p{Ll}{3,}ed|was|were|had)\s+(?:\S+\s+){0,2}$/u.test(clause);
  if (RUNS_OUT.test(clause)) return true;
  const markers = [...clause.matchAll(FUTURE)];
  if (SAYING.test(before.slice(0, before.length - clause.length) + clause.split(WOULD)[0]!)) markers.push(...clause.matchAll(WOULD));
  return markers.some((m) => {
    const between = clause.slice(m.index + m[0].length);
    return between.split(/\s+/).filter(Boolean).length <= REACH && !PAST_BETWEEN.test(between) && !COUNT_OF_TIMES.test(between);
  });
}
