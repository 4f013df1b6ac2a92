/**
 * A story back from a snapshot's bytes (see encode-snapshot.ts). Anything that does not fit (cut
 * short, an array of the wrong length) throws: a snapshot is never half-trusted. Which pipeline
 * made it is the cache's concern: its key holds the snapshot version.
 *
 * Decoding is a series of small steps (a generator that yields between them), so that a bot that
 * reloads its story can answer between steps; `decodeSnapshot` runs them all at once.
 */
import type { Sentence, Story, StoryEvent, StoryServices } from '../types.js';
import { prepareStorySteps } from '../story/prepare-story.js';
import type { PackedIndex } from '../index/packed-index.js';
import { loadSentenceIndexSteps } from '../index/sentence-index.js';
import { readSectionsSteps, type SavedArray } from './sections.js';
import { unpackLists } from './string-lists.js';
import { readJsonPieces } from './json-pieces.js';
import { SNAPSHOT_LISTS, type SnapshotHeader, type SnapshotLists } from './encode-snapshot.js';
import { runSteps } from '../text/run-steps.js';

/** Sentences, events or quotes handled between two yields. */
const BATCH = 1_000;
/** Bytes of sentence text decoded between two yields. */
const TEXT_BATCH = 1 << 18;

/** The story a snapshot holds, prepared with `services`; throws when the snapshot is malformed. */
export function decodeSnapshot(bytes: Uint8Array, services: StoryServices = {}): Story {
  return runSteps(decodeSnapshotSteps(bytes, services));
}

/** `decodeSnapshot` as steps of a few milliseconds each: the story is the generator's return value. */
export function* decodeSnapshotSteps(bytes: Uint8Array, services: StoryServices = {}): Generator<void, Story> {
  const { header: raw, arrays } = yield* readSectionsSteps(bytes);
  const header = raw as SnapshotHeader;
  if (typeof header !== 'object' || header === null || typeof header.index !== 'object' || header.index === null) throw new Error('snapshot is malformed');
  const array = <T extends SavedArray>(name: string, kind: abstract new (...args: never[]) => T): T => {
    const found = arrays.get(name);
    if (!(found instanceof kind)) throw new Error(`snapshot is malformed (no ${name})`);
    return found;
  };
  yield;
  const lists: Record<string, unknown[]> = {};
  for (const name of SNAPSHOT_LISTS) lists[name] = yield* readJsonPieces(array(`list:${name}`, Uint8Array));
  const saved = lists as unknown as SnapshotLists;
  // 1. Sentences: their columns, their texts cut from one decoded run, their lists of names.
  const sentences = yield* sentencesOf(saved, (name) => array(name, Uint32Array), array('sentenceText', Uint8Array));
  const byArticle = new Map(saved.articles.map((a) => [a.id, [] as Sentence[]]));
  for (const s of sentences) byArticle.get(s.article)!.push(s);
  yield;
  // 2. Events: each occurrence's text is its sentence's.
  const events: StoryEvent[] = [];
  for (const { occurrences, ...event } of saved.events) {
    const shown = occurrences.map(([article, sentence]) => {
      const found = byArticle.get(article)?.[sentence - 1];
      if (!found) throw new Error(`snapshot is malformed (no sentence ${sentence} in ${article})`);
      return { article, sentence, text: found.text };
    });
    events.push({ ...event, text: shown[0]!.text, occurrences: shown });
    if (events.length % BATCH === 0) yield;
  }
  // 3. The index: its arrays as they were saved, checked, and the ranking's tables worked out.
  const packed: PackedIndex = {
    ...header.index,
    terms: saved.terms,
    documentIds: array('indexDocumentIds', Int32Array),
    fieldLength: array('indexFieldLength', Uint32Array),
    starts: array('indexStarts', Uint32Array),
    documents: array('indexDocuments', Uint32Array),
    counts: array('indexCounts', Uint32Array),
    byPrefix: array('indexByPrefix', Uint32Array),
    bySuffix: array('indexBySuffix', Uint32Array),
  };
  const index = yield* loadSentenceIndexSteps(packed);
  // 4. Every reference points at something there: the index's documents and the quotes' sentences.
  if (packed.documentCount !== sentences.length || packed.documentIds.some((id) => id < -1 || id >= sentences.length))
    throw new Error('snapshot is malformed (index)');
  yield;
  for (const [i, q] of saved.quotes.entries()) {
    if (!q.occurrences.every((o) => byArticle.get(o.article)?.[o.sentence - 1])) throw new Error('snapshot is malformed (quotes)');
    if (i % BATCH === BATCH - 1) yield;
  }
  // 5. The look-ups answers need, worked out as a built story's are.
  return yield* prepareStorySteps({ articles: saved.articles, sentences, people: saved.people, quotes: saved.quotes, events, index, byArticle }, services);
}

function* sentencesOf(saved: SnapshotLists, numbers: (name: string) => Uint32Array, utf8: Uint8Array): Generator<void, Sentence[]> {
  const [article, n, paragraph, ends] = ['sentenceArticle', 'sentenceNumber', 'sentenceParagraph', 'sentenceTextEnd'].map(numbers) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const count = article.length;
  // One run of every text (the byte-order mark kept, as the offsets count it), decoded a quarter of a megabyte at a time; each text a slice of it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  for (let from = 0; from < utf8.length; from += TEXT_BATCH) {
    parts.push(decoder.decode(utf8.subarray(from, from + TEXT_BATCH), { stream: true }));
    yield;
  }
  parts.push(decoder.decode());
  // Joined flat here, in a step of its own (the first slice of a joined string would copy it all).
  const texts = flat(parts.join(''));
  yield;
  if ([n, paragraph, ends].some((a) => a.length !== count) || (count > 0 && ends[count - 1] !== texts.length))
    throw new Error('snapshot is malformed (sentences)');
  const people = unpackLists({ starts: numbers('peopleStarts'), items: numbers('peopleItems') }, count, saved.names);
  yield;
  const credits = unpackLists({ starts: numbers('creditStarts'), items: numbers('creditItems') }, count, saved.names);
  const norms = new Map(saved.norms);
  const headers = new Set(saved.headers);
  yield;
  const sentences: Sentence[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const owner = saved.articles[article[i]!];
    // Each article's sentences together and numbered from 1, as a story keeps them.
    const follows = i > 0 && article[i] === article[i - 1] ? n[i - 1]! + 1 : 1;
    if (!owner || n[i] !== follows) throw new Error('snapshot is malformed (sentences)');
    const text = texts.slice(i === 0 ? 0 : ends[i - 1]!, ends[i]!);
    const sentence: Sentence = {
      article: owner.id,
      n: n[i]!,
      paragraph: paragraph[i]!,
      text,
      norm: norms.get(i) ?? text,
      credits: credits[i]!,
      people: people[i]!,
    };
    sentences[i] = headers.has(i) ? { ...sentence, header: true } : sentence;
    if (i % BATCH === BATCH - 1) yield;
  }
  return sentences;
}

/** The string with its characters in one run (V8 keeps a joined string as its parts until first read). */
function flat(text: string): string {
  text.charCodeAt(text.length >> 1);
  return text;
}
