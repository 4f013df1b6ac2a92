/**
 * What kind of answer a question wants, read from its opening words, and whether a passage can
 * be that kind of answer: a *when* question needs a time in the passage, *how long* a span of time, a *how many X* one an
 * amount by X, *how much did it cost* a sum of money, *what rate / share* a percentage, *how old* an age, a *who* one a name the question does not already contain,
 * *where* a place, and *what did X say* X's own words.
 */
import { STOP_WORDS } from '../index/stop-words.js';
import { termOf, tokenize } from '../index/terms.js';
import { isDemonym, isKnownPlace } from '../people/not-a-person.js';
import { isGivenName } from '../people/find-name-mentions.js';
import { lexiconTags, VERB_TAGS } from '../text/nlp.js';
import { JOBS, KINDS_OF_PEOPLE, PEOPLE, WORKING } from './kinds-of-people.js';
import { bodyOfRoleVerb, postsOfRoleVerb } from './role-verbs.js';

/** The kind of answer a question wants; 'any' puts no condition on the passage. */
export type AnswerType = 'time' | 'duration' | 'frequency' | 'percent' | 'money' | 'quantity' | 'age' | 'name' | 'place' | 'speech' | 'any';

const TIME_WORDS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|weeks|month|months|year|years|ago|days?|decade|century|summer|autumn|winter|christmas|easter|\d{4}|\d{1,2}(st|nd|rd|th))\b/i;
/** A unit of time that says when only with a word that places it: "next week", "last year", "two months ago", not "months of tension". */
const UNIT_ALONE =
  /\b(?<!(?:this|next|last|coming|past|previous|following|same|early|late|later|earlier|that|the|each|every|a|one|within|in)\s)(week|weeks|month|months|year|years|days?|decade)\b(?!\s+(?:ago|later|earlier|before|after|from now|on|of (?:19|20)\d\d))/gi;
/** Units before another event that count none of themselves: "just months before Allegheny became the target" says no when ("two months before" does). */
const UNCOUNTED_BEFORE =
  /\b(?<!\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|of)\s)(?:weeks|months|years|days|decades)\s+(?:before|after)\b/gi;
/** Verbs of speaking, whose day is when something was said, not when it happened. */
const SPEECH_VERBS = 'said|says|told|tells|claimed|claims|announced|reported|added|stated|warned|insisted|argued|confirmed|revealed|disclosed|predicted';
const SPEECH_VERB_ASKED =
  /\b(say|said|tell|told|claim|announce|announced|report|reported|state|warn|insist|argue|confirm|reveal|disclose|predict|comment|speak|spoke)\b/i;
const DAY_WORDS =
  '(?:on |last |this |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|earlier today)';
/** "Tanjug said last night", "the association said on Thursday": the day the words were spoken. */
const TIME_OF_SPEAKING = new RegExp(`\\b(${SPEECH_VERBS})\\s+${DAY_WORDS}\\b`, 'gi');
/** "On Sunday, David Davis claimed…": the day opens the sentence its speaking verb ends. */
const SPOKEN_ON_DAY = new RegExp(`^\\s*On (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=,?\\s[^,.;]{0,80}?\\b(?:${SPEECH_VERBS})\\b)`, 'i');
/** A span made an adjective: "two-year-old", "four-year", "12-month", "three-day-old". */
const SPAN_COMPOUND = /\b[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:year|month|week|day|hour|minute)s?(?:-old|-long)?\b/giu;
/** An age made an adjective: "the 29-year-old", "a three-month-old baby". */
const AGE_COMPOUND = /\b[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:year|month|week|day)s?-old\b/giu;
/** An auxiliary: past it, a how-much question's words are its verb's subject, not what it counts. */
const AUXILIARY_VERB = /^(is|are|was|were|did|do|does|has|have|had|will|would|could|can|may|might|should)$/i;
/** Words between "how many" and what it counts: "How many days did…", "How much in tariffs…". */
const NOT_FOCUS = /^(is|are|was|were|be|been|did|do|does|has|have|had|will|would|could|can|may|might|should|more|of|in|the|a|an|so|far)$/i;
/** The units of a span, as index terms ("hours", "days"): what "how many hours a day" counts is the first. */
const TIME_UNIT = /^(second|minut|hour|dai|day|night|week|fortnight|month|year|decad|centuri|season)s?$/;
/** How far (in words) an amount may stand from what the question counts, and still be its amount. */
const AMOUNT_REACH = 6;

/** Gatherings, and the words news counts them in (as index terms). */
const GATHERING = new Set(['crowd', 'crowds', 'turnout', 'audience', 'attendance'].map((w) => termOf(w)!));
const COUNTED_IN_PEOPLE = ['people', 'fans', 'spectators', 'supporters', 'protesters', 'demonstrators', 'viewers', 'marchers'].map((w) => termOf(w)!);

/**
 * Whether an amount of the passage stands near what a "how many" question counts ("How many jobs
 * were lost?": "2,000 jobs", not "2,000 workers marched"). Questions that name no countable noun
 * ("What rate are the tariffs?") put no condition.
 */
