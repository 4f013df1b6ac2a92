/**
 * What every renderer says the same way (the terminal, Discord, the timeline picture): how we know
 * who spoke, when an event happened and how its date was found, and the colours of an answer.
 */
import { UNKNOWN_SPEAKER } from '../core/answer/quotes.js';
import { partialDateText } from '../core/dates/partial-date-text.js';
import type { QuoteMatch, TimelineEvent } from '../core/types.js';
import { plainDate } from './citation-text.js';

const SPEAKER_KIND: Record<QuoteMatch['speakerKind'], string> = {
  named: 'named in the text',
  pronoun: 'resolved from a pronoun',
  anonymous: 'unnamed source',
  outlet: 'the outlet’s own words',
};

/** How we know who said a quote: `named in the text`, `resolved from a pronoun`, …, or that the articles do not say. */
export function speakerKnownBy(m: QuoteMatch): string {
  return m.speaker === UNKNOWN_SPEAKER ? 'the articles do not say who' : SPEAKER_KIND[m.speakerKind];
}

/** An event's date in words: `9 June 2017`, `June 2017`, `17 February, year unknown`, `undated`. */
export function eventWhen(e: TimelineEvent): string {
  return e.date ? plainDate(e.date) : e.partialDate ? partialDateText(e.partialDate) : 'undated';
}

/** How an event's date was found: the words in the text, and the article date it was read against. */
export function dateProvenance(e: TimelineEvent): string {
  if (e.date === null) return `“${e.when}”, date of the article unknown`;
  return e.resolvedFrom ? `“${e.when}”, from the article date ${plainDate(e.resolvedFrom)}` : `“${e.when}”`;
}

/** An answer's colour: something found, or nothing. */
export const COLOURS = { found: 0x2b6cb0, notFound: 0x718096 } as const;
