import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../support/growth.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { ingestArticle } from '../../../src/core/ingest/ingest-article.js';
import { splitBlocks } from '../../../src/core/ingest/split-blocks.js';
import { SEEDS } from '../../fixtures/read-fixture.js';
import { cueMatches } from '../../../src/core/quotes/speech-cues.js';

/** `unit(i)` repeated to `size` characters, on one line. */
function repeated(size: number, unit: (i: number) => string, head = ''): string {
  let text = head;
  for (let i = 0; text.length < size; i++) text += unit(i);
  return text.slice(0, size);
}

/**
 * The seed articles joined into one paragraph, with a `'90s` (a ‘ that opens and never closes)
 * and plural possessives (students' …) every few sentences: the input that made quote blanking
 * and span finding rescan the whole paragraph for every sentence and apostrophe.
 */
function seedsOnOneLine(size: number): string {
  const seeds = readdirSync(SEEDS)
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8').replace(/\s+/g, ' ').trim());
  const base = seeds
    .join(' ')
    .split('. ')
    .map((s, i) => (i % 5 === 0 ? `${s}. Back in the '90s the students' fees and the workers' pay rose` : s))
    .join('. ');
  return repeated(size, () => `${base} `);
}

/** "she said" in every sentence of a story whose only people are men: each pronoun looked back over every sentence. */
const noOneFitsShe = (size: number) =>
  repeated(size, () => 'The vote on the harbor plan was close and bitter, she said. ', 'John Smith met David Jones at the council. ');

/** A new outlet credited in every sentence: each sentence inherited every credit of its paragraph before it. */
const anOutletPerSentence = (size: number) => repeated(size, (i) => `The vote was close, according to the ${townName(i)} Times. `);

/** A distinct capitalised made-up name for each number: Bville, Cville, … Bbville. */
function townName(i: number): string {
  const letters = [...i.toString(25)].map((d) => 'bcdefghijklmnopqrstuvwxyz'[parseInt(d, 25)]!).join('');
  return `${letters[0]!.toUpperCase()}${letters.slice(1)}ville`;
}

function build(text: string): void {
  const { story } = buildStory([{ id: 'one-line', text }]);
  expect(story.sentences.length).toBeGreaterThan(10);
  expect(Math.max(...story.sentences.map((s) => s.credits.length))).toBeLessThanOrEqual(8);
}

describe('a long paragraph', () => {
  it.each([
    ['the seeds on one line', seedsOnOneLine],
    ['a pronoun no one named fits', noOneFitsShe],
    ['an outlet credited in every sentence', anOutletPerSentence],
  ])(
    'builds in time linear in its length (%s): 200 KB takes at most 8 times as long as 50 KB',
    (_name, input) => {
      const texts = new Map([5_000, 50_000, 200_000].map((size) => [size, input(size)]));
      const ratio = growthRatio((size) => build(texts.get(size) ?? input(size)), 50_000);
      // Linear is 4x; the quadratic steps it replaces took 16x, and the seeds 228x (195 s at 200 KB).
      expect(ratio).toBeLessThan(8);
    },
    120_000,
  );
});

describe('a file of many short lines', () => {
  /** A hard-wrapped paragraph of `count` short lines, each carrying the sentence on in lower case. */
  const wrapped = (count: number) => Array.from({ length: count }, (_, i) => (i === 0 ? 'The vote' : i % 2 ? 'went on and' : 'on (for a while')).join('\n');

  it('joins hard-wrapped lines in time linear in their number: 4 times the lines take at most 8 times as long', () => {
    const texts = new Map([2_000, 20_000, 80_000].map((count) => [count, wrapped(count)]));
    const ratio = growthRatio((count) => expect(splitBlocks(texts.get(count) ?? wrapped(count))).toHaveLength(1), 20_000);
    // Linear is 4x; recounting the paragraph's brackets and flattening it at every line was 16x.
    expect(ratio).toBeLessThan(8);
  }, 120_000);

  it('reads a file of 200,000 lines instead of overflowing the stack', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 'and so on' : 'the vote')).join('\n');
    expect(ingestArticle({ id: 'lines', text }).sentences.length).toBeGreaterThan(0);
  });
});

describe('cue verbs in a long text', () => {
  it.each([
    ['capitalised verbs after words ("x Said")', (size: number) => repeated(size, () => 'x Said ')],
    ['statement nouns after words ("war claims")', (size: number) => repeated(size, () => 'war claims ')],
  ])('are found in time linear in the length (%s): 200 KB takes at most 8 times as long as 50 KB', (_name, input) => {
    const texts = new Map([5_000, 50_000, 200_000].map((size) => [size, input(size)]));
    // Each match looks at the words just before it, not at all the text before it (that was 16x).
    const ratio = growthRatio((size) => void cueMatches(texts.get(size) ?? input(size)), 50_000);
    expect(ratio).toBeLessThan(8);
  });
});