function amountOfFocus(passage: string, question: string): boolean {
  const m = /^\s*how (?:many|much|large|big|high|low)\s+(.*)$/i.exec(question);
  const countsThings = /^\s*how many\b/i.test(question);
  if (!m) return true;
  const focus: string[] = [];
  const asked = m[1]!.split(/\s+/);
  for (const [i, word] of asked.entries()) {
    // What a unit measures is not what is counted: "How many watts of power…" is not answered by "more powerful".
    if (focus.length > 0 && asked[i - 1]?.toLowerCase() === 'of') break;
    // Nor the subject the verb's article opens: "How much memory does the Mac mini come with?" counts memory, not minis.
    if (focus.length > 0 && AUXILIARY_VERB.test(word) && /^(the|a|an|his|her|its|their|this|that)$/i.test(asked[i + 1] ?? '')) break;
    // The word right after "how many" is what is counted, capitalised or not ("How many MPs…", "How many
    // Labour backbenchers…"); a name after it is not ("How many cars did Fiat sell?").
    if (NOT_FOCUS.test(word) || (focus.length > 0 && /^\p{Lu}/u.test(word))) continue;
    const term = termOf(tokenize(word)[0] ?? '');
    if (term) focus.push(term);
    if (focus.length === 2) break;
  }
  if (focus.length === 0) return true;
  // "How many hours a day…" counts hours, not days.
  if (TIME_UNIT.test(focus[0]!)) focus.length = 1;
  // A name that qualifies what is counted is part of it: "How many Liberal Democrat MPs…" is not answered by
  // "32 Labour MPs" (the counted thing itself may be named otherwise: "How many PSPs…" by "units").
  const [first, second] = m[1]!.split(/\s+/);
  const named = first && second && /^\p{Lu}/u.test(first) && !NOT_FOCUS.test(first) && !NOT_FOCUS.test(second) ? focus[0]! : null;
  // A crowd is counted in people: "How big was the crowd?" is answered by "2,000 people had turned out".
  if (focus.some((f) => GATHERING.has(f))) focus.push(...COUNTED_IN_PEOPLE);
  // The kinds of people meet it whole: by its prefix "passengers" would meet "passed".
  // A workforce is counted by any of its words: "How many workers…?" by "the 20,000-member workforce".
  const kinds = new Set(focus.includes(PEOPLE) ? KINDS_OF_PEOPLE : WORKING.includes(focus[0]!) && focus[0] !== JOBS ? WORKING : []);
  // A word the question writes small counts nothing inside a name: "How many hours a day…" not "BBC Radio 4's Woman's Hour".
  const counted = asked.find((w) => !NOT_FOCUS.test(w)) ?? '';
  const small = kinds.size > 0 || /^\p{Ll}/u.test(counted);
  const words = passage.replace(DATES, ' ').split(/\s+/);
  const amounts = words.flatMap((w, i) => (QUANTITY_WORDS.test(w) ? [i] : []));
  // Every part of a compound counts ("a two-year ban" has years).
  const near = words.flatMap((w, i) =>
    // A kind inside a name counts nobody: "The United Food And Commercial Workers said that more than 1,000…".
    small && /^\p{Lu}\p{Ll}+[,.;:!?]*$/u.test(w) && ((i > 0 && /^\p{Lu}/u.test(words[i - 1]!)) || /^\p{Lu}[\p{L}'’.-]*$/u.test(words[i + 1] ?? ''))
      ? []
      : tokenize(w)
            .map(termOf)
            .some((t) => t && (kinds.has(t) || focus.some((f) => t === f || (f.length >= 5 && (t.startsWith(f) || f.startsWith(t))))))
        ? [i]
        : [],
  );
  if (named !== null && !words.some((w) => termOf(tokenize(w)[0] ?? '') === named)) return false;
  if (amounts.some((a) => near.some((n) => Math.abs(a - n) <= AMOUNT_REACH))) return true;
  // "the fourth Oscar nomination of her career" counts her nominations; "the second reading of the
  // Cards Bill" counts no cards: an ordinal counts only what it stands right before.
  return countsThings && words.some((w, i) => COUNTING_ORDINAL.test(w) && near.some((n) => n > i && n - i <= 2));
}

/** A span of time: "nine months", "a few weeks", "a four-year ban", "for 18 years", "since 1983", "until the end of the season". */
const DURATION =
  /\b(\d+(\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|many|some|couple of)[\s-]+(?:[a-z]+[\s-]+)?(second|minute|hour|day|night|week|fortnight|month|year|decade|century)s?\b|\bsince (\d{4}|the)\b|\b(?:until|till) the end of (?:the|this|next|his|her|their|its) [a-z]+\b/i;

/** A difference between two counts: "by 2,000 copies", "by about 300". */
const MARGIN = /\bby (?:about |some |almost |nearly |more than |over |around )?\d[\d,.]*\b/gi;

/** A length as news gives it: "a 26 km (16 mile) pipeline", "40 kilometres", "300 metres", "six feet". */
const LENGTH = /\d(?:[\d.,]*)[\s-]*(km|kilometres?|kilometers?|miles?|metres?|meters?|feet|ft|yards?|inches)\b/i;

/** How often, as news gives it: "three or four times", "twice a week", "every day", "rarely", "less regularly". */
const FREQUENCY =
  /\b(times|once|twice|daily|weekly|monthly|yearly|annually|hourly|nightly|every|each (day|week|month|year)|a (day|week|month|year)|per (day|week|month|year)|rarely|seldom|often|frequently|regularly|occasionally|constantly|never|always|sometimes|repeatedly|usually)\b/i;

/** A share in figures: "4.75%", "24 pct", "31 per cent". */
const PERCENT_AMOUNT = /\d[\d.,]*\s*(?:%|pct\b|per ?cent\b|percent\b)/gi;
/** A share or rate as news gives it: "100 pct", "16.1%", "31 per cent", "a third", "half". */
const PERCENT = /\d\s*(%|pct\b|per ?cent\b|percent\b)|\b(a|one|two) (third|quarter|fifth)s?\b|\bhalf\b/i;

/** What a question asks the price of: "How much did it cost?", "How much will they pay?". */
const PRICED =
  /\b(cost|costs|costing|spend|spends|spent|spending|pay|pays|paid|paying|price|priced|worth|raise|raised|raising|earn|earns|earned|fine|fined|fee|fees|salary|salaries|damages|compensation|charge|charges|charged|budget|sell for|sold for|sells for|value|valued|owe|owes|owed)\b/;
/** "What does the DS cost?", "What did she earn?": a what-question whose verb is a price's. */
// Not the noun after a preposition or determiner: "What did the union say about pay?" asks what was said;
// nor a verb before a stranded preposition: "What did the CBI want the money spent on?" asks for a thing.
const PRICE_ASKED =
  /^what (did|does|do|will|would|has|have|had) .{1,60}?(?<!\b(about|on|of|for|over|in|the|their|his|her|its|a|an) )\b(cost|earn|earned|pay|paid|charge|charged|spend|spent|fetch|fetched|owe|owed)\b(?![^?]*\s(?:on|for)\s*[?.!]?\s*$)/;
/**
 * "What were Taft's profits in 1986?", "What was the company's revenue?": the figures a firm reports
 * are amounts (of money, or of units sold), asked by their noun after "what was / were".
 */
const FIGURES_ASKED =
  /^what (?:was|were|are|is|will be)\b(?:(?! (?:for|about|behind|in|on|of|to|with|said)\b).){0,40}\b(?:profits?|revenues?|sales|earnings|net income|income|losses|turnover|debts?|deficits?|surplus)\s*(?:(?:in|for|of|last|this|at)\b[^?]*)?\??$/;
/** "What loan fee…", "What transfer price…": a what-question about a sum, one word describing it. */
const SUM_ASKED = /^what (?:[a-z]+ )?(fee|fees|price|sum|salary|wage|wages|fine)\b/;
/** "What rate…", and a kind of rate or share named before it: "What interest rate will Caesars pay…?", "What market share…?". */
const PERCENTAGE_ASKED =
  /^(what|which) (?:(?:interest|inflation|unemployment|jobless|growth|tax|mortgage|market|discount|prime|lending|base) )?(percentage|share|proportion|rate)s?\b/;
/** A what-question about a share of a market or a rate of change, which news gives as a percentage. */
const RATE_ASKED =
  /^(what|which) (is|was|are|were|will be)\b.{0,40}\b(market share|share of (the|its|their|his|her) .{0,30}\bmarket|(inflation|unemployment|jobless|interest|growth|tax|mortgage) rates?|rates? of (inflation|unemployment|interest|growth))\b/;
/** A search in keywords, not a question: it opens on no question word or auxiliary. */
const KEYWORDS_ONLY = '^(?!(who|whom|whose|what|when|where|why|how|which|is|are|was|were|did|does|do|can|could|will|would|has|have|had|should)\\b)';
/** A search in keywords for a price: "PSP price in Japan", "Gizmondo cost". */
const PRICE_KEYWORDS = new RegExp(`${KEYWORDS_ONLY}[^?]*\\b(price|prices|cost|fee|fees|salary)\\b[^?]*$`);
/** A search in keywords for an amount: "texaco debt size", "offer amount". */
const SIZE_KEYWORDS = new RegExp(`${KEYWORDS_ONLY}[^?]*\\b(size|amount)\\b[^?]*$`);
/** A figure with its unit of measure written on: "800m", "1,500m", "4.88m", "60kg". */
const MEASURE = /\b\d[\d.,]*(m|km|cm|mm|kg|g|ft|mph|kph)\b/g;
/** The scale and currency words of a sum: "1.5 billion dlrs", "$54m". */
const SCALE = '(?:bn|m|mln|bln|billion|million|thousand)';
const CURRENCY = '(?:dlrs?|dollars?|pounds?|euros?|yen|marks|francs|pence|cents|cts|reais|rupees|yuan|roubles|rubles|krone|kronor|lire|pesos)';
/** A number in words, as a sum's figure: "six to seven billion dlrs". */
const FIGURE_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a)';
/** Money as news gives it: "$250", "£99", "5000 yen", "1.5 billion dlrs", "$54m", "£3.99", "a one billion dlr lawsuit". */
const MONEY = new RegExp(
  `[$£€¥]\\s?\\d|\\d(?:[\\d.,]*)\\s?${SCALE}?\\s?${CURRENCY}\\b|\\d(?:[\\d.,]*)p\\b|\\b${FIGURE_WORD}\\s+${SCALE}\\s+${CURRENCY}\\b`,
  'i',
);
/**
 * A sum of money with its figure, to be set aside: "$250 (about £132)", "£99", "1.5 billion dlrs",
 * "5000 yen", "270.25p", "six to seven billion dlr".
 */
const MONEY_AMOUNT = new RegExp(
  `[$£€¥]\\s?\\d[\\d.,]*\\s?${SCALE}?\\b|\\d[\\d.,]*\\s?${SCALE}?\\s?${CURRENCY}\\b|\\d[\\d.,]*p\\b|\\b${FIGURE_WORD}(?:\\s+(?:to|or)\\s+${FIGURE_WORD})?\\s+${SCALE}\\s+${CURRENCY}\\b`,
  'gi',
);

/** How news gives an age: "Sullivan, 42,", "aged 71", "a 42-year-old", "42 years old", "her two-year-old son". */
const AGE =
  /\p{Lu}[\p{L}'’-]+, \d{1,3},|\baged \d{1,3}\b|\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-[a-z]+)?[- ]years?[- ]old\b/u;

/** A day as news gives it: "March 27", "27 March", "on Monday", "yesterday", "the 12th". */
const DAY =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i;

/** Days and months: capitalised, but no place. */
const CALENDAR_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const CALENDAR = new Set(CALENDAR_NAMES);
/** Month names count only capitalised ("May", not the verb "may"). */
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const QUANTITY_WORDS =
  /(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|percent|double|twice|triple)\b)/i;

/** An ordinal past the first: "her fourth nomination" says she has had four ("the first cards" counts nothing). */
const COUNTING_ORDINAL = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(nd|rd|th))\b/i;

/** "What did X say / tell / think about…", "How did X respond / explain…": what someone said ("react" is left out: shares react too). */
const SPEECH_QUESTION = /^(what|how) (did|does|do|has|have|had|will|would) .{1,60}?\b(say|tell|think|reply|respond|explain|describe|call|argue|claim|warn)\b/;
/** The speaker of such a question: the words between its auxiliary and its verb of saying. */
const SPEECH_QUESTION_SPEAKER =
  /^\s*(?:what|how) (?:did|does|do|has|have|had|will|would) (.{1,60}?)\b(?:say|tell|think|reply|respond|explain|describe|call|argue|claim|warn)\b/i;
/**
 * The verbs of saying that both tell a speech answer: a passage that reports speech (SPEECH_CUE) and
 * the verb by the asked-about name (SAYING). A short list for ranking answers, not the attribution
 * rules' (src/core/quotes/speech-cues.ts), which read "believes", "praised" or "branded" too.
 */
const SAYING_VERBS =
  'said|says|told|tells|added|adds|stated|argued|argues|insisted|warned|warns|claimed|claims|declared|described|called|dubbed|branded|labelled|labeled|termed|replied|responded|explained|suggested|urged|accused|denied|admitted|predicted|commented|noted|announced|asked';
/**
 * A passage reports speech when it has a verb of saying or a quotation. A loose gate over the whole
 * passage, so it takes words SAYING leaves out: "according to" and "quoted" (speaksIn reads
 * "according to X" apart), "reacted", and "say", "conceded", "remarked".
 */
const SPEECH_CUE = new RegExp(`\\b(${SAYING_VERBS}|say|according to|reacted|quoted|conceded|remarked)\\b|["“”]`, 'i');

/** Numbers that are dates, not amounts: years where a date stands ("in 1987", "March 27, 1987"), and days of months ("March 27", "27 March"). */
const DATES =
  /\b(in|since|by|from|until|till|before|after|during|of|early|late|mid|the)[ -](1[89]\d\d|20\d\d)s?\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2},?)? (1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** The answer type a question asks for. */
export function answerTypeOf(question: string): AnswerType {
  const q = question.trim().toLowerCase();
  if (/^how long\b(?! ago)/.test(q)) return 'duration';
  if (/^(when|((from|in|by|since|until|till|on|at) )?(what|which) (date|day|year|month|time)|how soon|how long ago|since when|until when)\b/.test(q))
    return 'time';
  if (/^how often\b/.test(q)) return 'frequency';
  // A race's time is how long it took: "What was the winning time?" is answered by "in two hours, 23 minutes".
  if (/^(what|which)\b.*\b(winning|finishing|race|lap|record|personal best) time\b/.test(q)) return 'duration';
  // So is a term in prison: "What prison term could he face?" is answered by "16 months to four years in state prison".
  if (/^(what|which|how long)\b.*\b(prison|jail) (term|sentence)s?\b/.test(q)) return 'duration';
  if (/^(how old|what age|at what age)\b/.test(q)) return 'age';
  if (PERCENTAGE_ASKED.test(q)) return 'percent';
  // "What is Fiat's share of the European car market?", "What was the inflation rate?": a share or a rate is a percentage.
  if (RATE_ASKED.test(q)) return 'percent';
  // "At what price did the shares close?" asks a sum.
  if (/^(at|for) what (price|sum|cost)\b/.test(q)) return 'money';
  if (/^(how much|what (price|sum|fee|fine|salary|cost))\b/.test(q) && PRICED.test(q)) return 'money';
  if (/^how much (money|cash)\b/.test(q)) return 'money';
  if (PRICE_ASKED.test(q) || PRICE_KEYWORDS.test(q) || SUM_ASKED.test(q)) return 'money';
  if (/^(how (many|much|large|big|high|low|strong|severe|powerful|heavy|deep|far|tall|wide|fast)|what (number|amount|price|size|sum|stake|value))\b/.test(q))
    return 'quantity';
  if (SIZE_KEYWORDS.test(q)) return 'quantity';
  if (FIGURES_ASKED.test(q)) return 'quantity';
  // A change asked by its noun is a figure: "What pay increase do the seamen want?" ("a 275 pct pay increase").
  if (/^(what|which) (?:[a-z]+ )?(increase|increases|rise|rises|raise|cut|cuts|reduction|drop|fall|gain|hike)\b/.test(q)) return 'quantity';
  // "Where was Texaco stock expected to open?" asks a level, as traders say, not a place.
  if (
    /^where\b.*\b(stocks?|shares?|prices?|index|dollar|yen|sterling|yields?)\b.*\b(open|opened|close|closed|trade|traded|end|ended|finish|finished|settle|settled)\b/.test(
      q,
    )
  )
    return 'quantity';
  // A place may be qualified: "In which US city…", "In which Dutch port…", "Which other countries…".
  if (
    /^(where|(in |to |from )?(which|what) ([a-z]+ )?(city|cities|country|countries|town|towns|state|states|place|places|county|region|port|ports|capital))\b/.test(
      q,
    )
  )
    return 'place';
  if (/^(who|whom|whose|which (person|official|people|newspaper|paper|outlet|company|firm)|(what is|what's) the name of)\b/.test(q)) return 'name';
  if (SPEECH_QUESTION.test(q)) return 'speech';
  return 'any';
}

/**
 * The words of a question's opening that ask, not tell ("how long", "how often", "what kind of"): no passage should be sought for them.
 * "What day…" is answered by a date, and a passage's "day" is seldom it ("polling day", "the day after").
 */
const ASKING_WORDS =
  /^\s*(how (long|often|soon|far|large|big|high|low|old|much (?:money|cash)|much|many|strong|severe|powerful|heavy|deep|tall|wide|fast)|what (kind|sort|type) of|what (percentage|proportion|rate)( of)?|(?:on )?(?:what|which) (?:day|date|year|month))\b/i;

const FILLERS =
  /\b(in the end|all told|these days|actually|really|still|instead|yet|already|even|finally|currently|exactly|(?:take|takes|took|taken|taking) place)\b/gi;

/** The question without its asking words, for searching ("How long was she a member?" → "How was she a member?": "long" is not searched). */
export function withoutAskingWords(question: string): string {
  const sized = SIZE_KEYWORDS.test(question.toLowerCase()) ? question.replace(/\b(size|amount)\b/gi, ' ') : question;
  return sized
    .replace(WORTH_ASKED, '$1')
    .replace(LASTED_ASKED, '$1')
    .replace(EXPANSION_ASKED, '$1')
    .replace(ASKING_WORDS, (m) => `${m.trim().split(/\s+/)[0]} `)
    .replace(FILLERS, ' ');
}

/** "What does BYODKM stand for?", "What does Wada stand for?" (the BBC writes acronyms as words) ask an acronym's expansion: the passage that writes it spells it out, in no word of the question's but the name. */
const EXPANSION_ASKED = /^(\s*[Ww]hat\s+(?:does|do|did)\s+(?:the\s+)?\p{Lu}[\p{L}\d&.-]+)\s+(?:stand|stands)\s+for\s*(?=[?.!]*\s*$)/u;

/** "How long did the consultation last?" asks a span by its verb, as "how long" does: "a four year consultation period" answers it. */
const LASTED_ASKED = /^(\s*how long\b.*?)\s+(?:last|lasts|lasted)\s*(?=[?.!]*\s*$)/i;

/** A span that sets a deadline, not how long something runs: "within five days", "within the next two weeks". */
const DEADLINE_SPAN = /\bwithin (?:the (?:next|coming) )?\S+[\s-]+(?:[a-z]+[\s-]+)?(?:second|minute|hour|day|week|fortnight|month|year)s?\b/gi;

/** "How much was the lawsuit worth?" asks a sum, as "how much" does: "a one billion dlr lawsuit" answers it. */
const WORTH_ASKED = /^(\s*how much\b.*?)\s+worth\s*(?=[?.!]*\s*$)/i;

/** Whether a passage can answer a question, given the quotes' `speakers` in it. */
export type AnswerFit = (passage: string, speakers?: string[]) => boolean;

/** What the story tells `answerFit` about its people. */
export interface FitContext {
  /** The words of the story's people's names (a name-shaped word may be one of them). */
  knownNames?: Set<string>;
  /** The name words of the people who hold the post a "Who runs…?" question asks about. */
  postHolders?: Set<string>;
  /** The surnames of the people who speak for a body the question names ("Gartner's analyst"). */
  speaksFor?: (body: string) => string[];
}

/**
 * The test of whether a passage can answer a question of this type, made once for the question and
 * tried on every passage: what the question asks (a speech question's speaker) is read here, not per passage.
 */
export function answerFit(type: AnswerType, question: string, context: FitContext = {}): AnswerFit {
  const { knownNames = new Set<string>(), postHolders = new Set<string>(), speaksFor = () => [] } = context;
  const asked = type === 'speech' ? askedSpeaker(question, speaksFor) : null;
  const countsThings = type === 'quantity' && /^\s*how many\b/i.test(question);
  const askedDay = type === 'time' && /^\s*(?:on )?(?:what|which) (?:date|day)\b/i.test(question);
  // "When was the association set up?" is not answered by when someone spoke of it ("said on Thursday");
  // "When did Sony announce the delay?" is.
  const speechTimed = type === 'time' && !SPEECH_VERB_ASKED.test(question);
  // "How long is the pipeline?" may ask a length; "How long did the talks last?" cannot.
  const askedLength = type === 'duration' && /^\s*how long (is|are|was|were)\b/i.test(question);
  // "How long will the freeze last?" asks how long it runs: "within five days" says when it starts.
  const askedLasting = type === 'duration' && LASTED_ASKED.test(question);
  const rolePosts = type === 'name' ? postsOfRoleVerb(question) : null;
  const asksPerson = type === 'name' && (PERSON_ASKED.test(question) || rolePosts !== null);
  const spokespeople = rolePosts?.every((p) => SPOKESPERSON.test(p)) ?? false;
  const post = asksPerson ? postAsked(question) : [];
  const postNamed = asksPerson && POST_NAMED.test(question);
  const spanCounted = /^\s*how many (years|months|weeks|days|hours|minutes|seasons)\b/i.test(question);
  const measured = type === 'quantity' && /^\s*how (far|high|tall|deep|wide|fast|heavy)\b/i.test(question);
  return (passage, speakers = []) => {
    if (type === 'time') {
      // "her two-year-old son", "a four-year ban": a compound of a span tells no time.
      const spans = passage.replace(SPAN_COMPOUND, ' ');
      // "On what date…?" asks a day: "until the end of the year" does not give one.
      if (askedDay) return DAY.test(spans);
      const unspoken = speechTimed ? spans.replace(TIME_OF_SPEAKING, '$1').replace(SPOKEN_ON_DAY, ' ') : spans;
      const placed = unspoken.replace(UNCOUNTED_BEFORE, ' ').replace(UNIT_ALONE, ' ');
      return TIME_WORDS.test(placed) || MONTHS.test(placed);
    }
    // An age is no span of anything asked: "The 29-year-old finished second" says nothing of how long a ban lasts.
    if (type === 'duration') {
      const spans = passage.replace(AGE_COMPOUND, ' ');
      return DURATION.test(askedLasting ? spans.replace(DEADLINE_SPAN, ' ') : spans) || (askedLength && LENGTH.test(passage));
    }
    if (type === 'frequency') return FREQUENCY.test(passage);
    if (type === 'percent') return PERCENT.test(passage);
    if (type === 'money') return MONEY.test(passage);
    if (type === 'quantity') {
      // "How many…" counts things: a price ("Priced at £229") or a measure ("the 1,500m") is no count of them.
      // Nor is a share ("closed up 4.75%"), nor an age or a span made an adjective ("The 30-year-old actor"), unless spans are what it counts.
      const counted = countsThings
        ? passage
            .replace(MONEY_AMOUNT, ' ')
            .replace(MEASURE, ' ')
            .replace(PERCENT_AMOUNT, ' ')
            .replace(spanCounted ? /$^/ : SPAN_COMPOUND, ' ')
            // "How many copies did it sell?" is not answered by a margin ("out-selling … by 2,000 copies").
            .replace(MARGIN, ' ')
        : passage;
      const undated = counted.replace(DATES, ' ');
      // "How far did he jump?" is answered by a figure, not by "triple jumper".
      if (measured && !/\d/.test(undated)) return false;
      return (QUANTITY_WORDS.test(undated) || (countsThings && COUNTING_ORDINAL.test(undated))) && amountOfFocus(counted, question);
    }
    // "Who spoke for Dominion?" may be answered by "a company spokesman", whom no name need tell.
    if (type === 'name' && spokespeople) return nameByPost(passage, question, knownNames, new Set(rolePosts), postHolders);
    if (type === 'name')
      return (
        // A month or a day names no one: "In February, a former senior executive pleaded guilty…".
        namesBeyondQuestion(passage, question, knownNames, CALENDAR, asksPerson ? knownNames : null) &&
        holdsPost(passage, post) &&
        (!postNamed || nameByPost(passage, question, knownNames)) &&
        (rolePosts === null || nameByPost(passage, question, knownNames, new Set(rolePosts), postHolders))
      );
    if (type === 'age') return AGE.test(passage);
    // A place is a name too, but not one of the cast's ("in London", not "Trump"), nor a day's or month's.
    // And after a word of place: "lived in North Carolina", not "Leadplex and PayPerAction are … companies".
    if (type === 'place') return namesBeyondQuestion(placesNamed(passage), question, new Set(), new Set([...knownNames, ...CALENDAR_NAMES]));
    if (type === 'speech') return SPEECH_CUE.test(passage) && speaksIn(passage, asked, speakers);
    return true;
  };
}

/** A name after a preposition of place: "in North Carolina", "at the Kodak Theatre", "from Texas". */
const AFTER_A_PLACE_WORD =
  /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Ii]nside|to|[Aa]cross|[Tt]hroughout|[Aa]round|[Ww]ithin|into|[Bb]etween)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|de|upon|on)\s+|\s+)?)+)/gu;

