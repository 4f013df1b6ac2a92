/**
 * A story as plain data, to save once and load fast: everything but the derived look-ups, which
 * are rebuilt on load (sentences by article, the index's term sets).
 */
import type { Article, Person, Sentence, Story, StoryEvent, StoryQuote } from './types.js';
import { loadSentenceIndex, type SavedIndex } from './index/sentence-index.js';
import type { Thesaurus } from './index/thesaurus.js';
import { PIPELINE_VERSION } from './pipeline-version.js';

/** The saved form of a story. */
export interface StorySnapshot {
  pipeline: string;
  articles: Article[];
  sentences: Sentence[];
  people: Person[];
  quotes: StoryQuote[];
  events: StoryEvent[];
  index: SavedIndex;
}

/** The story as a snapshot. */
export function toSnapshot(story: Story): StorySnapshot {
  const { articles, sentences, people, quotes, events } = story;
  return { pipeline: PIPELINE_VERSION, articles, sentences, people, quotes, events, index: story.index.toJSON() };
}

/** The story back from a snapshot; throws when the snapshot is of another pipeline or malformed. */
export function fromSnapshot(snapshot: StorySnapshot, thesaurus?: Thesaurus): Story {
  if (snapshot.pipeline !== PIPELINE_VERSION) throw new Error(`snapshot of pipeline ${snapshot.pipeline}, not ${PIPELINE_VERSION}`);
  if (!Array.isArray(snapshot.articles) || !Array.isArray(snapshot.sentences) || typeof snapshot.index !== 'object') throw new Error('snapshot is malformed');
  const titles = new Map(snapshot.articles.map((a) => [a.id, a.title]));
  const index = loadSentenceIndex(snapshot.index, snapshot.sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' })));
  const byArticle = new Map(snapshot.articles.map((a) => [a.id, [] as Sentence[]]));
  for (const s of snapshot.sentences) byArticle.get(s.article)?.push(s);
  const story: Story = { articles: snapshot.articles, sentences: snapshot.sentences, people: snapshot.people, quotes: snapshot.quotes, events: snapshot.events, index, byArticle };
  if (thesaurus) story.thesaurus = thesaurus;
  return story;
}
