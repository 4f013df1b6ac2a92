import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Made up in the shape of BBC News copy.

describe('a title of office as the speaker when no one spoke lately', () => {
  it('is whom the sentence before opens on, after a clause of its own ("Turning to …, Mr Blair refused …. The prime minister conceded")', () => {
    const text =
      'Blair sees greater consensus\n\n' +
      'Richard Bush will display a more consensual approach, Tony Blair has said.\n\n' +
      'Mr Bush was sworn in at a ceremony in Washington on Thursday. The new cabinet met on Friday. Its first meeting was short.\n\n' +
      "Turning to critics' fears that the US was poised for further action, Mr Blair refused to give succour to the suggestions. " +
      'The prime minister conceded that the US had "what appears to be a harder position" towards the state than Europe.\n';
    expect(speakerOf(text, 'what appears to be a harder position')).toBe('Tony Blair');
  });

  it('is the one who spoke in the sentence before ("…, Mike Ruddock said. "…," said the national team coach")', () => {
    const text =
      'Wales coach elated with win\n\n' +
      'Mike Ruddock paid tribute to his Wales side after they came from 15-6 down to beat France 24-18. ' +
      '"After going two tries down in 12 minutes we had to show character," said the national team coach.\n';
    expect(speakerOf(text, 'After going two tries down')).toBe('Mike Ruddock');
  });
});
