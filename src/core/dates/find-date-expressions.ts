/**
 * Finds the date expressions of a sentence: explicit dates (May 8, June 9, 2017, 2017-06-09,
 * 26-FEB-1987), years (in 2016), months (in March, last month), weekdays (on Thursday, Monday
 * morning), holidays (Valentine's Day) and relative phrases (several weeks ago, the following
 * day). A date that is the subject of its clause ("Valentine's Day has come early") or names a
 * noun ("the 2016 election", "last year's election") is not an adverbial date and is left out.
 */

/** What kind of expression, which decides how it is resolved. */
export type DateKind = 'explicit' | 'year' | 'month' | 'weekday' | 'holiday' | 'relative';

/** A date expression as written, where it stands, and what kind it is. */
export interface DateExpression {
  text: string;
  start: number;
  kind: DateKind;
  /** Whether it dates a saying ("said Thursday"), which yields to another date of the sentence. */
  ofSaying: boolean;
  /** Whether the sentence looks ahead ("will", "due", "by June"): a date without a year is then the next one. */
  ahead: boolean;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)';
const HOLIDAY = "(?:Valentine['’]s Day|Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Easter(?: Sunday| Monday)?|Thanksgiving(?: Day)?|Independence Day|Halloween|Boxing Day|Labou?r Day|Memorial Day|St\\.? Patrick['’]s Day)";

const PATTERNS: [DateKind, RegExp][] = [
  ['explicit', /\b\d{4}-\d{2}-\d{2}\b/g],
  ['explicit', /\b\d{1,2}-[A-Z]{3}-\d{4}\b/gi],
  ['explicit', new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?(?![\\d:])`, 'g')],
  ['explicit', new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \\d{4})?\\b`, 'g')],
  // A month alone needs a preposition ("in March"); "March shipment", "March/April" name goods, not dates.
  ['month', new RegExp(`\\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext) (?:early |late |mid-)?${MONTH}(?: \\d{4})?\\b(?![ /]\\d|/)`, 'g')],
  ['month', new RegExp(`\\b${MONTH} \\d{4}\\b`, 'g')],
  ['month', /\b(?:last|this|next) (?:month|week)\b/gi],
  ['year', /\b(?:last|this|next) year\b/gi],
  ['year', /\b(?:in|since|until|by|during|from|of|before|after) \d{4}\b/g],
  ['weekday', new RegExp(`\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate) )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?\\b`, 'g')],
  ['holiday', new RegExp(`\\b${HOLIDAY}`, 'g')],
  ['relative', new RegExp(`\\b${NUMBER} (?:days?|weeks?|months?|years?) ago\\b`, 'gi')],
  // In small letters, or opening the sentence: "Today" inside a sentence is a name (BBC Radio 4's Today programme).
  ['relative', /(?:\b(?:yesterday|today|tomorrow)|^(?:Yesterday|Today|Tomorrow))\b|\b[Tt]he (?:following|next|previous) (?:day|week|month)\b|\bthe day (?:before|after)\b|\blater that day\b|\bwithin days\b/g],
];

const LOOKS_AHEAD = /\b(will|shall|['’]ll|is due|are due|due to|expected|expects|scheduled|plans to|planned|intends|to be (?:held|paid|completed|published)|pay date|payable|record date)\b/i;

/** Every adverbial date expression of the sentence, longest first where they overlap, in order. */
export function findDateExpressions(sentence: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const m of sentence.matchAll(pattern)) {
      const text = m[0].replace(/\.$/, (dot) => (/[A-Z][a-z]{2}\.$/.test(m[0]) ? dot : ''));
      found.push({ text, start: m.index, kind, ofSaying: false, ahead: false });
    }
  }
  const longest = found
    .sort((a, b) => a.start - b.start || b.text.length - a.text.length)
    .filter((e, i, all) => !all.slice(0, i).some((o) => e.start < o.start + o.text.length));
  const ahead = LOOKS_AHEAD.test(sentence);
  return longest
    .filter((e) => isAdverbial(sentence, e))
    .map((e) => {
      const ofSaying = datesASaying(sentence, e);
      // A date of saying is in the past whatever the sentence says will happen ("said Monday he will resign").
      const looksAhead = !ofSaying && (ahead || /^(next|until|by)\b/i.test(e.text) || /\b(by|until|before)\s+$/i.test(sentence.slice(0, e.start)));
      return { ...e, ofSaying, ahead: looksAhead };
    });
}

/** Not the subject of a verb, not a modifier of a noun. */
function isAdverbial(sentence: string, e: DateExpression): boolean {
  const after = sentence.slice(e.start + e.text.length);
  const before = sentence.slice(0, e.start);
  // At the start of a clause and before its verb, the date is the clause's subject.
  if (/^\s+(?:has|have|had|is|was|were|are|will|would)\b/.test(after) && /(^|[,;:]\s*)$/.test(before)) return false;
  // A possessive ("last year's election", "last month's championships") names a thing, not a time.
  if ((e.kind === 'year' || e.kind === 'month') && /^['’]s\b/.test(after)) return false;
  // So does a year before a noun ("of 1990 bonds").
  if (e.kind === 'year' && /^\s+(?!(?:and|or|to|when|after|before|as|in|on|at|for|with|by|from|but|while|because|than|the|a|an)\b)\p{Ll}/u.test(after)) return false;
  // After an article or a possessive, a weekday or holiday names a thing ("a Christmas tree",
  // "GMTV's Sunday programme"), not a time.
  if ((e.kind === 'weekday' || e.kind === 'holiday') && /(?:\b(?:a|an|the|his|her|its|their|our|my|your)|['’]s)\s+$/i.test(before)) return false;
  // A weekday or holiday that begins a name ("Saturday Night Live", "Easter Island") is no date,
  // unless a preposition says it is one ("On Tuesday President Lopez met …").
  const introduced = /\b(?:on|last|this|next|by|until|since|before|after|from)\s+$/i.test(before) || /^(?:on|last|this|next)\b/i.test(e.text);
  if ((e.kind === 'weekday' || e.kind === 'holiday') && !introduced && /^\s+\p{Lu}/u.test(after) && !new RegExp(`^\\s+${MONTH}`).test(after)) return false;
  if (/^\d{4}$/.test(e.text.split(' ').at(-1)!) && /^\s+[a-z]/.test(after) && /\b(?:the|a|an|his|her|its|their|this|that)\s+(?:\S+\s+)?$/i.test(before + e.text.replace(/\d{4}$/, ''))) return false;
  return true;
}

/** "said Thursday", "told reporters on Monday": the date of a saying, not of what was said. */
function datesASaying(sentence: string, e: DateExpression): boolean {
  const before = sentence.slice(0, e.start);
  return /\b(?:said|says|told [\w\s]{0,20}|announced|reported|wrote|added|stated|revealed)\s+(?:on\s+)?$/i.test(before);
}
