import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/dates/extract-events.js';
import { findDateExpressions } from '../../../src/core/dates/find-date-expressions.js';
import type { Sentence } from '../../../src/core/types.js';
import { FIXTURES } from '../../fixtures/read-fixture.js';

const table = JSON.parse(readFileSync(join(FIXTURES, '..', 'dates', 'expressions.json'), 'utf8')) as {
  cases: { sentence: string; articleDate: string | null; when: string | null; date: string | null; precision: string | null; partialDate?: string }[];
  sequences: { about: string; articleDate: string | null; sentences: string[]; expected: { when: string; date: string | null }[] }[];
};
const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ article: 't', n: i + 1, paragraph: 1, text, norm: text, credits: [], people: [] }));

describe('extractEvents: the hand-made table of date expressions', () => {
  it.each(table.cases.map((c) => [c.sentence, c.articleDate, c] as const))('%s (article date %s)', (_s, _d, c) => {
    const [event] = extractEvents(sentences([c.sentence]), c.articleDate);
    if (c.when === null) expect(event).toBeUndefined();
    else {
      expect(event).toMatchObject({
        when: c.when,
        date: c.date,
        precision: c.precision,
        resolvedFrom: c.date && c.articleDate && !/\d{4}/.test(c.when) ? c.articleDate : null,
      });
      expect(event!.partialDate).toBe(c.partialDate);
    }
  });

  it.each(table.sequences.map((s) => [s.about, s] as const))('%s', (_about, s) => {
    const events = extractEvents(sentences(s.sentences), s.articleDate);
    expect(events.map((e) => ({ when: e.when, date: e.date }))).toEqual(s.expected);
  });
});

describe('findDateExpressions: regressions', () => {
  it('does not read a weekday that begins a name ("Saturday Night Live") as a date', () => {
    expect(findDateExpressions('He mocked the "Saturday Night Live" sketch.')).toEqual([]);
  });

  it('does not read a holiday that is the subject of its clause as a date', () => {
    expect(findDateExpressions('Christmas has come early for the council.')).toEqual([]);
  });
});
