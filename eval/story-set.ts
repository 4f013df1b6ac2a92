/**
 * The evaluation stories (eval/stories/*.json): each names its articles and holds the gold written
 * by reading them — questions, quotes with speakers, the cast and dated events — every item marked
 * as belonging to the tuning half or to the frozen test half.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../src/core/build-story.js';
import type { Story } from '../src/core/types.js';
import { decodeArticle } from '../src/store/corpus/decode-article.js';
import { openWordnetThesaurus } from '../src/store/thesaurus/wordnet-thesaurus.js';

/** Which half an item belongs to: tuned on, or frozen and only scored. */
export type Half = 'tune' | 'test';

/** A question and the verbatim phrases a right answer contains (none: the story cannot answer it). */
export interface GoldQuestion {
  q: string;
  expect: string[];
  half: Half;
}
/** A quote as written between its marks, with the speaker a reader would name. */
export interface GoldQuote {
  article: string;
  quote: string;
  speaker: string | null;
  kind: string | null;
  half: Half;
}
/** A sentence that says when something happened: a verbatim phrase of it and the date it means. */
export interface GoldEvent {
  article: string;
  phrase: string;
  date: string | null;
  half: Half;
}
/** A named person a reader would list, with the other forms the articles use. */
export interface GoldPerson {
  name: string;
  aliases?: string[];
}

/** One story's gold. */
export interface StorySet {
  name: string;
  about: string;
  /** `seeds` (the project's own folder), `bbc` or `reuters` (under ../shared/corpora). */
  root: 'seeds' | 'bbc' | 'reuters';
  files: string[];
  cast?: GoldPerson[];
  /** Real people the articles name in passing (bylines, promotions): not wrong to list, not missed if left out. */
  alsoPeople?: string[];
  questions: GoldQuestion[];
  quotes?: GoldQuote[];
  /** Files whose every quote is annotated, so that extraction's precision can be graded on them. */
  annotatedQuoteFiles?: string[];
  events?: GoldEvent[];
  notEvents?: { article: string; phrase: string }[];
}

const PROJECT = join(import.meta.dirname, '..');
const CORPORA = join(PROJECT, '..', 'shared', 'corpora');

/** Every story set, by name order (seeds first). */
export function readStorySets(): StorySet[] {
  const dir = join(import.meta.dirname, 'stories');
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as StorySet);
  return sets.sort((a, b) => (a.name === 'seeds' ? -1 : b.name === 'seeds' ? 1 : a.name.localeCompare(b.name)));
}

/** The folder a set's files are relative to. */
export function rootOf(set: StorySet): string {
  return set.root === 'seeds' ? join(PROJECT, 'seeds') : join(CORPORA, set.root);
}

/** Whether the set's articles are on this machine (the shared corpora may be absent). */
export function isAvailable(set: StorySet): boolean {
  return existsSync(rootOf(set));
}

/** Builds the story of a set's files as the CLI would from a folder of them (ids: paths without `.txt`). */
export function buildSetStory(set: StorySet, files: string[] = set.files): Story {
  const sources = files.map((file) => {
    const decoded = decodeArticle(readFileSync(join(rootOf(set), file)));
    return { id: file.replace(/\.txt$/, ''), text: decoded.ok ? decoded.text : '' };
  });
  return buildStory(sources, {}, openWordnetThesaurus()).story;
}

/** The items of one half. */
export function halfOf<T extends { half: Half }>(items: T[] | undefined, half: Half): T[] {
  return (items ?? []).filter((i) => i.half === half);
}
