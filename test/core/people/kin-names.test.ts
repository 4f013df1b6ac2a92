import { describe, expect, it } from 'vitest';
import { namesAfterKin } from '../../../src/core/people/kin-names.js';
import { namesUnder } from '../../support/one-article-cast.js';

describe("namesAfterKin: a name written after someone's relative or partner", () => {
  it.each([
    // BBC entertainment 096 and 269: neither word of the name is known to the lexicon.
    [
      'after "his boyfriend"',
      'It will also touch upon his turbulent personal life, including his arrest in 1998, and the death of his boyfriend Anselmo Feleppa from Aids.',
      ['Anselmo Feleppa'],
    ],
    [
      `after a possessive name and "partner"`,
      "The film also deals with the loss of Michael's partner Anselmo Feleppa from an Aids-related condition in 1993.",
      ['Anselmo Feleppa'],
    ],
    // BBC entertainment 047: a one-word name is left to other rules.
    ['a one-word name (left to other rules)', "Sophie Okonedo, who plays Cheadle's wife Tatiana, is nominated for best supporting actress.", []],
  ])('%s', (_situation, sentence, expected) => {
    expect(namesAfterKin(sentence)).toEqual(expected);
  });
});

describe("the cast: someone's relative by given name alone", () => {
  const namesOf = namesUnder('Campaign film');

  // BBC politics 013 and 012.
  it('lists the relative, whom only an owner and a kin word bring in', () => {
    expect(namesOf('The film shows the Tory leader Michael Howard playing table tennis with his wife, ex-model Sandra.')).toContain('Sandra');
    expect(namesOf("Gerry Conlon was freed in 1989. Mr Conlon's father Giuseppe was arrested when travelling to London from Belfast.")).toContain('Giuseppe');
  });

  it('lists no firm after "partner", nor the next item of a list', () => {
    expect(namesOf("Rover's partner Proton said it would not invest.")).not.toContain('Proton');
    expect(namesOf('Lampard dedicated the goals to his wife, Chelsea and the fans.')).not.toContain('Chelsea');
  });

  // BBC entertainment 047.
  it('lists no part someone plays in a film', () => {
    expect(namesOf("Sophie Okonedo, who plays Cheadle's wife Tatiana, is nominated for best supporting actress.")).not.toContain('Tatiana');
  });

  // Written after Reuters 20769 (1987), where Nancy Reagan is not named in full: here she is.
  it('keeps a relative the story names in full as that one person', () => {
    const names = namesOf('President Reagan and his wife Nancy will visit Canada next week.', 'Nancy Reagan will open a hospital there.');
    expect(names).toContain('Nancy Reagan');
    expect(names).not.toContain('Nancy');
  });
});
