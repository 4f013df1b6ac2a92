import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const names = namesUnder('Gold sampling begins');

// Made up in the shape of Reuters mining copy (reuters/16506, 5932) whose mines were listed as people.

describe("people: a name before a mine's or a plant's word", () => {
  it('is the site\'s, no one\'s ("the Lesley Ann deposit", "the Rich Hill Placer Prospect mine")', () => {
    const cast = names(
      'Analyst Joe Pike said drilling on the Lesley Ann deposit extended the ore body, and sampling began at the Rich Hill Placer Prospect mine in Arizona.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Lesley Ann');
    expect(cast.some((n) => n.startsWith('Rich Hill'))).toBe(false);
  });

  it('keeps a person whose name only comes before a verb ("Rich Hodges said")', () => {
    expect(names('Rich Hodges said the mine would reopen.')).toContain('Rich Hodges');
  });

  it('and before an airport\'s or a sawmill\'s ("Bangkok\'s Don Muang airport", "the bankrupt Harris Pine sawmill")', () => {
    const cast = names(
      "Work on Bangkok's Don Muang airport is now underway, analyst Joe Pike said.",
      'He bought the bankrupt Harris Pine sawmill in Pendleton.',
    );
    expect(cast).toContain('Joe Pike');
    expect(cast).not.toContain('Don Muang');
    expect(cast).not.toContain('Harris Pine');
  });
});
