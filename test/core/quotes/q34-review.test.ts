import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News and Reuters copy, each built to show one rule.

describe('an office by either of its titles ("the premier", "the prime minister")', () => {
  it('is the premier just quoted when the next sentence says "the prime minister" (Reuters shape)', () => {
    const text =
      'CHINA SAYS PRICES TO STAY STABLE\n\n    Premier Li Peng said on Monday that prices would be kept stable this year.\n' +
      '    "We will not allow inflation to return," the prime minister told the congress.\n';
    expect(speakerOf(text, 'We will not allow')).toBe('Li Peng');
  });

  it('is the prime minister just quoted, not a premier quoted earlier in the story, when the next sentence says "the premier"', () => {
    const text =
      'TRADE TALKS IN PEKING\n\n    Premier Li Peng said on Monday that prices would be kept stable this year.\n' +
      "    Britain's Prime Minister Margaret Thatcher said the talks in Peking had gone well.\n" +
      '    "It was a fine and useful meeting," the premier said.\n';
    expect(speakerOf(text, 'It was a fine')).toBe('Margaret Thatcher');
  });
});
