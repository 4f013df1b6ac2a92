import { describe, expect, it } from 'vitest';
import { asksWhy, givesAReason } from '../../../src/core/answer/reasons.js';

describe('asksWhy', () => {
  it('knows a why-question from others', () => {
    expect(asksWhy('Why did the government freeze wages?')).toBe(true);
    expect(asksWhy('When did the government freeze wages?')).toBe(false);
  });
});

describe('givesAReason', () => {
  it.each([
    // A purpose (Reuters 5773, Yugoslavia's wage freeze).
    ['Prime Minister Branko Mikulic imposed the wage freeze last month in an effort to curb rampant inflation.', true],
    ['Yugoslavia has been hit by a wave of strikes after the government introduced a pay freeze in February to try to stem wage rises.', true],
    // A failure that caused what is asked (BBC sport 013, Chepkemei's suspension).
    ['Chepkemei was suspended from all competition until the end of the year by Athletics Kenya after failing to report to a national training camp.', true],
    // An injury keeps a player out.
    ['He made a late withdrawal with a back injury.', true],
    ['Ron Howard chose Tautou for the part, preferring a French actress to a big name Hollywood star.', true],
    // What happened, with no reason given.
    ['Strikes against a government freeze on wages spread to most regions of Yugoslavia last week, the official news agency Tanjug said.', false],
    ['However, Mr Johnson, who was forced to apologise last year for an article in the magazine he edits, said the row was overblown.', false],
  ])('%s → %s', (passage, expected) => {
    expect(givesAReason(passage)).toBe(expected);
  });
});
