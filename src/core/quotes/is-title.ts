/**
 * Tells a title in quote marks ("Saturday Night Live", "Making America Great Again") from
 * somebody's words: two to eight words, every main word capitalised, no first or second person.
 */
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
