import { mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStory } from '../src/load-story-sync.js';
import { loadStoryAsync } from '../src/load-story-async.js';
import { ask } from '../src/core/answer/ask.js';
import { whoSaid } from '../src/core/answer/quotes.js';
import { timeline } from '../src/core/answer/timeline.js';
import { SEEDS } from './fixtures/read-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'byline-cache-'));
const cache = join(work, 'cache');
const corpus = join(work, 'corpus');
cpSync(SEEDS, corpus, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the snapshot cache', () => {
  it('builds and saves a snapshot once, then loads it with the same answers', () => {
    const built = loadStory(corpus, cache);
    expect(built.fromSnapshot).toBe(false);
    expect(readdirSync(cache)).toEqual([`story-${built.hash}.json`]);
    const loaded = loadStory(corpus, cache);
    expect(loaded.fromSnapshot).toBe(true);
    expect(loaded.hash).toBe(built.hash);
    for (const q of ['Did Sessions offer to resign?', 'Who is the White House press secretary?']) expect(ask(loaded.story, q)).toEqual(ask(built.story, q));
    expect(whoSaid(loaded.story, 'Weak')).toEqual(whoSaid(built.story, 'Weak'));
    expect(timeline(loaded.story)).toEqual(timeline(built.story));
  });

  it('rebuilds when an article changes', () => {
    const before = loadStory(corpus, cache);
    writeFileSync(join(corpus, 'extra.txt'), 'Harbour opens\n\nThe new harbour opened on Monday, the council said.\n');
    const after = loadStory(corpus, cache);
    expect(after.hash).not.toBe(before.hash);
    expect(after.fromSnapshot).toBe(false);
    expect(after.story.articles).toHaveLength(6);
    rmSync(join(corpus, 'extra.txt'));
  });

  it('ignores a corrupt snapshot with a warning, never trusting it, and rebuilds', () => {
    const { hash } = loadStory(corpus, cache);
    writeFileSync(join(cache, `story-${hash}.json`), '{"pipeline": "byline-pipeline-1", "articles": [');
    const again = loadStory(corpus, cache);
    expect(again.fromSnapshot).toBe(false);
    expect(again.warnings.map((w) => w.message).join('\n')).toMatch(/is corrupt or stale.*rebuilding/);
    expect(loadStory(corpus, cache).fromSnapshot).toBe(true);
  });
});

describe('loading in a worker thread', () => {
  it('gives the same story as loading in place, through the snapshot the worker leaves', async () => {
    const asyncCache = join(work, 'async-cache');
    const loaded = await loadStoryAsync(corpus, asyncCache);
    const inPlace = loadStory(corpus, join(work, 'other-cache'));
    expect(loaded.hash).toBe(inPlace.hash);
    expect(readdirSync(asyncCache)).toEqual([`story-${loaded.hash}.json`]);
    expect(ask(loaded.story, 'Did Sessions offer to resign?')).toEqual(ask(inPlace.story, 'Did Sessions offer to resign?'));
  });

  it('reports a missing corpus folder as such', async () => {
    await expect(loadStoryAsync(join(work, 'nowhere'), join(work, 'async-cache'))).rejects.toThrow(/corpus folder not found/);
  });
});
