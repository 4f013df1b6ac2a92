import { describe, expect, it } from 'vitest';
import { rolesUnder } from '../../support/one-article-cast.js';

const rolesOf = rolesUnder('Music awards night in Rome');

describe('a band or work whose name holds a small word, written before a job', () => {
  it('keeps "No", "All" and "That" with the band the job is in', () => {
    expect(rolesOf('Gwen Stavani', 'The ceremony featured No Doubt singer Gwen Stavani on a giant clock.')).toEqual(['No Doubt singer']);
    expect(rolesOf('Nat Appleford', 'The show was hosted by former All Saints singer Nat Appleford.')).toEqual(['former All Saints singer']);
    expect(rolesOf('Robbie Wilkins', 'Later, Take That singer Robbie Wilkins sang.')).toEqual(['Take That singer']);
    expect(rolesOf('Gwen Stavani', 'There were the Beastie Boys on skateboards, No Doubt singer Gwen Stavani on a clock.')).toEqual(['No Doubt singer']);
  });

  it("keeps a film's title whole before its director, a number that opens it too", () => {
    expect(rolesOf('Naomi Wotts', 'The thriller stars 21 Grams actress Naomi Wotts.')).toEqual(['21 Grams actress']);
    expect(rolesOf('Lars Von Triel', 'The jury was led by Dancer In The Dark director Lars Von Triel.')).toEqual(['Dancer In The Dark director']);
  });

  it('still ends a role at a small word in small letters, or one opening the sentence', () => {
    expect(rolesOf('Gwen Stavani', 'The crowd cheered for the singer Gwen Stavani.')).toEqual(['singer']);
    expect(rolesOf('Gordon Browne', 'It was wrong, he said. " And Chancellor Gordon Browne said the plan was costed.')).toEqual(['Chancellor']);
  });
});
