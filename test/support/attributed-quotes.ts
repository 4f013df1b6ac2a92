/**
 * The quotes `extractQuotes` finds in one article, each with its speaker: the article given as
 * text, or a file of test/fixtures/quotes/patterns by name. The cast is the story's own, or the
 * one given (empty: every name is unknown to it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../../src/core/story/build-story.js';
import { buildCastLookup } from '../../src/core/people/cast-lookup.js';
import { extractQuotes } from '../../src/core/quotes/extract-quotes.js';
import type { Person } from '../../src/core/types.js';
import { FIXTURES } from '../fixtures/read-fixture.js';

const PATTERNS = join(FIXTURES, '..', 'quotes', 'patterns');

/** [quote, speaker] for each quote of an article's text. */
export function attributedQuotes(id: string, text: string, cast?: Person[]): [string, string | null][] {
  const { story } = buildStory([{ id, text }]);
  return extractQuotes(story.byArticle.get(id)!, buildCastLookup(cast ?? story.people)).map((q) => [q.text, q.attribution?.speaker ?? null]);
}

/** The same for a pattern fixture, by its name without `.txt`. */
export function patternQuotes(name: string, cast?: Person[]): [string, string | null][] {
  return attributedQuotes(name, readFileSync(join(PATTERNS, `${name}.txt`), 'utf8'), cast);
}

/** The speaker given to the quote that opens with `start` in an article's text (undefined when no quote does). */
export function speakerOf(text: string, start: string): string | null | undefined {
  return attributedQuotes('a1', text).find(([q]) => q.startsWith(start))?.[1];
}

/** An article's text: its headline, then each paragraph, a blank line after each. */
export function articleUnder(headline: string): (...paragraphs: string[]) => string {
  return (...paragraphs) => [headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}
