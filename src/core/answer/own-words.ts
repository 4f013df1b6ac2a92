/**
 * Finds words in the articles' own sentences, for `who-said` when the words are no quote: a
 * passage of an /ask answer, shared and asked about, is the article speaking in its own voice, and
 * saying so (with the sentence and its sources) is the truthful answer, not "no match".
 */
import type { OwnWordsMatch, Sentence, Story } from '../types.js';
import { splitSentences } from '../ingest/split-sentences.js';
import { contentTerms } from '../index/terms.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import { findQuoteSpans } from '../quotes/find-quote-spans.js';
import { citationsPerArticle } from './citation.js';
import { quoteMatcher } from './match-quote-text.js';
import { newVocabulary, numberWords, quoteWords } from '../quotes/quote-words.js';

/**
 * How close words must come to a sentence: the share of the words found in order in it
 * (`share`); and, for fewer than `phraseWords` words, the share of the sentence they cover
 * (`cover`), so that a common short phrase does not claim every sentence that holds it.
 */
export const OWN_WORDS_TUNING = { share: 0.8, cover: 0.8, phraseWords: 6, minWords: 4, maxPieces: 4, maxSentences: 50 };

/**
 * The sentences of a text as they are looked up one by one (a passage is often two sentences of
 * an article, or a quote after the sentence that leads to it): each line split into sentences,
 * at most `maxPieces`.
 */
export function textPieces(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => splitSentences(line))
    .slice(0, OWN_WORDS_TUNING.maxPieces);
}

/** The article sentence that holds `words` in its own voice, with every source that has it; null when none does. */
export function findOwnWords(story: Story, words: string): OwnWordsMatch | null {
  const query = quoteWords(words);
  if (query.length < OWN_WORDS_TUNING.minWords) return null;
  const vocabulary = newVocabulary();
  const match = quoteMatcher(query, vocabulary);
  const found: { sentence: Sentence; share: number; cover: number }[] = [];
  for (const id of candidates(story, words)) {
    const sentence = story.sentences[id]!;
    const own = numberWords(quoteWords(sentence.text), vocabulary);
    const share = match.ofQuery(own);
    const cover = own.length === 0 ? 0 : (share * query.length) / own.length;
    if (share >= OWN_WORDS_TUNING.share && (query.length >= OWN_WORDS_TUNING.phraseWords || cover >= OWN_WORDS_TUNING.cover))
      found.push({ sentence, share, cover });
  }
  if (found.length === 0) return null;
  // The sentence the words are most wholly part of first; story order among equals.
  found.sort((a, b) => b.share - a.share || b.cover - a.cover);
  const best = found.slice(0, OWN_WORDS_TUNING.maxSentences).map((f) => ({ article: f.sentence.article, sentence: f.sentence.n, text: f.sentence.text }));
  return { text: best[0]!.text, citations: citationsPerArticle(story, best, (o) => o.text) };
}

/**
 * The sentences that hold a few words in quote marks of their own ("motivated by "empire-building""):
 * a term the article marks as someone's, though too short to be extracted as a quote.
 */
export function findMarkedWords(story: Story, words: string): OwnWordsMatch | null {
  const wanted = foldForComparison(words);
  if (!wanted) return null;
  const found = candidates(story, words)
    .map((id) => story.sentences[id]!)
    .filter((sentence) => findQuoteSpans(sentence.text).some((span) => foldForComparison(span.text) === wanted))
    .slice(0, OWN_WORDS_TUNING.maxSentences)
    .map((s) => ({ article: s.article, sentence: s.n, text: s.text }));
  return found.length === 0 ? null : { text: found[0]!.text, citations: citationsPerArticle(story, found, (o) => o.text) };
}

/**
 * The sentences that hold a short phrase word for word ("maximize shareholder values"): too few
 * words to tell one sentence from another by their share, but there, so the story must not be
 * said to lack them. The first such sentence in story order is shown.
 */
export function findVerbatimWords(story: Story, words: string): OwnWordsMatch | null {
  const wanted = foldForComparison(words)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (contentTerms(words).length < VERBATIM_MIN_WORDS) return null;
  const found = candidates(story, words)
    .map((id) => story.sentences[id]!)
    .filter((s) => ` ${foldForComparison(s.text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${wanted} `))
    .map((s) => ({ article: s.article, sentence: s.n, text: s.text }));
  if (found.length === 0) return null;
  // Cited by the articles that have the first sentence itself: "in 2 of 7 articles" must be of that sentence.
  const first = foldForComparison(found[0]!.text);
  const same = found.filter((f) => foldForComparison(f.text) === first).slice(0, OWN_WORDS_TUNING.maxSentences);
  return { text: found[0]!.text, citations: citationsPerArticle(story, same, (o) => o.text) };
}

/** The fewest content words a phrase found word for word needs: "the harbour plan" is any sentence's, not one to point to. */
const VERBATIM_MIN_WORDS = 3;

/**
 * The sentences that may hold the words: those with the words' rarest terms (three at most, so
 * that common words narrow the search too). A word no sentence has (a typo) is not asked for.
 */
function candidates(story: Story, words: string): number[] {
  const known = contentTerms(words)
    .map((term) => ({ term, count: story.index.documentFrequency(term) }))
    .filter((t) => t.count > 0)
    .sort((a, b) => a.count - b.count);
  return story.index.sentencesWithAll(known.slice(0, 3).map((t) => t.term));
}
