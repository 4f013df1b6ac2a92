import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../../src/core/answer/expand-query.js';
import { addKindsOfPeople } from '../../../src/core/answer/kinds-of-people.js';
import { termOf } from '../../../src/core/index/terms.js';

describe('addKindsOfPeople: a counted "people" is met by the kind news counts', () => {
  it('adds members and voters to "people" in "How many people…?"', () => {
    const expanded = addKindsOfPeople(expandQuery('How many people sit on the London Assembly?'), 'How many people sit on the London Assembly?');
    const people = expanded.groups.get(termOf('people')!)!;
    expect(people.has(termOf('members')!)).toBe(true);
    expect(people.has(termOf('voters')!)).toBe(true);
  });

  it('leaves "people" alone where the question does not count them', () => {
    const question = 'What did people say about the Assembly?';
    const expanded = addKindsOfPeople(expandQuery(question), question);
    expect(expanded.groups.get(termOf('people')!)!.has(termOf('members')!)).toBe(false);
  });

  it('meets a counted workforce by any of its words, but not jobs by the size of the workforce', () => {
    const workers = 'How many workers does the combined Baker-Hughes have?';
    expect(addKindsOfPeople(expandQuery(workers), workers).groups.get(termOf('workers')!)!.has(termOf('workforce')!)).toBe(true);
    const jobs = 'How many jobs will Baker Hughes cut after the merger?';
    expect(addKindsOfPeople(expandQuery(jobs), jobs).groups.get(termOf('jobs')!)!.has(termOf('workforce')!)).toBe(false);
  });
});
