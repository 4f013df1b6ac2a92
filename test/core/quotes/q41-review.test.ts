import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made-up articles in the shape of BBC News copy, each built to show one rule a readers' audit of the archives asked for.

describe('a participle clause after a conjunction, before the pronoun with no comma ("But standing next to Mr Blair he added")', () => {
  const text =
    'Leaders meet\n\n' +
    'Speaking in London on Monday, Gen Ayub Khan said the militants were "on the run". ' +
    'But standing next to Mr Blair he added that it was crucial to tackle the "core of what creates terrorists".\n\n' +
    'Mr Blair said the two leaders had talked about trade.\n';

  it('holds whom the speaker stands by, not the speaker: the "he" goes on with the one who spoke before', () => {
    expect(speakerOf(text, 'core of what creates terrorists')).toBe('Ayub Khan');
  });

  it('and after a comma too ("But asked whether Bob Dean would stay, he said")', () => {
    const asked = 'Talks\n\nTom Hardy backed the plan on Monday. But asked whether Bob Dean would stay, he said: "That is for the board."\n';
    expect(speakerOf(asked, 'That is for the board')).toBe('Tom Hardy');
  });
});

describe('someone described in full by where they are from, as long as a wire writes it', () => {
  it('is the speaker of the "he said" after them ("a spokesman for one of Spain\'s major sunflower oil producers said")', () => {
    const text =
      'SUNOIL EXPORTERS SEEK CLEARANCE\n\n' +
      "Spanish exporters are asking the government to clear 33,200 tonnes of seed, a spokesman for one of Spain's major sunflower oil producers said. " +
      '"They are deliberately keeping prices down," he said.\n';
    expect(speakerOf(text, 'They are deliberately keeping prices down')).toBe("a spokesman for one of Spain's major sunflower oil producers");
  });

  it('and of the words brought in by "told Reuters:" ("A senior executive of a Japanese securities firm operating in Singapore")', () => {
    const text =
      'SIMEX FACES RIVALS\n\n' +
      'A senior executive of a Japanese securities firm operating in Singapore told Reuters: "Expanding global links mean SIMEX must add Chicago to its rivals."\n';
    expect(speakerOf(text, 'Expanding global links')).toBe('a senior executive of a Japanese securities firm operating in Singapore');
  });
});

describe('"one" after "and" closing a clause about sources ("Most analysts dismissed the rumours …, and one commented")', () => {
  it('is one of those sources, as "said one" after them is', () => {
    const text =
      'UNILEVER BID TALK\n\n' +
      'Most analysts dismissed the rumours saying it was an old story, and one commented that it was "utter rubbish," adding he thought the bid would fail.\n';
    expect(speakerOf(text, 'utter rubbish')).toBe('one analyst');
  });
});
