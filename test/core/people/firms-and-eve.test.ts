import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

// Made up in the shapes a readers' audit of the archives' casts found listed as people, or left out.

describe('people: firms named like people', () => {
  const names = namesUnder('Round-up');

  it('lists no bank or insurer by its trade\'s word ("Morgan Guaranty", "Celina Mutual")', () => {
    const cast = names('Talks were continuing with Morgan Guaranty and other banks, Joe Pike said.', 'It sold the three units to Celina Mutual for cash.');
    expect(cast).toContain('Joe Pike');
    for (const firm of ['Morgan Guaranty', 'Celina Mutual']) expect(cast).not.toContain(firm);
  });

  it('lists no fashion house or bookmaker named after its founder ("Louis Vuitton", "Bookmaker William Hill")', () => {
    const cast = names(
      'LVMH makes most of its money from brands including Moet & Chandon champagne and Louis Vuitton, Joe Pike said.',
      'Bookmaker William Hill has made the novel the favourite.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Louis Vuitton');
    expect(cast).not.toContain('William Hill');
  });

  it('lists no broker, auditor or studio named after its founders ("Dean Witter Reynolds", "Grant Thornton", "Walt Disney")', () => {
    const cast = names(
      'The offering is managed by Dean Witter Reynolds and Alex Brown, Joe Pike said.',
      'Regulators have also gone after auditors Grant Thornton and Touche Ross.',
      'Walt Disney has settled charges from US federal regulators.',
    );
    expect(cast).toContain('Joe Pike');
    for (const firm of ['Dean Witter Reynolds', 'Alex Brown', 'Grant Thornton', 'Touche Ross', 'Walt Disney']) expect(cast).not.toContain(firm);
  });

  it('lists no firm written after its trade\'s plural ("by consultants Booz Allen Hamilton", "said accountants Guy Barbier")', () => {
    const cast = names(
      'The study, by consultants Booz Allen Hamilton and HI Europe, placed the UK fourth, Joe Pike said.',
      'The company said accountants Guy Barbier had been chosen to audit the accounts.',
    );
    expect(cast).toEqual(['Joe Pike']);
  });

  it('lists no company a wire writes before its stock ticker ("MURRAY OHIO <MYO>", "CRAZY EDDIE <CRZY>")', () => {
    const wire = namesUnder('MURRAY OHIO <MYO> SEES HIGHER 1ST QTR EARNINGS');
    expect(wire('The Murray Ohio Manufacturing Co said it expects first quarter earnings to be higher, Joe Pike said.')).toEqual(['Joe Pike']);
    // The name ends at the ticker; where it starts, a headline's capitals do not show, and a person may open it.
    const stake = namesUnder('IRWIN JACOBS HAS GILLETTE <GS> STAKE');
    expect(stake('Investor Irwin Jacobs said he has an investment in Gillette Co.')).toEqual(['Irwin Jacobs']);
    const downgrade = namesUnder("CRAZY EDDIE <CRZY> MAY BE DOWNGRADED BY MOODY'S");
    expect(
      downgrade("Moody's Investors Service Inc said it may downgrade Crazy Eddie Inc's debentures.", "Moody's cited Crazy Eddie's reduced profitability."),
    ).toEqual([]);
  });

  it('keeps a person whose given name is also a day\'s eve ("Dance teacher Eve Trew")', () => {
    expect(names('Dance teacher Eve Trew, who has taught ballet for 48 years, said the school would stay open.')).toContain('Eve Trew');
  });
});
