import { describe, expect, it } from 'vitest';
import { findNameMentions } from '../../../src/core/people/find-name-mentions.js';

const names = (sentence: string) => findNameMentions(sentence).map((m) => m.name);

describe('findNameMentions: no place, organisation, show or stray word as a name', () => {
  it.each([
    ['a function word after an honorific ("Dr No")', 'Old villains such as Dr No and Oddjob return in the game, the studio said.', 'No'],
    ['a contraction after a given name', '"Thanks Kevin I\'d like that," she said.', "Kevin I'd"],
    ['the X Show', '"We listen to The Dawn and Drew Show daily," he said.', 'Drew Show'],
    ['a firm named by its trade', '"Sales rose," said Sierra Wireless on Tuesday.', 'Sierra Wireless'],
    ['a firm ending in a suffix', 'The loan was arranged by Morgan Guaranty Trust Co, the bank said.', 'Morgan Guaranty Trust Co'],
    ['a firm ending in "Limited"', 'Co-lead managers are Hambros Bank Limited and Morgan Guaranty Limited.', 'Morgan Guaranty Limited'],
    ['a savings bank', 'The board said Victor Federal Savings was insolvent.', 'Victor Federal'],
    ['a department in a title', 'Undersecretary of Agriculture Daniel Amstutz said the plan would work.', 'Agriculture Daniel Amstutz'],
    ['a government, plural', '"It was so under both Reagan Administrations," he said.', 'Reagan Administrations'],
    ['a place after a place prefix', 'She was born in San Luis Obispo, her coach said.', 'Luis Obispo'],
    ['a place beginning with San', '"The game is set in San Andreas," the maker said.', 'San Andreas'],
    ["a firm in compromise's gazetteer", '"Philip Morris is here," she said.', 'Philip Morris'],
    ['a title beginning with a number', '"It was Million Dollar Baby all night," she said.', 'Million Dollar Baby'],
    ['a party written after a name', '"Cut taxes," said Blair Labour supporters.', 'Blair Labour'],
    ['a township', 'The company bought the Chester Township property south of Timmins, Ontario.', 'Chester Township'],
    // Reuters 5208 (1987).
    [
      'a newspaper named in its own language',
      'The Asahi Shimbun said 31 of the 47 prefectural assemblies had so far opposed, demanded amendments to, or expressed wariness about the tax.',
      'Asahi Shimbun',
    ],
    // Reuters 14635 (1987).
    [
      'a faith before a role',
      'Cardinal Paulo Evaristo Arns, the Roman Catholic archbishop of Sao Paulo, warned yesterday of the possibility of "a social conflict of unimaginable proportions."',
      'Roman Catholic',
    ],
    // BBC politics 218.
    [
      'a policy named after a person',
      'These rumours were fuelled by a long-planned speech by Mr Brown on UK plans to tackle global poverty with a new "Marshall Plan" for Africa.',
      'Marshall Plan',
    ],
    // BBC tech 092.
    [
      "the law's placeholder for anyone",
      'As with preceding cases, the fresh action was made against so-called "John Doe" defendants, who are identified only by codes.',
      'John Doe',
    ],
  ])('%s', (_situation, sentence, notAName) => {
    expect(names(sentence)).not.toContain(notAName);
  });

  it('keeps a particle inside a name ("Robert De Niro")', () => {
    expect(names('"It was a joy," said Robert De Niro.')).toContain('Robert De Niro');
  });
});

describe("findNameMentions: names whose given name compromise does not know, introduced by a person's appositive", () => {
  it.each([
    ['"who" after the name', 'Yiannis Petrakos, who was head of the team, also testified.', ['Yiannis Petrakos']],
    ['a title with "of" after the name', 'Hiroto Tanabe, vice minister of trade, will meet the envoy.', ['Hiroto Tanabe']],
    ['a speaker with a title after "said"', '"They complied," said Shoji Sabata, Chairman of the Electronics Association.', ['Shoji Sabata']],
    ['an analyst "at" a firm, in a sentence with no speech', 'Takumi Murtagh, analyst at a broker, expects exports to erode.', ['Takumi Murtagh']],
    // Reuters 16306 (1987): spaced initials before a surname that is also a word.
    [
      'spaced initials, and a job followed by "representing"',
      "D. J. Baker, a lawyer representing Texaco, told reporters that the nation's third largest oil company was forced to seek bankruptcy protection.",
      ['D. J. Baker'],
    ],
    ['no initialism read as initials ("a U.S. Diplomat")', 'A U.S. Diplomat, who asked not to be named, said the talks had failed.', []],
    // Reuters 9096 (1987).
    [
      'four words with a particle inside',
      "Brazil's new planning minister is Anibal Teixeira de Souza, the former head of a national welfare program, the government said.",
      ['Anibal Teixeira de Souza'],
    ],
  ])('%s', (_situation, sentence, expected) => {
    expect(names(sentence).filter((n) => n.includes(' '))).toEqual(expected);
  });

  it.each([
    ['a team and "who"', 'Officials of Greek Olympic, who were there, said so.'],
    ['a firm with a description that is no job', 'The deal with Sierra Wireless, the maker of modems, closed.'],
    ['a country and a job', 'Talks with Japan, the minister of trade said, went well.'],
  ])('finds no name in %s', (_situation, sentence) => {
    expect(names(sentence).filter((n) => n.includes(' '))).toEqual([]);
  });
});

describe('findNameMentions: one name alone after a job', () => {
  // BBC sport 140 and BBC tech 332.
  it('finds a player known by one name ("Barca midfielder Deco, formerly …")', () => {
    expect(
      names('Barca midfielder Deco, formerly managed by Mourinho at Porto, agreed that it was not typical of his fellow Portuguese to lodge a protest.'),
    ).toContain('Deco');
  });

  it('reads a firm after a preposition and its kind as no person ("at analyst Gartner,")', () => {
    expect(names('Mike McGuire, a research director at analyst Gartner, told the BBC News website that Apple had done a good job.')).not.toContain('Gartner');
  });
});
