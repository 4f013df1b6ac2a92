/** The seed story indexed by MiniSearch as a story indexes its sentences, and that index packed: what the index tests hold our code to. */
import MiniSearch from 'minisearch';
import { OPTIONS, type IndexedSentence } from '../../../src/core/index/sentence-index.js';
import { packIndex, type PackedIndex } from '../../../src/core/index/packed-index.js';
import type { Story } from '../../../src/core/types.js';
import { buildStory } from '../../../src/core/build-story.js';
import { readCorpus } from '../../../src/store/corpus/read-corpus.js';
import { SEEDS } from '../../fixtures/read-fixture.js';

/** The seed story, a MiniSearch over its sentences (text, people, headline), and the packed copy of it. */
export function seedIndex(): { story: Story; mini: MiniSearch<IndexedSentence>; packed: PackedIndex } {
  const { story } = buildStory(readCorpus(SEEDS).sources, {});
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const mini = new MiniSearch<IndexedSentence>(OPTIONS);
  mini.addAll(story.sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' })));
  return { story, mini, packed: packIndex(mini) };
}
