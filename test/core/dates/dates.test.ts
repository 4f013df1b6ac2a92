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

describe('extractEvents: a month a figure is compared with, after an aside in brackets', () => {
  it('is the base of the figure, no event ("rose to 895.4 reais ($332) from November")', () => {
    const events = extractEvents(sentences(['The minimum wage rose 8% in December to 895.4 reais ($332; £179.3) from November.']), '2005-01-10');
    expect(events.map((e) => e.when)).toEqual(['in December']);
  });
});

// Sentences from Reuters (Texaco v Pennzoil, April 1987) and the BBC (Band Aid 20, the LSE bid).
describe('extractEvents: days counted from other days, and past weekdays in a sentence that looks ahead', () => {
  it('places "closed Friday" before the article date even when the sentence expects something', () => {
    const events = extractEvents(
      sentences([
        'Analysts said they expected Texaco stock, which closed Friday at 31 and 7/8, to slip to about 25 when the New York Stock Exchange opened Monday morning.',
      ]),
      '1987-04-13',
    );
    expect(events.map((e) => [e.when, e.date])).toEqual([
      ['Friday', '1987-04-10'],
      ['Monday morning', '1987-04-13'],
    ]);
  });

  it('still looks ahead for a weekday after "be" and a past participle ("will be released on Sunday")', () => {
    const [event] = extractEvents(sentences(['The single will be released on Sunday.']), '1987-04-13');
    expect(event?.date).toBe('1987-04-19');
  });

  it('reads "the day after Boxing Day" as one date, a day after the holiday', () => {
    const text = 'Read went to the Disasters Emergency Committee (DEC) with the idea the day after Boxing Day.';
    expect(extractEvents(sentences([text]), null).map((e) => e.when)).toEqual(['the day after Boxing Day']);
    expect(extractEvents(sentences([text]), '2005-01-05')[0]).toMatchObject({ date: '2004-12-27', precision: 'day' });
  });

  it('does not date "the day after" an event from the sentence before', () => {
    const events = extractEvents(
      sentences([
        'Deutsche Boerse put forward its bid case on Thursday.',
        'Euronext chief Jean-Francois Theodore held talks with LSE boss Clara Furse the day after rival Deutsche Boerse put forward its own bid case.',
      ]),
      '2005-01-28',
    );
    expect(events.map((e) => e.when)).toEqual(['on Thursday']);
  });

  it('does not say a date counted from another date of the sentence was counted from the article date', () => {
    const events = extractEvents(
      sentences([
        'Jamail said Pennzoil objected to a transfer on Dec. 9, 1985, one day before a state court judge entered the record jury award against Texaco.',
      ]),
      '1987-04-13',
    );
    expect(events.at(-1)).toMatchObject({ when: 'one day before', date: '1985-12-10', resolvedFrom: null });
  });
});
