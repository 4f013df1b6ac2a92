import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { OPTIONS, type IndexedSentence } from '../../../src/core/index/sentence-index.js';
import { packIndex, unpackIndex } from '../../../src/core/index/packed-index.js';
import { loadStory } from '../../../src/load-story-sync.js';
import { SEEDS } from '../../fixtures/read-fixture.js';

const EVAL = join(import.meta.dirname, '..', '..', '..', 'eval', 'questions');
const questions = ['seeds.json', 'bbc.json'].flatMap((f) => (JSON.parse(readFileSync(join(EVAL, f), 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q));

describe('packIndex / unpackIndex', () => {
  const { story } = loadStory(SEEDS);
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const built = new MiniSearch<IndexedSentence>(OPTIONS);
  built.addAll(story.sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' })));

  it('an index saved packed and loaded again searches exactly as the one built: every evaluation question', () => {
    const loaded = unpackIndex<IndexedSentence>(JSON.parse(JSON.stringify(packIndex(built))), OPTIONS);
    expect(loaded.documentCount).toBe(built.documentCount);
    expect(loaded.termCount).toBe(built.termCount);
    let results = 0;
    for (const q of [...questions, 'Sesions recusal']) {
      const expected = built.search(q);
      expect(loaded.search(q), q).toEqual(expected);
      results += expected.length;
    }
    expect(results).toBeGreaterThan(1000);
    // The same content: the terms' order in the tree follows the order they were added.
    const content = (m: MiniSearch<IndexedSentence>) => ({ ...m.toJSON(), index: [...m.toJSON().index].sort(([a], [b]) => (a < b ? -1 : 1)) });
    expect(content(loaded)).toEqual(content(built));
  });

  it('refuses a saved index that is not one', () => {
    expect(() => unpackIndex({ version: 1, terms: ['a'], postings: [] } as never, OPTIONS)).toThrow(/malformed/);
  });
});