/** A place a body is based in, written as one word with it: "the Pittsburgh-based industrial concern", "a London-based firm". */
const PLACE_BASED = /\b((?:\p{Lu}[\p{L}'’.]*[\s-])*\p{Lu}[\p{L}'’.]*)-based\b/gu;

/** A place named after its kind: "the northern city of Zagreb", "the port of Santos". */
const KIND_OF_PLACE_OF = /\b(?:city|town|port|capital|village|province|region|republic|county|island|district)\s+of\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+)/gu;

/**
 * A name after "of" that is a place the lexicon knows, or a town before one it knows: "the governor
 * of Ohio", "the Bass family of Fort Worth, Texas". After "of" a name is as often a firm's
 * ("chairman of Texaco"), so only a known place counts.
 */
const OF_A_NAME_PLACE = /\bof\s+((?:\p{Lu}[\p{L}'’.-]*\s*)+?)(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?(?=[\s,.;:)]|$)/gu;

/** The "of" places of a passage whose name, or the place after its comma, the lexicon knows. */
function knownPlacesOf(passage: string): RegExpExecArray[] {
  return [...passage.matchAll(OF_A_NAME_PLACE)].filter((m) => isKnownPlace(m[1]!.trim()) || (m[2] !== undefined && isKnownPlace(m[2])));
}

/** The names a passage gives after a preposition of place, each set apart as a name inside a sentence. */
function placesNamed(passage: string): string {
  return [...passage.matchAll(AFTER_A_PLACE_WORD), ...passage.matchAll(PLACE_BASED), ...passage.matchAll(KIND_OF_PLACE_OF), ...knownPlacesOf(passage)]
    .map((m) => m[1]!.trim())
    .filter((name) => !FIRM_ENDING.test(name))
    .map((name) => ` ${name}`)
    .join(' ;');
}

/** A firm's name, not a place: "a stake in Burlington Industries Inc", "at Dart Group Corp's headquarters". */
const FIRM_ENDING = /\b(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|AG|SA|NV|Group|Industries|Holdings)\b\.?(?:['’]s)?$/;

/** Titles that stand before a name and name nobody by themselves. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'prime',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'judge',
  'chairman',
  'chief',
  'general',
]);

/** A verb of saying, as the cue of a reported statement: also of writing and of opinion, for "what did X write / think". */
const SAYING = `(${SAYING_VERBS}|say|wrote|writes|believes|thinks|feels|fears)`;

/**
 * The verbs of saying a speaker may follow ("said Ortiz", "added Mr Ortiz"). Not those that take a
 * listener or a target after them: "told Gordon Brown he would quit" is said to Brown, not by him.
 */
const SAYING_BEFORE_SPEAKER =
  'said|says|added|adds|wrote|writes|stated|argued|argues|insisted|claimed|claims|declared|replied|responded|explained|commented|noted|announced|predicted|admitted';

/** A post in small letters after its owner's possessive, one word may qualify it: "Japan's postal minister". */
const POST_AFTER_OWNER = new RegExp(
  `['’]s ((?:\\p{Ll}+ )?(?:${'minister|chairman|chairwoman|president|chief|spokesman|spokeswoman|secretary|director|governor|ambassador'}))\\s*$`,
  'u',
);

/** A pattern of small-letter words that also meets them with capitals: "postal minister" meets "Postal Minister". */
function anyCase(words: string): string {
  return words.replace(/\p{Ll}+/gu, (w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
}

/** Whom a speech question asks about: their surname, and the pattern of it standing by a verb of saying. */
interface AskedSpeaker {
  surname: string;
  /** The surnames of those the story shows to speak for the one asked about, when that is a body ("Gartner's analyst": Gammage). */
  members: string[];
  speaking: RegExp;
}

/**
 * Whether the one a speech question asks about speaks in the passage: a quote of the passage is
 * theirs (`speakers`, as attributed, pronouns resolved), or their surname stands by a verb of
 * saying ("Mr Ortiz said", "said Ortiz", "according to Ortiz"). A passage that only mentions them
 * in someone else's words does not answer what they said. A question naming nobody asks no one.
 */
function speaksIn(passage: string, asked: AskedSpeaker | null, speakers: string[]): boolean {
  if (!asked) return true;
  // Outside the quotes: "'…he saw Gordon Brown and said, look…,' Mr Peston said" is Peston's telling.
  return (
    speakers.some((s) => s.split(' ').some((w) => w === asked.surname || asked.members.includes(w))) || asked.speaking.test(passage.replace(QUOTED, ' " '))
  );
}

/** A quotation whose marks both stand in the passage. */
const QUOTED = /“[^“”]*”|"[^"“”]*"/g;

/** The one a speech question asks about (`speaksIn`), or null when it names nobody. */
function askedSpeaker(question: string, speaksFor: (body: string) => string[]): AskedSpeaker | null {
  const speaker = SPEECH_QUESTION_SPEAKER.exec(question)?.[1] ?? '';
  const surname = (speaker.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
    .map((n) => n.replace(/['’]s?$/, ''))
    .filter((n) => !TITLES.has(n.toLowerCase()) && !STOP_WORDS.has(n.toLowerCase()))
    .at(-1);
  if (!surname) return null;
  const name = surname.replace(/[-’']/g, '.');
  // "Ortiz said", "Ortiz, the harbour master, told…", "Greek harbour chief Lena Ortiz told", "in Ortiz's view",
  // "World Anti-Doping Agency (Wada) chief Dick Pound says" for the Wada boss,
  // "said Mr Lena Ortiz", "according to Ortiz".
  // The one asked about may close the speaker's description: "Hans Reckers, a board member of … the Bundesbank, said",
  // "the SEC's general counsel told", "said Richard Moffat, investment director at Standard Life Investments".
  // Not the one a group is "of": "unnamed allies of Mr Blair and Mr Brown, said" is the allies' telling.
  const before = `(?<![\\p{Ll}"”]\\s+of\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|and)\\s+){0,4})\\b${name}(?:['’]s)?\\b\\)?(?:,[^.;"“”]{0,60},|,|(?:\\s+[\\p{L}'’-]+){0,6}?)\\s+${SAYING}\\b|\\b${name}['’]s (?:view|opinion|words|position)\\b`;
  const after = `\\b(${SAYING_BEFORE_SPEAKER})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:${name}\\b|\\p{Lu}[\\p{L}.'’-]*,[^.;"“”]{0,80}\\b${name}\\b)`;
  const source = `\\b[Aa]ccording to (?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${name}\\b`;
  // "What did Japan's postal minister tell…?": the post, written before the holder's name and a verb of
  // saying ("Postal Minister Shunjiro Karasawa told"), names the one asked about where the country is not written.
  const post = POST_AFTER_OWNER.exec(speaker)?.[1];
  const held = post ? `|\\b${anyCase(post).replace(/\s+/g, '\\s+')}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}${SAYING}\\b` : '';
  return { surname, members: speaksFor(surname), speaking: new RegExp(`${before}|${after}|${source}${held}`, 'u') };
}

/** A word no common word is shaped like, even opening a sentence: capitals inside it ("Carsey-Werner", "McGahn", "PayPerAction"). */
const NAME_SHAPED = /^\p{Lu}\p{Ll}*(?:-?\p{Lu}\p{Ll}+)+(?:['’]s?)?$/u;

/** The posts and relatives a who-question may ask the holder of. */
const POSTS =
  'chairman|chairwoman|chair|president|chief|head|leader|director|spokesman|spokeswoman|spokesperson|minister|secretary|judge|lawyer|attorney|counsel|manager|coach|editor|founder|boss|governor|mayor|senator|ambassador|son|daughter|wife|husband|father|mother|brother|sister|agent|owner|adviser|advisor|captain|chancellor|commissioner|prosecutor|deputy|treasurer|successor|predecessor|goalkeeper|keeper';
/** A word of one of them. */
const PERSON_ASKED_WORD = new RegExp(`^(${POSTS})$`, 'i');
/**
 * "Who is the chairman of…?", "Who replaced him as home secretary?": a who-question about a post
 * asks for a person, whom only a name of the story's people answers (not "Comdata", the firm).
 * Not a post the doer acts on: "Who complained to the Standards Board about the mayor?" is
 * answered by a body ("by the Board of Deputies of British Jews").
 */
const PERSON_ASKED = new RegExp(
  `^\\s*who\\b.*(?<!\\b(?:about|against|to|with|from|on|over|at|for)\\s+(?:the|a|an|his|her|its|their)\\s+(?:\\S+\\s+)?)\\b(${POSTS})\\b`,
  'i',
);

/**
 * The words of the post a who-question asks the holder of, when it takes more than one ("Who is
 * Emery's chief financial officer?"): the run of small-letter words around the post's word.
 */
function postAsked(question: string): string[] {
  const words = question.replace(/[?.!]+$/, '').split(/\s+/);
  const at = words.findIndex((w) => PERSON_ASKED_WORD.test(w));
  if (at < 0) return [];
  // Not a verb: "Who became deputy leader…" asks for a deputy leader.
  const small = (w: string | undefined) => w !== undefined && /^\p{Ll}+$/u.test(w) && !STOP_WORDS.has(w) && !lexiconTags(w).some((t) => VERB_TAGS.has(t));
  let from = at;
  let to = at;
  while (small(words[from - 1])) from--;
  while (small(words[to + 1])) to++;
  const terms = words
    .slice(from, to + 1)
    .map((w) => termOf(w))
    .filter((t): t is string => t !== null);
  return terms.length > 1 ? terms : [];
}

/** "Who is the chairman of…?", "Who was the judge at…?": a question that asks whom a post is held by. */
const POST_NAMED = new RegExp(
  `^\\s*who(?:'s|’s| is| was| are| were| will be| would be| has been)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\S+\\s+){0,3}?(?:${POSTS})\\b`,
  'i',
);

const SPOKESPERSON = /^spokes(man|woman|person)$/;

/** A question that names whose post it asks: "Marsh's chief executive", "the chairman of Renault". */
const OWNER_ASKED = /\b(?!(?:Who|What|Where|When|How|That|It|There|Here|He|She)['’])\p{Lu}[\p{L}.&-]*['’]s?\s+\p{Ll}|\bof\s+(?:the\s+)?\p{Lu}/u;

/** The words of a body's head, any of which asks for the others. */
const HEAD = new Set(['head', 'chief', 'boss', 'leader']);

/** How many words from the post's word its holder's name may stand ("special counsel Robert Mueller", "Mueller, the special counsel"). */
const POST_REACH = 5;

/**
 * Whether a passage names one of the story's people beside the post a who-question asks the holder
 * of: "the appointment of a special counsel who took over the investigation", in a sentence that
 * names Trump elsewhere, does not say who the special counsel is; nor does a passage that never
 * writes the post ("Who is the director of the London Marathon?" is not answered by a runner's result).
 */
function nameByPost(passage: string, question: string, knownNames: Set<string>, askedPosts?: Set<string>, holders: Set<string> = new Set()): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const words = passage.split(/\s+/).map((w) => w.replace(/^[("“'‘]+|[),.;:!?"”'’]+$/g, ''));
  // The post may be plural in the passage: "questioning by defence lawyers" names no lawyer.
  // A head is asked by any of its words: "Who is the head of Athletics Kenya?" is answered by "AK chief Isaiah Kiplagat".
  const isAsked = askedPosts
    ? (post: string) => askedPosts.has(post)
    : (post: string) => asked.has(post) || (HEAD.has(post) && [...HEAD].some((h) => asked.has(h)));
  // Another body's post is not the one asked: "Who was Marsh's chief executive…?" is not answered by "Lloyd's chief executive".
  // "Who manages Birmingham?" names its body too: "Magpies manager Graeme Souness" holds another's post.
  const roleOwned = askedPosts !== undefined && bodyOfRoleVerb(question).length > 0;
  const owned = OWNER_ASKED.test(question) || roleOwned;
  const ownerElsewhere = (i: number) => {
    let j = i;
    while (j > 0 && asked.has(words[j - 1]!.toLowerCase())) j--;
    const possessive = /^\p{Lu}[\p{L}.&-]*(?=['’]s?$)/u.exec(words[j - 1] ?? '')?.[0];
    // A body written before the post ("Magpies manager"), not the sentence's first word ("Former manager").
    const attributive = roleOwned && j > 1 ? /^\p{Lu}[\p{L}.&-]*$/u.exec(words[j - 1] ?? '')?.[0] : undefined;
    const owner = possessive ?? attributive;
    return owner !== undefined && !asked.has(owner.toLowerCase());
  };
  const posts = words.flatMap((w, i) => {
    const post = w.toLowerCase().replace(/(?<=[a-z]{3})s$/, '');
    return (askedPosts || PERSON_ASKED_WORD.test(post)) && isAsked(post) && !(owned && ownerElsewhere(i)) ? [i] : [];
  });
  // One the story knows to hold the post answers wherever they stand ("Dufour said…", the cast's spokesman).
  const bareWords = words.map((w) => w.replace(/['’]s$/, ''));
  if (bareWords.some((w) => holders.has(w) && !asked.has(w.toLowerCase()))) return true;
  // A passage without the post does not say who holds it, whoever else it names.
  if (posts.length === 0) return false;
  // An unnamed spokesman is an answer of the story's own: "…, a company spokesman said".
  if (askedPosts && [...askedPosts].every((p) => SPOKESPERSON.test(p))) return true;
  return words.some((w, i) => {
    const bare = w.replace(/['’]s$/, '');
    // One of the story's people, or a given name and a surname ("Owen Berg").
    const named = knownNames.has(bare) || (isGivenName(bare) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
    return named && !asked.has(bare.toLowerCase()) && posts.some((p) => Math.abs(p - i) <= POST_REACH);
  });
}

/** Whether a passage writes every word of a post ("chief financial officer", not "chief executive officer"). */
function holdsPost(passage: string, post: string[]): boolean {
  if (post.length === 0) return true;
  const terms = new Set(tokenize(passage).map(termOf));
  return post.every((t) => terms.has(t));
}

/**
 * A capitalised word the question lacks. A sentence's first word counts only when it is a known
 * name or a second capitalised word follows it ("Workers lost…" names nobody).
 */
function namesBeyondQuestion(
  passage: string,
  question: string,
  knownNames: Set<string>,
  notThese: Set<string> = new Set(),
  onlyThese: Set<string> | null = null,
): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const isNew = (w: string) => {
    const bare = w.replace(/['’]s?$/, '');
    const word = bare.toLowerCase();
    // A demonym ("Greek", "Japanese") describes; it names no one and no place.
    return !asked.has(word) && !STOP_WORDS.has(word) && !notThese.has(bare) && !isDemonym(bare);
  };
  // One capitalised word answers a question about a person only as a name of the story's people;
  // two do when the first is a given name ("Jan Berg", not "Comdata Network").
  const oneName = (w: string) => isNew(w) && (onlyThese === null || onlyThese.has(w.replace(/['’]s?$/, '')));
  const personLike = (first: string, second: string) =>
    onlyThese === null || isGivenName(first) || [first, second.trim()].some((w) => onlyThese.has(w.replace(/['’]s?$/, '')));
  for (const m of passage.matchAll(/(^|[.!?]["”’]*\s+|\s|["“‘(])(\p{Lu}[\p{L}'’-]*)(\s+\p{Lu}[\p{L}'’-]*)?/gu)) {
    const startsSentence = m[1] === '' || /[.!?]/.test(m[1]!);
    // "Kostas Kenteris" names whom "Who is Kenteris's lawyer?" already names.
    if (
      m[3] &&
      !isNew(m[3].trim()) &&
      !STOP_WORDS.has(
        m[3]
          .trim()
          .replace(/['’]s?$/, '')
          .toLowerCase(),
      )
    )
      continue;
    if (!startsSentence && (m[3] && personLike(m[2]!, m[3]) ? isNew(m[2]!) : oneName(m[2]!))) return true;
    if (startsSentence && oneName(m[2]!) && (knownNames.has(m[2]!.replace(/['’]s?$/, '')) || NAME_SHAPED.test(m[2]!))) return true;
    if (startsSentence && m[3] && personLike(m[2]!, m[3]) && (isNew(m[2]!) || isNew(m[3].trim()))) return true;
  }
  return false;
}
