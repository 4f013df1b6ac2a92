import { describe, expect, it } from 'vitest';
import { rolesUnder } from '../../support/one-article-cast.js';

// Made-up sentences in the shape of Reuters copy, built to show a rule a readers' audit of the archives asked for.

const rolesOf = rolesUnder('COMPANY NEWS');

describe('a role set off after a name that ends in a body named with "and"', () => {
  it('reads the body whole past the most words a role takes ("at the Agricultural Stabilization and Conservation Service")', () => {
    // Reuters 16271.
    expect(
      rolesOf(
        'Ralph Klopfenstein',
        'Ralph Klopfenstein, deputy administrator of commodity operations at the Agricultural Stabilization and Conservation Service, said stocks rose.',
      ),
    ).toEqual(['deputy administrator of commodity operations at the Agricultural Stabilization and Conservation Service']);
  });

  it('ends with the body rather than at its "and" when where it is runs on too long', () => {
    // Reuters 3438.
    expect(
      rolesOf(
        'Chee Kheng Hoy',
        'Chee Kheng Hoy, Head of the Crop Protection and Microbiology Division in the Rubber Research Institute of Malaysia (RRIM), said so.',
      ),
    ).toEqual(['Head of the Crop Protection and Microbiology Division']);
  });

  it('goes on with what the body owns ("Mitsui Trust and Banking Co Ltd\'s securities department")', () => {
    // Reuters 18532.
    expect(rolesOf('Osamu Fukushima', "Bonds rose, said Osamu Fukushima, deputy manager of Mitsui Trust and Banking Co Ltd's securities department.")).toEqual([
      "deputy manager of Mitsui Trust and Banking Co Ltd's securities department",
    ]);
  });

  it("ends at a wire's stock ticker after a firm's name, or passes over one after its possessive", () => {
    // Reuters 17359, 6021.
    expect(rolesOf('Fred Hartley', 'Fred Hartley, chairman of Unocal Corp <UCL>, said prices would rise.')).toEqual(['chairman of Unocal Corp']);
    expect(
      rolesOf('Charles H. Baker', "Charles H. Baker, former president of Rohm and Haas Co's <ROH> Rohm and Haas Seed Inc affiliate, has been named president."),
    ).toEqual(["former president of Rohm and Haas Co's Rohm and Haas Seed Inc affiliate"]);
  });

  it('stops at the "and" where a title after it brings in another person', () => {
    // Reuters 10192.
    expect(
      rolesOf(
        'Jose Luis Alcudiai',
        'The talks were attended by Jose Luis Alcudiai, assistant energy secretary of Mexico and Energy Minister Guilermno Perry Rubio of Colombia, officials said.',
      ),
    ).toEqual(['assistant energy secretary of Mexico']);
  });
});

describe('a firm\'s "Inc." with its full stop right before a name', () => {
  it('ends the sentence: the post named before it is no role of the name after', () => {
    // Reuters 11021.
    expect(
      rolesOf(
        'Burton Ruby',
        'It said Elbert Hand was named chief executive officer of Jaymar-Ruby Inc. Burton Ruby, son of the Jaymar-Ruby founder, remains as chairman.',
      ),
    ).toEqual([]);
  });

  it('leaves a role that goes on after the firm ("Acme Corp. chairman John Smith")', () => {
    expect(rolesOf('John Smith', 'Acme Corp. chairman John Smith said sales rose.')).toEqual(['Acme Corp. chairman']);
  });
});

describe('a ministry\'s title of two fields joined by "and" before a name', () => {
  it('keeps both fields ("Agriculture and Livestock Development Minister", "Posts and Telecommunications Minister")', () => {
    // Reuters 3034, 13034.
    expect(rolesOf('Paul Bomani', "Tanzania's Agriculture and Livestock Development Minister Paul Bomani said exports rose.")).toEqual([
      'Agriculture and Livestock Development Minister',
    ]);
    expect(rolesOf('Shunjiro Karasawa', 'Posts and Telecommunications Minister Shunjiro Karasawa said talks would go on.')).toEqual([
      'Posts and Telecommunications Minister',
    ]);
  });
});
