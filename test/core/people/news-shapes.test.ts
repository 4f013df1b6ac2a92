import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';

/** The cast of a one-article story written as the given paragraphs. */
function castOf(...paragraphs: string[]) {
  return buildStory([{ id: 'a1', text: `Business news\n\n${paragraphs.join('\n\n')}\n` }]).story.people;
}
const names = (...paragraphs: string[]) => castOf(...paragraphs).map((p) => p.name);

describe('people: a person named after a word only a person is', () => {
  // BBC business 160 and 027; Reuters 8076 (1987).
  it.each([
    [
      'Fiat patriarch',
      'German-US car firm DaimlerChrysler had been willing to buy the firm, but Fiat patriarch Gianni Agnelli did not want to give up control.',
      'Gianni Agnelli',
    ],
    ['tycoon', 'Shares in Manchester United rose after US tycoon Malcolm Glazer raised his stake.', 'Malcolm Glazer'],
    ['billionaire', 'The fund was founded by billionaire George Soros in 1969.', 'George Soros'],
  ])('finds the person after "%s"', (role, sentence, name) => {
    const person = castOf(sentence).find((p) => p.name === name);
    expect(person?.roles.join(' ')).toContain(role.split(' ').at(-1));
  });
});

describe('people: firms, banks and bodies named like people', () => {
  it.each([
    ['a drug firm ("GW Pharma")', 'A few weeks ago, shares in GW Pharma lost a third of their value after a setback in the UK.'],
    ['a drug firm ("GW Pharma") before a role', '"We expect approval in Canada," said GW Pharma executive chairman Dr Geoffrey Guy.'],
    ['a bank in French (Reuters 5424)', 'The 600,000 bonds carry warrants at an issue price of 96.42 pct, lead manager Banque Nationale de Paris said.'],
    ['a bank in French (Reuters 14898)', 'The bonds are priced at 101 pct, lead manager Credit Suisse said.'],
    [
      'a charity ("Christian Aid")',
      'While the current MFA was not perfect, its did allow Third World countries like Bangladesh to get onto the first rung of industrial development, Christian Aid said.',
    ],
    ['a lecture named after a person', 'He made the remarks in the Adam Smith Lecture in Kirkcaldy.'],
  ])('lists no person for %s', (_what, sentence) => {
    expect(names(sentence).filter((n) => /Pharma|Banque|Suisse|Aid|Lecture/.test(n))).toEqual([]);
  });
});

describe('people: a role too generic to stand for the person alone', () => {
  // BBC business 119 and BBC tech (2004-05).
  it('gives no alias "the officer" to a chief operations officer', () => {
    const kearney = castOf(
      'The airline named chief executive Willie Walsh, chief financial officer Brian Dunne and chief operations officer Seamus Kearney.',
    ).find((p) => p.name === 'Seamus Kearney');
    expect(kearney!.aliases).not.toContain('the officer');
  });

  it('keeps an alias of a role that names one post ("the senator")', () => {
    const kerry = castOf('Senator John Kerry said the deficit would grow.', 'The senator spoke in Boston.').find((p) => p.name === 'John Kerry');
    expect(kerry!.aliases).toContain('the senator');
  });
});
