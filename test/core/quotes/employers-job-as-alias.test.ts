import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

describe('an employer\'s job the story gives a person as an alias ("Emery\'s chairman")', () => {
  const text = [
    'COURIER BID LAUNCHED',
    '',
    "In a letter to Purolator's chairman, Emery's chairman, John C. Emeric, said the company would still prefer to negotiate.",
    '',
    '"We believe that our two companies provide an excellent fit," Emery\'s chairman said in his letter.',
    '',
    '"We believe the offer is too low," Acme\'s chairman said.',
    '',
  ].join('\n');

  it('stands for that person where the job is written again', () => {
    expect(speakerOf(text, 'We believe that our two companies')).toBe('John C. Emeric');
  });

  it("leaves another employer's job a description", () => {
    expect(speakerOf(text, 'We believe the offer')).toBe("Acme's chairman");
  });
});
