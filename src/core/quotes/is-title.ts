/**
 * Tells a title in quote marks ("Saturday Night Live", "Making America Great Again") from
 * somebody's words: two to eight words, every main word capitalised, no first or second person.
 */
import { lexiconTags } from '../text/nlp.js';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'la']);
const PERSONAL = /^(i|we|you|my|our|your|me|us)$/i;

/** True when a quoted span reads as a title or label rather than speech. */
export function isTitleLike(text: string): boolean {
  const words = text
    .replace(/[.,!?;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 8) return false;
  if (/[.!?;]\s/.test(text)) return false;
  return words.every((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase())) || (/^[\p{Lu}\d]/u.test(w) && !PERSONAL.test(w)));
}

/** What a name in quote marks names when the noun comes right after it: a broadcast, a series, a campaign. */
const SHOW_NOUN = /^["”’']?\s+(?:programs?|programmes?|shows?|series|campaigns?)\b/i;

/**
 * A few capitalised words in quote marks right before "program", "show", "series" or "campaign" name it (NBC's
 * "Today" program, the "Pork - The Other White Meat" campaign): nobody's words, though a cue comes before them.
 */
export function namesAShow(text: string, after: string): boolean {
  const words = text
    .replace(/[.,]+$/, '')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return words.length >= 1 && words.length <= 6 && /^\p{Lu}/u.test(words[0]!) && SHOW_NOUN.test(after);
}

/** What the lexicon may know a verb as. */
const VERB_TAGS: ReadonlySet<string> = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary']);
/** After one capitalised word in quote marks, the closing mark and a noun in the plural ("Silkworm" missiles). */
const NAME_BEFORE_PLURAL = /^["”’']?\s+(\p{Ll}{3,}s)(?![\p{L}'’-])/u;

/**
 * A capitalised word in quote marks right before a noun in the plural names the kind of thing ("anti-ship "Silkworm"
 * missiles", ""Kassenobligation" notes"): nobody's words, though the sentence reports someone. Not before a verb
 * ("…"Never" seems …").
 */
export function namesAKind(text: string, before: string, after: string): boolean {
  const noun = NAME_BEFORE_PLURAL.exec(after)?.[1];
  // Not a word capitalised only as the sentence's first (""Dubious" assumptions about …", a report's word).
  const opensSentence = /(?:^|[.!?]["”’']?)\s*["“‘']?$/u.test(before);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(text) && !opensSentence && noun !== undefined && !lexiconTags(noun).some((t) => VERB_TAGS.has(t));
}

/** The words that name what comes next in quote marks: a product, a film, a programme ("a test called", "the films", "a coin called the"). */
const NAMING_WORD =
  /(?<![\p{L}])(?:called|named|entitled|titled|films?|movies?|programs?|programmes?|albums?|singles?|novels?)\s*(?:the\s+)?(?:["“‘'][^"“”‘’']{1,40}["”’'],?\s+(?:and|or)\s+)?["“‘']?$/iu;

/**
 * One capitalised word in quote marks after "called", "named" or a kind of work names a thing ("a lipstick tube called
 * "Amadeus,"", "the films "Platoon" and "Hoosiers"", "the NBC program "Today,""): nobody's words. Not a word in small letters
 * ("which he called "substantial"") nor several words, which are as often the caller's.
 */
export function namesAThing(text: string, before: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}'’-]*[.,]?$/u.test(text) && NAMING_WORD.test(before);
}
