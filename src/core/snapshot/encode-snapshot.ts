/**
 * A story as one byte array, to save once and load fast: its tables as arrays (the index's
 * postings, each sentence's article, number and paragraph, all sentence texts as one UTF-8 run),
 * the long lists (articles, cast, quotes, events, the index's terms) as JSON in pieces, and a small
 * JSON header. Derived look-ups are left out and rebuilt on load (sentences by article, an event's
 * texts, which are its sentences').
 */
import type { StoryData, StoryEvent } from '../types.js';
import { writeSections } from './sections.js';
import { packLists } from './string-lists.js';
import { writeJsonPieces } from './json-pieces.js';

/** An event saved without its texts: each occurrence is [article, sentence number]. */
export type SavedEvent = Omit<StoryEvent, 'text' | 'occurrences'> & { occurrences: [string, number][] };

/** The JSON header of a snapshot. */
export interface SnapshotHeader {
  index: { fields: string[]; documentCount: number; averageFieldLength: number[] };
}

/** The long lists of a snapshot, each saved in pieces as the array `list:NAME`. */
export interface SnapshotLists {
  articles: StoryData['articles'];
  people: StoryData['people'];
  quotes: StoryData['quotes'];
  events: SavedEvent[];
  /** The few sentences whose folded form differs from their text: [position, folded]. */
  norms: [number, string][];
  /** The positions of the sentences that are header lines (headline, deck). */
  headers: number[];
  /** The distinct strings the sentences' people and credits lists refer to. */
  names: string[];
  /** The index's terms, in its order. */
  terms: string[];
}

/** The names of the long lists, in the order they are saved. */
export const SNAPSHOT_LISTS = [
  'articles',
  'people',
  'quotes',
  'events',
  'norms',
  'headers',
  'names',
  'terms',
] as const satisfies readonly (keyof SnapshotLists)[];

/** The story as a snapshot's bytes. */
export function encodeSnapshot(story: StoryData): Uint8Array {
  const { articles, sentences, index } = story;
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const names: string[] = [];
  const places = new Map<string, number>();
  const people = packLists(
    sentences.map((s) => s.people),
    names,
    places,
  );
  const credits = packLists(
    sentences.map((s) => s.credits),
    names,
    places,
  );
  const ends = new Uint32Array(sentences.length);
  let end = 0;
  sentences.forEach((s, i) => (ends[i] = end += s.text.length));
  const packed = index.packed;
  const header: SnapshotHeader = {
    index: { fields: packed.fields, documentCount: packed.documentCount, averageFieldLength: packed.averageFieldLength },
  };
  const lists: SnapshotLists = {
    articles,
    people: story.people,
    quotes: story.quotes,
    events: story.events.map(({ text: _text, occurrences, ...event }) => ({
      ...event,
      occurrences: occurrences.map((o): [string, number] => [o.article, o.sentence]),
    })),
    norms: sentences.flatMap((s, i): [number, string][] => (s.norm === s.text ? [] : [[i, s.norm]])),
    headers: sentences.flatMap((s, i) => (s.header ? [i] : [])),
    names,
    terms: packed.terms,
  };
  return writeSections(header, {
    ...Object.fromEntries(SNAPSHOT_LISTS.map((name) => [`list:${name}`, writeJsonPieces(lists[name])])),
    sentenceArticle: Uint32Array.from(sentences, (s) => position.get(s.article)!),
    sentenceNumber: Uint32Array.from(sentences, (s) => s.n),
    sentenceParagraph: Uint32Array.from(sentences, (s) => s.paragraph),
    sentenceText: new TextEncoder().encode(sentences.map((s) => s.text).join('')),
    sentenceTextEnd: ends,
    peopleStarts: people.starts,
    peopleItems: people.items,
    creditStarts: credits.starts,
    creditItems: credits.items,
    indexDocumentIds: packed.documentIds,
    indexFieldLength: packed.fieldLength,
    indexStarts: packed.starts,
    indexDocuments: packed.documents,
    indexCounts: packed.counts,
    indexByPrefix: packed.byPrefix,
    indexBySuffix: packed.bySuffix,
  });
}
