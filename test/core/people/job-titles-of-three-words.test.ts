import { describe, expect, it } from 'vitest';
import { castUnder } from '../../support/one-article-cast.js';

describe('a job of three words ("chief financial officer") set off before or after a name', () => {
  it("makes a name after an employer's job of three words a person with that role", () => {
    const cast = castUnder('Publisher sees steady year')(
      "Acme Media Inc's chief financial officer, Thayer Bigalow, told security analysts the company is comfortable with estimates.",
      'Bigalow said the company would keep buying back shares.',
    );
    const person = cast.find((p) => p.name === 'Thayer Bigalow');
    expect(person?.roles).toEqual(["Acme Media Inc's chief financial officer"]);
    expect(person?.mentions).toBe(2);
  });

  it('reads "president and chief operating officer" after a name as one role', () => {
    const cast = castUnder('Chipmaker names new chief')('Dana Whitcombe, president and chief operating officer, said the company would expand.');
    expect(cast.find((p) => p.name === 'Dana Whitcombe')?.roles).toEqual(['president and chief operating officer']);
  });

  it("keeps a sentence's opening word and a title out of the employer", () => {
    const cast = castUnder('Argentina pays on time')(
      "Yesterday Argentina's economy minister, Roberto Lavagna, said the debt would be paid.",
      'It was sold to a consortium that included Viktor Pinchuk, son-in-law of former-President Kuchma, and others.',
    );
    expect(cast.find((p) => p.name === 'Roberto Lavagna')?.roles.join(' ') ?? '').not.toMatch(/Yesterday/);
    expect(cast.find((p) => p.name === 'Viktor Pinchuk')?.roles).toEqual(['son-in-law of former-President Kuchma']);
  });
});
