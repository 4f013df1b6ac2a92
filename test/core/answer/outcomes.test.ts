import { describe, expect, it } from 'vitest';
import { announcedOnly } from '../../../src/core/answer/outcomes.js';

describe('announcedOnly', () => {
  it.each([
    // An outcome asked, an event announced (Reuters, the chip pact; BBC politics, the Gambling Bill).
    [
      "What was the House vote on Bob Matsui's resolution?",
      'The resolution will be introduced in the House next week by Rep. Bob Matsui, a California Democrat.',
      true,
    ],
    [
      'What was the result of the vote?',
      'A decision on whether to allow Westminster to legislate on super-casinos is set to be made by the Scottish Parliament.',
      true,
    ],
    // A result told, with what comes next.
    ['Who won the match?', 'Liverpool won 3-1 and will play Chelsea in the final.', false],
    // No outcome asked.
    ['When will the resolution be introduced?', 'The resolution will be introduced in the House next week by Rep. Bob Matsui, a California Democrat.', false],
  ])('%s / %s → %s', (question, passage, expected) => {
    expect(announcedOnly(question, passage)).toBe(expected);
  });
});
