/**
 * Examples for /help taken from the story being served, so that each one shows a real answer
 * (a name from its cast, the opening words of one of its quotes), with a plain fallback for a
 * story that has none.
 */
import { quoteSpeakers } from '../src/core/answer/quotes.js';
import type { Story } from '../src/core/types.js';

/** The most mentioned person of the story, if it has a cast. */
export function mostMentioned(story: Story): string | undefined {
  return story.people[0]?.name;
}

/** The most quoted speaker of the story. */
export function mostQuoted(story: Story): string | undefined {
  return quoteSpeakers(story)[0]?.speaker;
}

/**
 * The opening words (at most `words`) of the story's `rank`-th most repeated quote of at least
 * that many words: part of a quote is enough to find it.
 */
export function quoteOpening(story: Story, rank: number, words: number): string | undefined {
  const quotes = story.quotes
    .map((q, i) => ({
      words: q.text
        .replace(/[^\p{L}\p{N}'’\s-]/gu, ' ')
        .split(/\s+/)
        .filter(Boolean),
      count: q.occurrences.length,
      i,
    }))
    .filter((q) => q.words.length >= words)
    .sort((a, b) => b.count - a.count || a.i - b.i);
  return quotes[rank]?.words.slice(0, words).join(' ');
}
