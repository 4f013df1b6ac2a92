import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_BOOST } from '../../../src/core/index/sentence-index.js';
import { rankSentences } from '../../../src/core/index/rank-sentences.js';
import { termOf, tokenize } from '../../../src/core/index/terms.js';
import { expandQuery } from '../../../src/core/answer/expand-query.js';
import { openWordnetThesaurus } from '../../../src/store/thesaurus/wordnet-thesaurus.js';
import { seedIndex } from './seed-index.js';

const EVAL = join(import.meta.dirname, '..', '..', '..', 'eval', 'stories');
const questions = ['seeds.json', 'bbc-mixed.json'].flatMap((f) =>
  (JSON.parse(readFileSync(join(EVAL, f), 'utf8')) as { questions: { q: string }[] }).questions.map((q) => q.q),
);

describe('rankSentences', () => {
  const { mini, packed } = seedIndex();
  const thesaurus = openWordnetThesaurus();

  it('ranks every evaluation question, widened with synonyms, as MiniSearch.search does: same sentences, order and scores', () => {
    let compared = 0;
    for (const question of [...questions, 'Sessions Sessions recusal', 'recusel', 'zzz', questions.join(' ')]) {
      const expanded = expandQuery(question, thesaurus);
      const boostTerm = (term: string) => expanded.boosts.get(term) ?? 1;
      const theirs = mini
        .search(expanded.text, { boostTerm })
        .slice(0, 60)
        .map((r) => ({ id: r.id as number, score: r.score, queryTerms: r.queryTerms }));
      const terms = tokenize(expanded.text)
        .map(termOf)
        .filter((t): t is string => t !== null);
      const ours = rankSentences(packed, terms, 60, { boost: FIELD_BOOST, fuzzyFrom: 7, boostTerm }).map(({ termsByField: _, ...r }) => r);
      expect(ours, question).toEqual(theirs);
      compared += theirs.length;
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
