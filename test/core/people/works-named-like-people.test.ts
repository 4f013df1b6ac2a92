import { describe, expect, it } from 'vitest';
import { namesUnder } from '../../support/one-article-cast.js';

const namesOf = namesUnder('Festival line-up announced');

describe('a work whose title reads like a name', () => {
  it('is no person after "plays a … in"', () => {
    expect(namesOf('Naomi Wotts plays a budding Hollywood actress in Ellie Parkes, which opens the festival.')).toEqual(['Naomi Wotts']);
  });

  it('is no person after "the hit track", an honorific at its start included', () => {
    expect(namesOf('She won best pop collaboration for the hit track Lady Marmalede with three other singers.')).toEqual([]);
  });

  it('still lists a person with a title named in a role', () => {
    expect(namesOf('Lady Marmalede, the festival director, opened the night.')).toEqual(['Lady Marmalede']);
  });
});
