/**
 * The thing a "which…" or "what…" question asks for: the head of the words after it ("Which CAS
 * judges will hear the appeal?" asks for judges, "What share of the market do they hold?" for a
 * share). A story that never mentions such a thing, nor any synonym of it, cannot answer the
 * question, however many of its other words a passage shares.
 */
import { lexiconTags, VERB_TAGS } from '../text/nlp.js';

/** The words that tie a question's phrase to its verb: "Which judges *will* hear…", "What verdict *did* the jury reach?". */
const AUXILIARY = /^(did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/i;
/** The prepositions that end the asked-for phrase as an auxiliary does ("what share of…"). */
const PREPOSITION = /^(of|in|on|at|for|to|from|by|with|about|over|under|after|before|between)$/i;

/**
 * Nouns too general to name what is asked ("Which areas…", "What steps…"), and those that name the
 * kind of answer ("What rate…", "What share of the vote…", "What date…", "What punishment…"): a
 * passage answers them in its own words ("100 pct tariffs", "won 16 pct of the vote", "face jail terms").
 */
const GENERAL =
  /^(areas?|kinds?|sorts?|types?|ways?|things?|business|businesses|operations|activities|interests|holdings|steps?|measures?|parts?|aspects?|issues?|matters?|points?|reasons?|options?|role|roles|sides?|groups?|ones?|people|action|actions|changes?|details?|plans?|problems?|questions?|factors?|rates?|percentages?|proportions?|shares?|stakes?|numbers?|amounts?|prices?|sums?|costs?|fees?|values?|sizes?|dates?|days?|years?|months?|times?|ages?|punishments?|penalt(?:y|ies)|sanctions?)$/i;

/**
 * Kinds of named things: a name answers "Which newspaper…?" ("The Washington Post") without saying
 * what it is, so a story may answer it without the word.
 */
const NAMED_KINDS =
  /^(newspapers?|papers?|outlets?|magazines?|networks?|channels?|stations?|programmes?|programs?|broadcasters?|websites?|sites?|publishers?|labels?|companies|company|firms?|banks?|brokers?|airlines?|carriers?|teams?|clubs?|bands?|films?|movies?|shows?|parties|party|countries|country|cities|city|states?|towns?|universit(y|ies)|schools?|agenc(y|ies)|brands?|products?|persons?|officials?|men|man|women|woman)$/i;

/**
 * Kinds of saying: a quotation answers "What slogan…?" or "What one-word insult…?" ("dismissed the
 * Budget as "vote now, pay later"") without naming its kind.
 */
const SAID_KINDS =
  /^(slogans?|catchphrases?|phrases?|words?|insults?|nicknames?|names?|terms?|mottos?|labels?|descriptions?|jibes?|quips?|taunts?|retorts?|epithets?|remarks?|comments?|messages?|warnings?|replies|reply|response|responses|advice|suggestions?|recommendations?|promises?|pledges?|assurances?|explanations?|excuses?|arguments?|criticisms?|complaints?|accusations?|claims?)$/i;

/**
 * "Who wrote the screenplay…?", "Who heads Toshiba's chip division?": the thing a who-question's verb
 * acts on (the last of its words in small letters, before a preposition or the end).
 */
const WHO_VERB_OBJECT =
  /^\s*[Ww]ho\s+(\p{Ll}+)\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.&-]*['’]s?)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,})(?=\s+(?:of|in|on|at|for|to|from|by|with|about|over|under|after|before|between)\b|\s*[?.!]?\s*$)/u;

/** Tags of words that name no thing besides a verb's: an adjective, an adverb. */
const DESCRIBING = /^(Adjective|Comparable|Superlative|Adverb)$/;

/**
 * A past or present participle ("disagreed", "bidding") the lexicon does not know as a noun ("ruling"
 * it does) or as a base form ("speed", "need" end as participles do).
 */
function isVerbForm(word: string): boolean {
  return /^\p{Ll}{2,}(ed|ing)$/u.test(word) && !lexiconTags(word).some((t) => /Noun|Singular|Plural|Uncountable|Infinitive/.test(t));
}

/** An adverb the lexicon may not list, made of an adjective it does ("exactly", "precisely"): it names nothing asked. */
function isAdverb(word: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(word) && lexiconTags(word.slice(0, -2)).includes('Adjective');
}

/** Tags that make a word no noun wherever it stands. */
const NEVER_NOUN = /^(PastTense|Gerund|Participle|Adjective|Comparable|Superlative|Adverb|Modal|Auxiliary|Copula)$/;

/** The head noun of a which/what question's phrase ("Which CAS judges will…" → judges), and where the phrase ends. */
function headOf(question: string): { head: string; words: string[]; end: number } | null {
  const m = /^\s*(?:which|what)\s+(.*)$/i.exec(question);
  if (!m) return null;
  const words = m[1]!
    .split(/\s+/)
    .map((w) => w.replace(/[?.!,;:]+$/, ''))
    .filter((w) => !isAdverb(w));
  const end = words.findIndex((w) => AUXILIARY.test(w) || PREPOSITION.test(w) || isVerbForm(w));
  // "What was the vote…" asks through its verb: only a phrase of one to four words before the verb names the thing.
  if (end < 1 || end > 4) return null;
  return { head: words[end - 1]!, words, end };
}

/**
 * The general noun a which/what question asks through ("Which businesses does it own?"), or the
 * kind of named thing it asks for ("Which city is Balco based in?"): the answer names instances of
 * it ("the Pathmark chain", "the San Francisco-based Balco laboratory"), seldom the noun itself.
 */
export function askedGeneralThing(question: string): string | null {
  const h = headOf(question);
  return h && /^\p{Ll}/u.test(h.head) && (GENERAL.test(h.head) || NAMED_KINDS.test(h.head) || SAID_KINDS.test(h.head)) ? h.head : null;
}

/** The head noun a which/what question asks for (or a who-question's verb acts on), or null when it names none, a general one, or a name. */
export function askedThing(question: string): string | null {
  const whoObject = WHO_VERB_OBJECT.exec(question);
  if (whoObject) {
    const [, verb, object] = whoObject as unknown as [string, string, string];
    if (AUXILIARY.test(verb) || GENERAL.test(object) || NAMED_KINDS.test(object) || SAID_KINDS.test(object)) return null;
    return namesAThing(object) && !lexiconTags(object).some((t) => NEVER_NOUN.test(t)) ? object : null;
  }
  const h = headOf(question);
  if (!h) return null;
  const { head, words, end } = h;
  if (!/^\p{Ll}/u.test(head) || GENERAL.test(head) || NAMED_KINDS.test(head) || SAID_KINDS.test(head)) return null;
  // The lexicon knows "share", "vote" or "judges" as verbs too; in this place they are nouns, except a
  // verb in the present before a preposition: "What happens to Texaco?".
  const tags = lexiconTags(head);
  if (tags.some((t) => NEVER_NOUN.test(t))) return null;
  return tags.includes('PresentTense') && !AUXILIARY.test(words[end]!) ? null : head;
}

/**
 * Whether a word names a thing, as compromise's lexicon knows it (a word it does not know is taken
 * for one: the lexicon holds base forms, and names are not in it).
 */
export function namesAThing(word: string): boolean {
  return !lexiconTags(word).some((t) => VERB_TAGS.has(t) || DESCRIBING.test(t));
}
