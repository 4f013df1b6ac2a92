/**
 * A story as plain data, to save once and load fast: everything but the derived look-ups, which
 * are rebuilt on load (sentences by article), and without repeating itself: a sentence is a row
 * whose folded form is kept only when it differs from its text, and an event's texts are its
 * sentences'. An archive's snapshot is a third smaller, and JSON.parse time follows its size.
 */
import type { Article, Person, Sentence, Story, StoryEvent, StoryQuote } from './types.js';
import { loadSentenceIndex, type SavedIndex } from './index/sentence-index.js';
import type { Thesaurus } from './index/thesaurus.js';
import { PIPELINE_VERSION } from './pipeline-version.js';

/** A sentence saved as a row: article (its position), n, paragraph, text, norm (0: the text), credits, people. */
type SentenceRow = [number, number, number, string, string | 0, string[], string[]];

/** An event saved without its texts: each occurrence is [article, sentence number]. */
type EventRow = Omit<StoryEvent, 'text' | 'occurrences'> & { occurrences: [string, number][] };

/** The saved form of a story. */
export interface StorySnapshot {
  pipeline: string;
  articles: Article[];
  sentences: SentenceRow[];
  people: Person[];
  quotes: StoryQuote[];
  events: EventRow[];
  index: SavedIndex;
}

/** The story as a snapshot. */
export function toSnapshot(story: Story): StorySnapshot {
  const { articles, people, quotes } = story;
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const sentences = story.sentences.map((s): SentenceRow => [position.get(s.article)!, s.n, s.paragraph, s.text, s.norm === s.text ? 0 : s.norm, s.credits, s.people]);
  const events = story.events.map(({ text: _text, occurrences, ...event }): EventRow => ({ ...event, occurrences: occurrences.map((o) => [o.article, o.sentence]) }));
  return { pipeline: PIPELINE_VERSION, articles, sentences, people, quotes, events, index: story.index.toJSON() };
}

/** The story back from a snapshot; throws when the snapshot is of another pipeline or malformed. */
export function fromSnapshot(snapshot: StorySnapshot, thesaurus?: Thesaurus): Story {
  if (snapshot.pipeline !== PIPELINE_VERSION) throw new Error(`snapshot of pipeline ${snapshot.pipeline}, not ${PIPELINE_VERSION}`);
  if (![snapshot.articles, snapshot.sentences, snapshot.events].every(Array.isArray) || typeof snapshot.index !== 'object') throw new Error('snapshot is malformed');
  const { articles } = snapshot;
  const sentences = snapshot.sentences.map(([article, n, paragraph, text, norm, credits, people]): Sentence => ({ article: articles[article]!.id, n, paragraph, text, norm: norm === 0 ? text : norm, credits, people }));
  const byArticle = new Map(articles.map((a) => [a.id, [] as Sentence[]]));
  for (const s of sentences) byArticle.get(s.article)!.push(s);
  const textOf = (article: string, n: number) => {
    const sentence = byArticle.get(article)?.[n - 1];
    if (!sentence) throw new Error(`snapshot is malformed (no sentence ${n} in ${article})`);
    return sentence.text;
  };
  const events = snapshot.events.map(({ occurrences, ...event }): StoryEvent => {
    const shown = occurrences.map(([article, sentence]) => ({ article, sentence, text: textOf(article, sentence) }));
    return { ...event, text: shown[0]!.text, occurrences: shown };
  });
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const at = (id: number) => ({ id, text: sentences[id]!.norm, people: sentences[id]!.people.join(' '), title: titles.get(sentences[id]!.article) ?? '' });
  const index = loadSentenceIndex(snapshot.index, { count: sentences.length, at });
  const story: Story = { articles, sentences, people: snapshot.people, quotes: snapshot.quotes, events, index, byArticle };
  if (thesaurus) story.thesaurus = thesaurus;
  return story;
}
