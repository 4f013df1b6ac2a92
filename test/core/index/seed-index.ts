/** The seed story's sentences indexed by our index and by MiniSearch, the reference the index tests hold our code to. */
import MiniSearch, { type Options } from 'minisearch';
import { FIELD_BOOST, FIELDS, FUZZY_FROM, type IndexedSentence } from '../../../src/core/index/sentence-index.js';
import type { PackedIndex } from '../../../src/core/index/packed-index.js';
import { termOf, tokenize } from '../../../src/core/index/terms.js';
import type { Story } from '../../../src/core/types.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { readCorpus } from '../../../src/store/corpus/read-corpus.js';
import { SEEDS } from '../../fixtures/read-fixture.js';

/** MiniSearch set up as our index is: the same fields, words, terms, field boosts, OR and fuzzy matching. */
export const MINISEARCH_OPTIONS: Options<IndexedSentence> = {
  fields: [...FIELDS],
  tokenize,
  processTerm: (term: string) => termOf(term) ?? null,
  searchOptions: { boost: FIELD_BOOST, combineWith: 'OR', fuzzy: (term: string) => (term.length >= FUZZY_FROM ? 1 : false) },
};

/** The seed story with its own packed index, its sentences as the index takes them (text, people, headline), and MiniSearch over them. */
export function seedIndex(): { story: Story; sentences: IndexedSentence[]; mini: MiniSearch<IndexedSentence>; packed: PackedIndex } {
  const { story } = buildStory(readCorpus(SEEDS).sources, {});
  const titles = new Map(story.articles.map((a) => [a.id, a.title]));
  const sentences = story.sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' }));
  const mini = new MiniSearch<IndexedSentence>(MINISEARCH_OPTIONS);
  mini.addAll(sentences);
  return { story, sentences, mini, packed: story.index.packed };
}
