/**
 * The shapes of date expressions in news copy, each with the kind that decides how it is resolved.
 * Kept apart from the rules that judge a match (find-date-expressions.ts) so the list reads as one
 * table.
 */

/** What kind of expression, which decides how it is resolved. */
export type DateKind = 'explicit' | 'year' | 'month' | 'weekday' | 'holiday' | 'relative' | 'interval';

/** A weekday in small letters is still one ("called a general strike for next wednesday", "a letter sent friday"). */
const WEEKDAY = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';
/** Counts of more than one, in words, and the vague ones ("two weeks ago", "in a few days"). */
const SEVERAL = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of';
const NUMBER = `(?:\\d+|a|an|one|${SEVERAL})`;
/** A count of days, weeks or months ahead ("in 60 days", "within three weeks", "in a few days"): "in a day" is no date. */
const COUNT = `(?:\\d{1,3}|${SEVERAL})`;
const HOLIDAY =
  "(?:Valentine['’]s Day|Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Easter(?: Sunday| Monday)?|Thanksgiving(?: Day)?|Independence Day|Halloween|Boxing Day|Labou?r Day|Memorial Day|St\\.? Patrick['’]s Day)";
/** Counts in words, for "two weeks ago" and "one day after". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a couple of': 2,
};
/** Days of the month in words, as Reuters writes them ("April nine", "March twenty-seven"). */
export const DAY_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'twenty-one',
  'twenty-two',
  'twenty-three',
  'twenty-four',
  'twenty-five',
  'twenty-six',
  'twenty-seven',
  'twenty-eight',
  'twenty-nine',
  'thirty',
  'thirty-one',
];
/** The same days as ordinals ("February third", "April sixth"), as some wires write them. */
export const ORDINAL_DAY_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
  'twenty-fourth',
  'twenty-fifth',
  'twenty-sixth',
  'twenty-seventh',
  'twenty-eighth',
  'twenty-ninth',
  'thirtieth',
  'thirty-first',
];
/** A day in words in small letters, longest first: "twenty-one" before "twenty". */
const SMALL_DAY_WORD = [...DAY_WORDS, ...ORDINAL_DAY_WORDS].sort((a, b) => b.length - a.length).join('|');
/**
 * Some wires are set all in small letters ("since january", "the march 5 earthquake"): a month in
 * small letters counts too, save those that are also words ("march", "may", "august"), which count
 * only before a day or a year ("march 5", "august 1988"), or a day in words ("At a meeting march
 * nine"), save "may", which is a verb before one ("may one day"), and a count ("march one by one").
 */
