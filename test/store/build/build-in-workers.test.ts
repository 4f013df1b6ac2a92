import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStoryInWorkers } from '../../../src/store/build/build-in-workers.js';
import { buildStory } from '../../../src/core/build-story.js';
import { encodeSnapshot } from '../../../src/core/snapshot/encode-snapshot.js';
import { readCorpus } from '../../../src/store/corpus/read-corpus.js';
import type { ArticleSource } from '../../../src/core/types.js';
import { FIXTURES, SEEDS } from '../../fixtures/read-fixture.js';

/** The seeds, every hand-made fixture article, and one that has no sentence at all. */
function corpus(): ArticleSource[] {
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: `fixture-${f}`, text: readFileSync(join(FIXTURES, f), 'utf8') }));
  return [...readCorpus(SEEDS).sources, ...fixtures, { id: 'blank.txt', text: ' \n\n — \n' }];
}

describe('buildStoryInWorkers', () => {
  it('when two workers share the articles, builds exactly the story one thread builds, warnings included', async () => {
    const sources = corpus();
    const steps: string[] = [];
    const parallel = await buildStoryInWorkers(sources, {}, undefined, { workers: 2, onStep: (step) => steps.push(step) });
    const single = buildStory(sources, {});
    expect(Buffer.from(encodeSnapshot(parallel.story)).equals(Buffer.from(encodeSnapshot(single.story)))).toBe(true);
    expect(parallel.warnings).toEqual(single.warnings);
    expect(parallel.warnings.map((w) => w.file)).toEqual(['blank.txt']);
    expect(parallel.story.quotes.length).toBeGreaterThan(20);
    expect(steps).toEqual(['read', 'cast', 'index', 'reports', 'merge']);
  }, 60_000);

  it('reports the articles read and those whose quotes were found, summed over the workers, up to all of them', async () => {
    const sources = corpus();
    const heard: [string, number, number][] = [];
    await buildStoryInWorkers(sources, {}, undefined, { workers: 2, onProgress: (step, done, total) => heard.push([step, done, total]) });
    const articles = heard.filter(([step]) => step === 'articles');
    const quotes = heard.filter(([step]) => step === 'quotes');
    expect(articles.at(-1)).toEqual(['articles', sources.length, sources.length]);
    // The article with no sentence has no quotes to find.
    expect(quotes.at(-1)).toEqual(['quotes', sources.length - 1, sources.length - 1]);
    expect(articles.map(([, done]) => done)).toEqual([...articles.map(([, done]) => done)].sort((a, b) => a - b));
    expect(heard.findIndex(([step]) => step === 'quotes')).toBeGreaterThan(heard.map(([step]) => step).lastIndexOf('articles'));
  }, 60_000);

  it('with more workers than articles, still reads every article', async () => {
    const sources = readCorpus(SEEDS).sources.slice(0, 2);
    const { story } = await buildStoryInWorkers(sources, {}, undefined, { workers: 4 });
    expect(story.articles.map((a) => a.id)).toEqual(sources.map((s) => s.id).sort());
  }, 60_000);
});
