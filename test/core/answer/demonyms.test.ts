import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../../src/core/answer/expand-query.js';
import { addCountriesOfPeoples } from '../../../src/core/answer/demonyms.js';
import { termOf } from '../../../src/core/index/terms.js';

const groupOf = (question: string, word: string) => addCountriesOfPeoples(expandQuery(question)).groups.get(termOf(word)!)!;

describe('addCountriesOfPeoples: a nationality meets its country, and a country its nationality', () => {
  it('"Japanese shops" meets Japan', () => {
    expect(groupOf('How many PSPs were shipped to Japanese shops?', 'Japanese').has(termOf('Japan')!)).toBe(true);
  });

  it('"Britain" meets British and UK meets British too', () => {
    expect(groupOf('How much will the PSP cost in Britain?', 'Britain').has(termOf('British')!)).toBe(true);
    expect(groupOf('Who sells it in the UK?', 'UK').has(termOf('British')!)).toBe(true);
  });

  it('leaves other words alone', () => {
    expect([...groupOf('How many PSPs were shipped to Japanese shops?', 'shops')]).toEqual([termOf('shops')]);
  });
});