export const MONTH = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|january|february|april|june|july|september|october|november|december|(?:march|may|august)(?=,? \\d)|(?:march|august)(?= (?:${SMALL_DAY_WORD})\\b(?! (?:by|after) )))`;
/** A day in words, in small letters or with a capital as in a headline-style wire ("expire April Three"). */
const DAY_WORD = `(?:${[...DAY_WORDS, ...ORDINAL_DAY_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;
/** A year of modern news: four digits, not a clock time ("by 1400 GMT", "0800", "from 1800 to 2100 hrs"). */
const YEAR =
  '(?:1[6-9]\\d\\d|2[01]\\d\\d)(?![\\d:]|\\s*(?:(?:hrs|hours|h)\\b|[ap]\\.?m\\b|local\\b|(?:GMT|BST|CET|EST|EDT|CST|CDT|PST|PDT|MST|MDT|JST|HKT|SGT)\\b|(?:to|-|and)\\s*\\d{4}\\s*(?:hrs|hours|GMT|EST|EDT|CST|CDT|local)\\b))';
/** Nouns of a happening that a year before them dates: "the 1984 takeover", "the 1994 genocide". */
const HAPPENING =
  '(?:takeover|acquisition|merger|buyout|purchase|sale|bid|deal|agreement|accord|pact|treaty|settlement|ruling|verdict|judgm?ent|decision|elections?|referendum|vote|campaign|war|invasion|attacks?|bombings?|coup|revolution|uprising|crash|collapse|disaster|earthquake|tsunami|floods?|genocide|massacre|strikes?|riots?|games|olympics|championships?|tournament|final|scandal|trial|law|act|reforms?)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
/** A year named from publication after a day or month: "in August last year", "May of this year", "March 5 last year". */
const OF_YEAR = '(?:,? (?:of )?(?:last|this|next) year)';

/** Every shape, in no particular order: overlaps are settled by the longest match. A group `date` is the expression within the match. */
export const PATTERNS: [DateKind, RegExp][] = [
  ['explicit', /\b\d{4}-\d{2}-\d{2}\b/g],
  ['explicit', /\b\d{1,2}-[A-Z]{3}-\d{4}\b/gi],
  // Not "the January 10-year bond": a number joined to a unit in small letters counts, it is no day.
  // "the fiscal year ending March 31 1988": some wires leave out the comma before the year; a figure after the day
  // ("March 10 2000 tonnes") is no year.
  [
    'explicit',
    new RegExp(
      `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:, ${YEAR}| (?=(?:19|20)\\d\\d\\b(?! (?!(?:and|or|when|to|from|at|in|on|for|with|by|after|before|until|is|was|were|are|will|would|the|a|an)\\b)[a-z]))${YEAR})?(?![\\d:]|-[a-z])`,
      'g',
    ),
  ],
  ['explicit', new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? ${YEAR})?\\b`, 'g')],
  // "on 26-28 August", "on 20 and 21 August": a run of days, placed on its first; so is a choice of
  // days ("on 4 or 5 April"), whose first is the earliest it can be.
  ['explicit', new RegExp(`\\b\\d{1,2}(?:-|–| and | to | or )\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? ${YEAR})?\\b`, 'g')],
  // Small numbers in words after a month: Reuters style ("set April nine as the target date", "February third").
  // Not "March two pct": before a plural, the number counts things (so does it after "in": find-date-expressions.ts),
  // though "unless" or "was" is no plural ("expire April Three unless extended");
  // not "the March first quarter": an ordinal before a part of a year or contest is no day.
  [
    'explicit',
    new RegExp(
      `\\b${MONTH} ${DAY_WORD}\\b(?!-| (?:pct|percent|per|dlrs|mln|billion|people|(?!(?:unless|was|has|is|as|its|this|thus|plus|always|across|towards|afterwards|besides|perhaps)\\b)\\p{Ll}{3,}s|quarter|half|round|time|phase|stage|leg|reading|place)\\b)`,
      'gu',
    ),
  ],
  // "on the fourth of March", "the 4th of March, 1987": a day as an ordinal of its month, as speech puts it.
  ['explicit', new RegExp(`\\bthe (?:\\d{1,2}(?:st|nd|rd|th)|${DAY_WORD}) of ${MONTH}(?:,? ${YEAR})?\\b`, 'g')],
  // "on the 11th (of March)": a day of the month the article is in.
  ['explicit', /\b[Oo]n (?<date>the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?! (?!of\b)\p{Ll})/gu],
  // A month alone needs a preposition ("in March"); "March shipment", "March/April" name goods, not dates.
  // Not before its day, even after an abbreviation's dot ("since Feb. 6"): the day is the date.
  // "last held in February in 1974": the year the month is in, one date.
  [
    'month',
    new RegExp(
      `\\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext|(?:[Tt]he )?(?:end|start|beginning) of|[Aa]s (?:early|late|soon) as) (?:early |late |mid-)?${MONTH}(?:,? ${YEAR}| in ${YEAR})?\\b(?![ /]\\d|\\. ?\\d|/)`,
      'g',
    ),
  ],
  // "SMC's annual election is scheduled for May", "talks set for early June": "for" dates a month after a word of schedule;
  // alone it names goods or a purpose ("orders for May", "calls for March").
  [
    'month',
    new RegExp(
      `(?<=\\b(?:scheduled|rescheduled|planned|set|due|slated|expected|timetabled|fixed|pencill?ed in) )for (?:early |late |mid-)?${MONTH}(?:,? ${YEAR}|${OF_YEAR})?\\b(?![ /]\\d|\\. ?\\d|/| ${DAY_WORD}\\b)`,
      'g',
    ),
  ],
  // "a February poll", "the June summit", "its April meeting": a month naming an occasion is when it is held;
  // a month before goods or figures ("March shipment", "the March rate") is not, nor a kind ("the biggest opening
  // for a December release", "the February budget deficit").
  [
    'month',
    new RegExp(
      `(?<=\\b(?:[Aa]n?|[Tt]he|its|their|his|her) )${MONTH}(?= (?:general |snap |local |presidential |annual )?(?:elections?|polls?|votes?|ballot|referendum|meetings?|summit|conference|session|talks|hearing|trial|deadline|launch|visit|convention|congress|strikes?|ceremony|auction|budget(?! (?:deficits?|surplus(?:es)?|figures?|gap))|reshuffle)\\b)`,
      'g',
    ),
  ],
  // "his mid-February offer", "to mid-April": the middle of a month needs no preposition to be a time.
  ['month', new RegExp(`\\b[Mm]id-${MONTH}(?:,? ${YEAR})?\\b(?![ /]\\d|\\. ?\\d|/)`, 'g')],
  // "annual inflation rose between October and November", "shut between June and August last year": a span
  // between two months, placed on its first as "from October to November" is, in the year its end names. Not
  // "the gap between March and April deliveries", where the months name goods.
  [
    'month',
    new RegExp(
      `\\b[Bb]etween (?:early |late |mid-)?${MONTH} and (?:early |late |mid-|the end of )?${MONTH}(?:(?:,? ${YEAR}|${OF_YEAR})\\b|\\b(?! (?!(?:and|or|when|to|from|at|in|on|for|with|by|after|before|until|is|was|were|are|will|would|the|a|an|because|but|as|while|than)\\b)\\p{Ll}))`,
      'gu',
    ),
  ],
  // "May 1980", and "May, 1980" as some wires write it.
  ['month', new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g')],
  // "in January last year", "between June and August last year": the month in the year the words name.
  [
    'month',
    new RegExp(`\\b(?:(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring) )?(?:early |late |mid-)?${MONTH}${OF_YEAR}\\b`, 'g'),
  ],
  ['explicit', new RegExp(`\\b(?:${MONTH} (?:\\d{1,2}(?:st|nd|rd|th)?|${DAY_WORD})|\\d{1,2}(?:st|nd|rd|th)? ${MONTH})${OF_YEAR}\\b`, 'g')],
  // "earlier this week" and "later this week" name part of it, which may fall in another month.
  ['month', /\b(?:(?:[Tt]he )?(?:end|start|beginning) of |(?:earlier|later) (?=this week))?(?:last|this|next) (?:month|week)\b/gi],
  ['month', /\b(?:[Tt]he )?(?:end|start|beginning) of (?:last|this|next) year\b/g],
  // "rose sharply at the beginning of the month", "by the end of the year": with no other word, the month or year of publication.
  ['month', /\b[Tt]he (?:very )?(?:end|start|beginning) of the (?:month|year)\b/g],
  ['month', /\b(?:in|within|over|during) the (?:next|coming) (?:week|few days)\b/g],
  // "reported at the weekend", "over the weekend", "last weekend": Saturday and Sunday, placed to the month as a week is.
  // Not "Weekend days are not included": a weekend with no word that places it is no time; nor "the
  // weekend of 9 and 10 July", whose days are the date.
  ['month', /\b(?:(?:[Aa]t|[Oo]ver|[Dd]uring|[Oo]n|[Tt]hrough) the (?:past |coming )?|[Tt]he (?:past|coming) |[Ll]ast |[Tt]his |[Nn]ext )weekend\b(?! of\b)/g],
  ['year', /\b(?:last|this|next) year\b/gi],
  // "prices rose 33 pct in the first two months of the year", "in the second half of the year", "earlier in the
  // year": a part of the year with no other word is of the year of publication, as "the end of the year" is.
  [
    'year',
    new RegExp(
      `\\b[Tt]he (?:first|second|third|fourth|final|last) (?:(?:${Object.keys(NUMBER_WORDS)
        .filter((w) => !/^an?$|couple/.test(w))
        .join('|')}|\\d{1,2}|few) months|quarter|half) of the year\\b|\\b(?:[Ee]arlier|[Ll]ater) in the year\\b`,
      'g',
    ),
  ],
  // In small letters ("Suddenly Last Summer" is a play), and not a fall in prices ("attributed this fall to").
  ['year', new RegExp(`\\b(?:[Ll]ast|[Tt]his|[Nn]ext) ${SEASON}\\b(?! (?:in|of|to|was|is|has|had|came|reflects|reflected)\\b)`, 'g')],
  // "in 2000", "in late 2000", "by mid-1988", "in operation past 1989", "in fiscal 1987": the part or kind of the year is said,
  // the year is what can be placed.
  // Opening a sentence too ("In 1986, the seaway moved ...").
  [
    'year',
    new RegExp(
      `\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|of|[Bb]efore|[Aa]fter|[Bb]eyond|past|[Aa]s (?:early|late|soon) as) (?:(?:early|late|mid) |mid-|fiscal )?${YEAR}\\b`,
      'g',
    ),
  ],
  // "in both 1997 and 2001", "in 1985 and 1986": each year of the pair is a date.
  ['year', new RegExp(`\\b(?:[Ii]n|[Dd]uring) both ${YEAR}\\b`, 'g')],
  ['year', new RegExp(`(?<=\\b(?:[Ii]n|[Dd]uring) (?:both )?${YEAR},? (?:and|or) )${YEAR}\\b`, 'g')],
  // "won gold at the 2000 Olympics": at, in or during a named occasion of that year.
  ['year', new RegExp(`\\b(?:at|in|during) the (?<date>${YEAR})(?= \\p{Lu})`, 'gu')],
  // "during a 2001 audit committee meeting": at or during an occasion of that year, named or not;
  // "kept at the 1986 level" is a measure of that year, not something that happened in it.
  [
    'year',
    new RegExp(
      `\\b(?:at|during) (?:the|a|an) (?<date>${YEAR})(?= (?!(?:levels?|highs?|lows?|peaks?|rates?|pace|prices?|average|figures?|totals?)\\b)\\p{L})`,
      'gu',
    ),
  ],
  // "stems from the 1984 takeover", "a film about the 1994 Rwandan genocide": a happening of that year,
  // named as what something comes from, follows or is about. Not "the probe into … the 2016 election",
  // whose sentence reports the probe.
  [
    'year',
    new RegExp(`(?<=\\b(?:from|about|[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing|over|of) the )(?<date>${YEAR})(?= (?:\\p{Lu}\\p{Ll}+ )?${HAPPENING}\\b)`, 'gu'),
  ],
  // A word in small letters may tell its kind where the sentence tells what came before or after it ("after the
  // 2001 general election"); not after "of" ("under the terms of the 1984 restructuring agreement", a deed of now),
  // nor a plural or a body of people, after which the figure is a count ("after the 1800 workers strike", "the 1800
  // staff strike"). A name may come first ("Following the 1974 Herstatt bank crash"), and the sentence may open on it.
  [
    'year',
    new RegExp(
      `(?<=\\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing) the )(?<date>${YEAR})(?= (?:\\p{Lu}\\p{Ll}+ )?(?!(?:staff|people|personnel|crew|police)\\b)\\p{Ll}+(?<!s) ${HAPPENING}\\b)`,
      'gu',
    ),
  ],
  ['weekday', new RegExp(`\\b(?:(?:[Oo]n|[Ll]ast|[Pp]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate) )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?\\b`, 'g')],
  // Whole words: "Merry Christmas Everybody" holds no Christmas Eve.
  ['holiday', new RegExp(`\\b${HOLIDAY}(?!\\p{L})`, 'gu')],
  // "the day after Boxing Day", "the day before Monday": one date, a day from the one named.
  ['holiday', new RegExp(`\\bthe day (?:before|after) ${HOLIDAY}(?!\\p{L})`, 'gu')],
  ['weekday', new RegExp(`\\bthe day (?:before|after) (?:on )?${WEEKDAY}\\b(?!['’])`, 'g')],
  ['relative', new RegExp(`\\b${NUMBER} (?:days?|weeks?|months?|years?) ago\\b`, 'gi')],
  // In small letters, or opening the sentence: "Today" inside a sentence is a name (BBC Radio 4's Today programme).
  [
    'relative',
    /(?:\b(?:yesterday|today|tomorrow|tonight)|^(?:Yesterday|Today|Tomorrow|Tonight))\b|\b(?:[Ee]arlier|[Ll]ater) today\b|\b(?:[Tt]his|[Ll]ast) (?:morning|afternoon|evening|night)\b|\b[Tt]he (?:following|next|previous) (?:day|week|month)\b|\bthe day (?:before|after)\b|\blater that day\b|\bwithin days\b/g,
  ],
  // "The same day, GAF raised its stake", "On the same day, CPC announced": opening a sentence, the day
  // of the sentence before. Not inside one, where it is often another's ("matures on the same day in
  // 1997", "on the same day as the vote").
  ['relative', /^(?:[Oo]n )?(?:[Tt]he|[Tt]hat) same day(?=,)/g],
  // "... as early as last December. At that time, Merrill Lynch told the company": so is "At that time,".
  ['relative', /^At that time(?=,)/g],
  // "the offer expires in three weeks", "within 60 days", "in two weeks' time", "within two to three weeks",
  // "within a month", "in a month or two": a count of days, weeks or months from publication, kept only when its
  // clause looks ahead (duration-ahead.ts).
  [
    'relative',
    new RegExp(
      `\\b(?:[Ii]n|[Ww]ithin) (?:${COUNT}(?:(?: (?:days|weeks|months))?(?: to | or |-)${COUNT})? (?:days|weeks|months)|(?:a|one) (?:week|month)(?: (?:to|or) (?:${COUNT}|a)(?: (?:days|weeks|months))?)?)(?:(?:['’]s?)? time)?\\b`,
      'g',
    ),
  ],
  // "one day after the merger was unveiled": the unveiling, counted back from the sentence's other date.
  ['interval', new RegExp(`\\b${NUMBER} (?:days?|weeks?) (?:after|before)(?= (?:the|a|an|his|her|its|their)\\b| \\p{Lu})`, 'gu')],
];
