import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News and Reuters copy, each built to show one rule, except where a test names its source.

describe("a few words quoted in the writer's sentence after someone spoke", () => {
  const union = (sentence: string) =>
    `Union chief under fire\n\nJane Smith, general secretary of the nurses' union, spoke after the talks ended on Monday.\n\n"We will not back down," Smith said.\n\n${sentence}\n`;

  it('are not hers when "her" is only in what the sentence tells of ("placards bearing her photograph and the words "…"")', () => {
    expect(speakerOf(union('Protesters outside waved placards bearing her photograph and the words "shame on Smith" on Monday.'), 'shame on Smith')).toBeNull();
  });

  it('are not hers when the pronoun is a man\'s ("Newspapers ran his photograph …"; "His members …")', () => {
    expect(speakerOf(union('Newspapers ran his photograph beside the headline "the great betrayer" on Tuesday.'), 'the great betrayer')).toBeNull();
    expect(speakerOf(union('His members would fight "every single cut" in the new year.'), 'every single cut')).toBeNull();
  });

  it('are hers when she is the subject somewhere in the sentence ("On Tuesday she called the offer "an insult"")', () => {
    expect(speakerOf(union('On Tuesday she called the offer "an insult" to every nurse.'), 'an insult')).toBe('Jane Smith');
  });
});

describe('"the premier" after a prime minister', () => {
  it('is the prime minister, a premier by another title (Reuters shape)', () => {
    const text =
      'JAPAN TO OPEN MARKETS\n\n    Japanese Prime Minister Yasuhiro Nakasone said Japan would open its markets to more U.S. goods.\n' +
      '    "We must do more to cut our trade surplus," the premier said.\n';
    expect(speakerOf(text, 'We must do more')).toBe('Yasuhiro Nakasone');
  });

  it('is not one who holds another office, as the subject of the sentence before ("the premier" after a finance minister)', () => {
    const text =
      'JAPAN TO OPEN MARKETS\n\n    Finance Minister Kiichi Miyazawa met U.S. Treasury officials in Washington on Monday.\n' +
      '    "We must do more to cut our trade surplus," the premier said.\n';
    expect(speakerOf(text, 'We must do more')).toBe('the premier');
  });
});

describe("a few words quoted in the writer's sentence after a firm spoke", () => {
  const gm = (sentence: string) =>
    `GM to close line\n\nGeneral Motors said on Monday its Flint truck plant would close in May.\n\n"Demand for these trucks has fallen sharply," the company said.\n\n${sentence}\n`;

  it('are its words when the sentence opens on "it", after a connective ("But it expects …")', () => {
    expect(speakerOf(gm('But it expects the line to stay shut "until at least August" this year.'), 'until at least August')).toBe('General Motors');
  });

  it('are nobody\'s when "it" is further on, not the subject ("A plant in Ohio makes it harder …")', () => {
    expect(speakerOf(gm('A plant in Ohio makes it harder to keep the line "running at full speed" this year.'), 'running at full speed')).toBeNull();
  });
});
