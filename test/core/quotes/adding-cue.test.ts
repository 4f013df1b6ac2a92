import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News politics copy and a Reuters report on refiners.

describe('"adding that" as the cue of its clause', () => {
  it("gives the words to the clause's subject, not to the speaker quoted before", () => {
    const text =
      'Royal wedding\n\nTony Blair said he was "delighted" for the couple. ' +
      'Australia\'s Prime Minister John Howard also offered his congratulations, adding that their decision was a "sensible and a good thing".\n';
    expect(speakerOf(text, 'sensible and a good thing')).toBe('John Howard');
  });

  it('goes on from a cue before it, whose subject speaks ("He said Mr Blair had …, adding:")', () => {
    const text =
      'Apology welcomed\n\nOne of the Guildford Four, Gerry Conlon, said the families were delighted with the apology. ' +
      'He said Mr Blair had spoken with "such sincerity", adding: "He went beyond what we thought he would."\n';
    expect(speakerOf(text, 'He went beyond')).toBe('Gerry Conlon');
  });

  it('after a quote, leaves that quote to the speaker named before it', () => {
    const text =
      'REFINERS SEE BETTER YEAR\n\n    Royce Wisenbaker said he was optimistic. "The worst is over," he said.\n' +
      '    Roger Hemminghaus, president of Diamond Shamrock Refining, said he was "enthusiastic about the future," adding that he expected "an increase in profitability".\n';
    expect(speakerOf(text, 'enthusiastic about')).toBe('Roger Hemminghaus');
    expect(speakerOf(text, 'an increase in profitability')).toBe('Roger Hemminghaus');
  });
});
