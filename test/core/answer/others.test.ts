import { describe, expect, it } from 'vitest';
import { asksForOthers, tellsOfOthers } from '../../../src/core/answer/others.js';

describe('asksForOthers: a question for more of a kind than the story’s own', () => {
  it.each([
    ['Which other companies used bankruptcy to escape legal judgments?', true],
    ['What other trade disputes are there with Japan besides chips?', true],
    ['Who else bid for the company?', true],
    ['Which companies used bankruptcy?', false],
    ['What did the other bidder offer?', false],
  ])('%j: %j', (question, asks) => {
    expect(asksForOthers(question)).toBe(asks);
  });
});

describe('tellsOfOthers: a passage that lists others', () => {
  it.each([
    // Reuters, Texaco's filing (1987).
    ['Texaco, he said, was following the example set by Manville Corp, A.H. Robins Co and other firms that used bankruptcy.', true],
    ['Other disputes include Japanese prevention of U.S. firms from taking part in building a new airport.', true],
    ['Texaco filed for protection under Chapter 11 on Sunday.', false],
  ])('%j: %j', (passage, tells) => {
    expect(tellsOfOthers(passage)).toBe(tells);
  });
});
