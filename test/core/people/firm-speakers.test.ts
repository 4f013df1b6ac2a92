import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

// Made up in the shape of BBC News business copy and Reuters earnings reports.

describe('a firm that speaks in a quote ("Altria Group said", "Delta Airlines told")', () => {
  it('is no person, though its last word speaks as a surname does', () => {
    const castOf = castUnder('Tobacco firms win appeal');
    const cast = castOf(
      'Among the accused were Altria Group, Liggett Group and Brown and Williamson.',
      'Altria Group said, in a statement, the government now "must prove fraud".',
      'A spokesperson for Delta Airlines told BBC News Online: "We do not discuss internal issues."',
      'Judge David Sentelle said the case "could not be brought".',
    );
    expect(cast.map((p) => p.name)).toEqual(['David Sentelle']);
  });
});

describe('a firm whose last word is its trade ("Kelley Oil", "Interstate Properties", "Asahi Chemical")', () => {
  it('is no person', () => {
    const castOf = castUnder('KELLEY OIL SETS PAYOUT');
    const cast = castOf(
      'Kelley Oil said its board declared a dividend, and Interstate Properties said it sold its stake to Asahi Chemical.',
      'Kelley Oil said "the payout reflects our confidence", chairman David Kelley said.',
    );
    expect(cast.map((p) => p.name)).toEqual(['David Kelley']);
  });
});

describe('a firm, a product or a desk written like a name ("Bob Evans Farms", "Brent Crude", "Trading James Melton")', () => {
  it('is no person, and a desk before a name is no part of it', () => {
    const castOf = castUnder('STOCKS HALTED');
    const cast = castOf(
      'The petition, filed by Bob Evans Farms, Odom Sausage Co and Owens Country Sausage, was heard as Brent Crude rose.',
      'Stanley Works said sales rose, Lawrence Berkeley Laboratory said the test failed.',
      'Co Director of Trading James Melton said "our markets are very active".',
    );
    expect(cast.map((p) => p.name)).toEqual(['James Melton']);
  });
});

describe('a bank named after its founders, a saint\'s city and a sentence adverb ("Chase Manhattan", "Saint Paul", "Meanwhile,")', () => {
  it('are no people', () => {
    const castOf = castUnder('BANKS RAISE PRIME');
    const cast = castOf(
      'Chase Manhattan raised its prime rate, and so did First Bank System of Saint Paul.',
      'Meanwhile, Paul Brizzel and Anna Boyle reached the semi-finals.',
    );
    expect(cast.map((p) => p.name).sort()).toEqual(['Anna Boyle', 'Paul Brizzel']);
  });
});
