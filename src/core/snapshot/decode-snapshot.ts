/**
 * A story back from a snapshot's bytes (see encode-snapshot.ts). Anything that does not fit (cut
 * short, an array of the wrong length) throws: a snapshot is never half-trusted. Which pipeline
 * made it is the cache's concern: its key holds the snapshot version.
 */
import type { Sentence, Story, StoryEvent } from '../types.js';
import type { Thesaurus } from '../index/thesaurus.js';
import type { PackedIndex } from '../index/packed-index.js';
import { loadSentenceIndex } from '../index/sentence-index.js';
import { readSections, type SavedArray } from './sections.js';
import { unpackLists } from './string-lists.js';
import type { SnapshotHeader } from './encode-snapshot.js';

/** The story a snapshot holds; throws when the snapshot is malformed. */
export function decodeSnapshot(bytes: Uint8Array, thesaurus?: Thesaurus): Story {
  const { header: raw, arrays } = readSections(bytes);
  const header = raw as SnapshotHeader;
  if (typeof header !== 'object' || header === null || ![header.articles, header.people, header.quotes, header.events, header.norms, header.names].every(Array.isArray) || typeof header.index !== 'object' || header.index === null) throw new Error('snapshot is malformed');
  const array = <T extends SavedArray>(name: string, kind: abstract new (...args: never[]) => T): T => {
    const found = arrays.get(name);
    if (!(found instanceof kind)) throw new Error(`snapshot is malformed (no ${name})`);
    return found;
  };
  // 1. Sentences: their columns, their texts cut from one decoded run, their lists of names.
  const sentences = sentencesOf(header, (name) => array(name, Uint32Array), array('sentenceText', Uint8Array));
  const byArticle = new Map(header.articles.map((a) => [a.id, [] as Sentence[]]));
  for (const s of sentences) byArticle.get(s.article)!.push(s);
  // 2. Events: each occurrence's text is its sentence's.
  const events = header.events.map(({ occurrences, ...event }): StoryEvent => {
    const shown = occurrences.map(([article, sentence]) => {
      const found = byArticle.get(article)?.[sentence - 1];
      if (!found) throw new Error(`snapshot is malformed (no sentence ${sentence} in ${article})`);
      return { article, sentence, text: found.text };
    });
    return { ...event, text: shown[0]!.text, occurrences: shown };
  });
  // 3. The index: its arrays as they were saved.
  const packed: PackedIndex = {
    ...header.index,
    documentIds: array('indexDocumentIds', Int32Array),
    fieldLength: array('indexFieldLength', Uint32Array),
    starts: array('indexStarts', Uint32Array),
    documents: array('indexDocuments', Uint32Array),
    counts: array('indexCounts', Uint32Array),
    byPrefix: array('indexByPrefix', Uint32Array),
    bySuffix: array('indexBySuffix', Uint32Array),
  };
  const index = loadSentenceIndex(packed);
  // 4. Every reference points at something there: the index's documents and the quotes' sentences.
  if (packed.documentCount !== sentences.length || packed.documentIds.some((id) => id < -1 || id >= sentences.length)) throw new Error('snapshot is malformed (index)');
  for (const q of header.quotes) if (!q.occurrences.every((o) => byArticle.get(o.article)?.[o.sentence - 1])) throw new Error('snapshot is malformed (quotes)');
  const story: Story = { articles: header.articles, sentences, people: header.people, quotes: header.quotes, events, index, byArticle };
  if (thesaurus) story.thesaurus = thesaurus;
  return story;
}

function sentencesOf(header: SnapshotHeader, numbers: (name: string) => Uint32Array, utf8: Uint8Array): Sentence[] {
  const [article, n, paragraph, ends] = ['sentenceArticle', 'sentenceNumber', 'sentenceParagraph', 'sentenceTextEnd'].map(numbers) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const count = article.length;
  // One decode for every text (the byte-order mark kept, as the offsets count it); each text a slice of it.
  const texts = new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8);
  if ([n, paragraph, ends].some((a) => a.length !== count) || (count > 0 && ends[count - 1] !== texts.length)) throw new Error('snapshot is malformed (sentences)');
  const people = unpackLists({ starts: numbers('peopleStarts'), items: numbers('peopleItems') }, count, header.names);
  const credits = unpackLists({ starts: numbers('creditStarts'), items: numbers('creditItems') }, count, header.names);
  const norms = new Map(header.norms);
  const sentences: Sentence[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const owner = header.articles[article[i]!];
    // Each article's sentences together and numbered from 1, as a story keeps them.
    const follows = i > 0 && article[i] === article[i - 1] ? n[i - 1]! + 1 : 1;
    if (!owner || n[i] !== follows) throw new Error('snapshot is malformed (sentences)');
    const text = texts.slice(i === 0 ? 0 : ends[i - 1]!, ends[i]!);
    sentences[i] = { article: owner.id, n: n[i]!, paragraph: paragraph[i]!, text, norm: norms.get(i) ?? text, credits: credits[i]!, people: people[i]! };
  }
  return sentences;
}
