/**
 * The quote answers: who said some words (`whoSaid`), the quotes that best match a text
 * (`findQuotes`), and every quote of one speaker by any of their names (`quotesBy`).
 */
import type { QuoteMatch, QuotesResult, Story, StoryQuote, WhoSaidResult } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';
import { findPeople } from '../people/find-person.js';
import { citationsPerArticle } from './citation.js';
import { newVocabulary, numberWords, quoteMatcher, quoteWords, type Vocabulary } from './match-quote-text.js';

/** Tuning measured with `npm run eval` and the quote tests. */
export const QUOTE_TUNING = { whoSaid: 0.75, quote: 0.5, closest: 0.3, maxMatches: 5 };
/** The speaker shown for a quote whose speaker the articles do not give. */
export const UNKNOWN_SPEAKER = 'an unidentified speaker';

/** Who said `text`: the matching quotes (best first) with speaker, wording and citations. */
export function whoSaid(story: Story, text: string): WhoSaidResult {
  return search(story, text, QUOTE_TUNING.whoSaid, 3);
}

/** The quotes that best match `text`, as shareable snippets. */
export function findQuotes(story: Story, text: string): WhoSaidResult {
  return search(story, text, QUOTE_TUNING.quote, QUOTE_TUNING.maxMatches);
}

/** Every quote of a speaker, found by name, alias or description. */
export function quotesBy(story: Story, speaker: string): QuotesResult {
  const wanted = resolveSpeaker(story, speaker);
  const quotes = story.quotes.filter((q) => q.speaker !== null && wanted.has(q.speaker));
  if (quotes.length > 0) {
    const names = [...new Set(quotes.map((q) => q.speaker!))];
    return { speaker: names.length === 1 ? names[0]! : speaker, quotes: quotes.map((q) => toMatch(story, q)) };
  }
  const known = quoteSpeakers(story).slice(0, 8).map((s) => s.speaker).join(', ');
  return { speaker, quotes: [], hint: `No quotes by “${speaker}” in these articles.${known ? ` Speakers: ${known}.` : ''}` };
}

/** The speakers of the story's quotes with how many quotes each, most quoted first (for autocomplete). */
export function quoteSpeakers(story: Story): { speaker: string; quotes: number }[] {
  const counts = new Map<string, number>();
  for (const q of story.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].map(([speaker, quotes]) => ({ speaker, quotes })).sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

function search(story: Story, text: string, threshold: number, limit: number): WhoSaidResult {
  const { vocabulary, numbered } = quoteWordsOf(story);
  const match = quoteMatcher(quoteWords(text), vocabulary);
  const scored = story.quotes
    .map((q, i) => ({ q, score: match(numbered[i]!) }))
    // Below the lowest bar (a close miss) a quote is never shown: only those above are sorted.
    .filter((s) => s.score >= Math.min(threshold, QUOTE_TUNING.closest))
    .sort((a, b) => b.score - a.score || b.q.occurrences.length - a.q.occurrences.length);
  const matches = scored.filter((s) => s.score >= threshold).slice(0, limit).map((s) => toMatch(story, s.q));
  if (matches.length > 0) return { query: text, matches };
  const closest = scored.filter((s) => s.score >= QUOTE_TUNING.closest).slice(0, 2);
  const near = closest.map((s) => `“${s.q.text}” (${s.q.speaker ?? UNKNOWN_SPEAKER})`).join('; ');
  return { query: text, matches: [], hint: `Not in these ${story.articles.length} articles.${near ? ` Closest: ${near}.` : ' Try a few exact words of the quote.'}` };
}

const quoteWordCache = new WeakMap<Story, { vocabulary: Vocabulary; numbered: Uint32Array[] }>();

/** Each quote's folded words as numbers over one vocabulary, kept per story (every look-up compares against every quote). */
function quoteWordsOf(story: Story): { vocabulary: Vocabulary; numbered: Uint32Array[] } {
  let words = quoteWordCache.get(story);
  if (!words) {
    const vocabulary = newVocabulary();
    words = { vocabulary, numbered: story.quotes.map((q) => numberWords(quoteWords(q.text), vocabulary)) };
    quoteWordCache.set(story, words);
  }
  return words;
}

function resolveSpeaker(story: Story, speaker: string): Set<string> {
  const names = new Set(findPeople(story, speaker).map((p) => p.name));
  if (names.size > 0) return names;
  const folded = foldForComparison(speaker).replace(/^(the|a|an|one) /, '');
  return new Set(quoteSpeakers(story).map((s) => s.speaker).filter((s) => folded.length > 2 && foldForComparison(s).includes(folded)));
}

function toMatch(story: Story, q: StoryQuote): QuoteMatch {
  const citations = citationsPerArticle(story, q.occurrences, (o) => o.wording);
  return { quote: q.text, speaker: q.speaker ?? UNKNOWN_SPEAKER, speakerKind: q.speakerKind ?? 'anonymous', cue: q.cue, citations };
}
