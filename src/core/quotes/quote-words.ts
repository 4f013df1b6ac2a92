/**
 * The story's quotes as numbers over one vocabulary of their folded words, for looking words up
 * among them: each of a user's words is then held against each distinct word of the quotes once,
 * whatever the number of quotes (see answer/match-quote-text.ts).
 */
import type { StoryQuote } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';

/** The folded words of a text, for matching. */
export function quoteWords(text: string): string[] {
  return foldForComparison(text).split(' ').filter(Boolean);
}

/** The distinct words of a set of quotes, numbered. */
export interface Vocabulary {
  ids: Map<string, number>;
  words: string[];
}

/** An empty vocabulary, to number quotes' words with `numberWords`. */
export function newVocabulary(): Vocabulary {
  return { ids: new Map(), words: [] };
}

/** A quote's words as their numbers in the vocabulary (words it does not have yet are added). */
export function numberWords(words: string[], vocabulary: Vocabulary): Uint32Array {
  return Uint32Array.from(words, (word) => {
    let id = vocabulary.ids.get(word);
    if (id === undefined) {
      id = vocabulary.words.push(word) - 1;
      vocabulary.ids.set(word, id);
    }
    return id;
  });
}

/** The story's quotes as numbered words over one vocabulary, and the pairs (by index) that stand next to each other. */
export interface QuoteWords {
  vocabulary: Vocabulary;
  numbered: Uint32Array[];
  pairs: [number, number][];
}

/** Quotes numbered between two yields. */
const QUOTE_BATCH = 500;

/** Numbers the quotes' words in steps of a few milliseconds (a bot loading a story keeps answering between them). */
export function* numberQuotesSteps(quotes: StoryQuote[]): Generator<void, QuoteWords> {
  const vocabulary = newVocabulary();
  const numbered: Uint32Array[] = [];
  for (const q of quotes) {
    numbered.push(numberWords(searchableWords(q), vocabulary));
    if (numbered.length % QUOTE_BATCH === 0) yield;
  }
  return { vocabulary, numbered, pairs: yield* adjacentQuotesSteps(quotes) };
}

/**
 * A quote's words, then those of each other wording an article gave it that its text does not hold:
 * quotes merged by a long run of words in common may be worded apart elsewhere ("In my parliamentary
 * answer on March 17 2003, I explained my genuinely held independent view …" and "As I have always
 * made clear, I set out in the answer my own genuinely held, independent view …"), and the words of
 * either find it.
 */
function searchableWords(q: StoryQuote): string[] {
  const words = quoteWords(q.text);
  // Most occurrences are worded as the quote is: those are not folded again.
  if (q.occurrences.every((o) => o.wording === q.text)) return words;
  const held = new Set([` ${words.join(' ')} `]);
  for (const o of q.occurrences) {
    if (o.wording === q.text) continue;
    const other = quoteWords(o.wording);
    const key = ` ${other.join(' ')} `;
    if (other.length === 0 || [...held].some((h) => h.includes(key))) continue;
    held.add(key);
    words.push(...other);
  }
  return words;
}

/** Pairs of quotes (by index) that follow each other in an article, in the same sentence or the next. */
function* adjacentQuotesSteps(quotes: StoryQuote[]): Generator<void, [number, number][]> {
  const byArticle = new Map<string, { sentence: number; quote: number }[]>();
  quotes.forEach((q, quote) => {
    for (const o of q.occurrences) {
      const list = byArticle.get(o.article) ?? [];
      list.push({ sentence: o.sentence, quote });
      byArticle.set(o.article, list);
    }
  });
  yield;
  const pairs: [number, number][] = [];
  let read = 0;
  for (const list of byArticle.values()) {
    list.sort((x, y) => x.sentence - y.sentence || x.quote - y.quote);
    for (let i = 0; i + 1 < list.length; i++) {
      const [x, y] = [list[i]!, list[i + 1]!];
      if (x.quote !== y.quote && y.sentence - x.sentence <= 1) pairs.push([x.quote, y.quote]);
    }
    read += list.length;
    if (read >= QUOTE_BATCH * 4) {
      read = 0;
      yield;
    }
  }
  return pairs;
}
