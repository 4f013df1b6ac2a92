/**
 * How text becomes search terms, the same for sentences and questions: typography folded, words
 * split on anything that is not a letter or digit, stop words dropped, and each word reduced to
 * its Porter stem so that word families meet (recused / recuse / recusal → "recus").
 */
import { stemmer } from 'stemmer';
import { normalizeTypography } from '../ingest/normalize-typography.js';
import { STOP_WORDS } from './stop-words.js';
import { baseForm } from './irregular-forms.js';

/** Splits text into lower-case words (possessive 's dropped). */
export function tokenize(text: string): string[] {
  // The words of foldForComparison, split in one pass: anything but a letter or digit separates.
  // "won't" is "will not", not the past of "win".
  // "U.S." is one word, as a reader writes it ("US"): dotted capitals are joined, not split into letters.
  return normalizeTypography(
    text
      .replace(/['’]s\b/g, '')
      .replace(/\bwon['’]t\b/gi, 'will not')
      .replace(INITIALISM, (m) => m.replace(/\./g, '')),
  )
    .toLowerCase()
    .split(NOT_A_WORD)
    .filter(Boolean);
}

const NOT_A_WORD = /[^\p{L}\p{N}]+/u;
/** Two or more capitals each followed by a dot: "U.S.", "U.N.", "E.F.". */
const INITIALISM = /\b(?:[A-Z]\.){2,}/g;

/** The index term of a word: null for stop words, else its stem. */
export function termOf(word: string): string | null {
  let term = known.get(word);
  if (term === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    term = stemOf(word);
    known.set(word, term);
  }
  return term;
}

/** Words recur (a news archive has far fewer words than tokens): each is stemmed once. */
const known = new Map<string, string | null>();
const KNOWN_LIMIT = 500_000;

function stemOf(word: string): string | null {
  // Irregular forms meet their base form (bought / buy, met / meet), which the stemmer cannot see.
  const lower = word.toLowerCase();
  const w = STOP_WORDS.has(baseForm(lower)) ? lower : baseForm(lower);
  if (STOP_WORDS.has(w) || (w.length < 2 && !/\d/.test(w))) return null;
  // Adverbs meet their adjectives (regularly / regular), which the Porter stemmer leaves apart.
  const adjective = w.length >= 7 ? w.replace(/ly$/, '') : w;
  // British -ise spellings meet American -ize ones (privatisation / privatization).
  const american = adjective.length > 6 ? adjective.replace(/(?<=[a-z]{3}i)s(e|ed|es|ing|ation|ations|er|ers)$/, 'z$1') : adjective;
  return stemmer(american);
}

/** The distinct content terms of a text, in order of first appearance. */
export function contentTerms(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .map(termOf)
        .filter((t): t is string => t !== null),
    ),
  ];
}

/** The terms of a text, as a set. */
export function termSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of tokenize(text)) {
    const term = termOf(word);
    if (term) set.add(term);
  }
  return set;
}
