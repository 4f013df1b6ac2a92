import { describe, expect, it } from 'vitest';
import { speakerOf } from '../../support/attributed-quotes.js';

// Sentences from BBC News (2004-05) articles and Reuters (1987) wires, cut down to what each rule reads.

describe('subjectBefore: a name the cast does not know yields only to the head of an apposition, a name that ends its clause', () => {
  it('gives "After beating Amy Winehouse, …, Natasha Bedingfield and PJ Harvey to the … prize, Joss Stone said: …" to Joss Stone', () => {
    const text =
      'Scissor Sisters triumph at Brits\n\n' +
      'After beating Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey to the best British female prize, Joss Stone said: "I don\'t know what to say. I don\'t like doing this at all."\n';
    expect(speakerOf(text, "I don't know what to say")).toBe('Joss Stone');
  });

  it('gives "After beating Amy Winehouse to the prize, Joss Stone said: …" to Joss Stone, not to whom she beat', () => {
    const text =
      'Scissor Sisters triumph at Brits\n\n' +
      'After beating Amy Winehouse to the best British female prize, Joss Stone said: "I don\'t even know what to do right now."\n';
    expect(speakerOf(text, "I don't even know")).toBe('Joss Stone');
  });
});
