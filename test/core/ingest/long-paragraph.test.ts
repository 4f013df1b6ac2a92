import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/build-story.js';
import { SEEDS } from '../../fixtures/read-fixture.js';

/**
 * The seed articles joined into one paragraph of `size` characters, with a `'90s` (a ‘ that opens
 * and never closes) and plural possessives (students' …) every few sentences: the input that made
 * quote blanking and span finding rescan the whole paragraph for every sentence and apostrophe.
 */
function oneLineStory(size: number): string {
  const seeds = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8').replace(/\s+/g, ' ').trim());
  const base = seeds
    .join(' ')
    .split('. ')
    .map((s, i) => (i % 5 === 0 ? `${s}. Back in the '90s the students' fees and the workers' pay rose` : s))
    .join('. ');
  return `${base} `.repeat(Math.ceil(size / base.length)).slice(0, size);
}

function buildTime(size: number): number {
  const text = oneLineStory(size);
  const start = performance.now();
  const { story } = buildStory([{ id: 'one-line', text }]);
  const took = performance.now() - start;
  expect(story.quotes.length).toBeGreaterThan(0);
  return took;
}

describe('a whole corpus on one line', () => {
  it('builds in time linear in the paragraph: 200 KB takes at most 8 times as long as 50 KB', () => {
    buildTime(5_000); // compromise's lexicon and the regular expressions warm up first
    const small = Math.min(buildTime(50_000), buildTime(50_000));
    const large = buildTime(200_000);
    // Linear is 4x; the quadratic span finding and per-sentence blanking it replaces took 100x and more.
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});
