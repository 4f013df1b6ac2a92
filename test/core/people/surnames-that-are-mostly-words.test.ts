import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';

// A lender's economist surnamed Banks, named in one article of a story that writes "banks" as a word far more often.
const profile = [
  'Economist warns on growth',
  '',
  'Economist Ian Banks of the Hallam Trust said growth would slow this year.',
  'Banks said the slowdown would last into next year.',
].join('\n');
const lending = [
  'Lenders tighten credit',
  '',
  'Big banks have cut credit lines, and smaller banks are following.',
  'Banks said they would keep rates unchanged until the summer.',
  'Regional banks reported higher losses on property loans, while foreign banks held steady.',
  '"We will not lend at these prices," Banks said in a joint statement.',
].join('\n');

describe('a surname the story writes far more often as a word in small letters', () => {
  const { story } = buildStory([
    { id: 'profile.txt', text: profile },
    { id: 'lending.txt', text: lending },
  ]);
  const marked = (id: string, start: string) => story.byArticle.get(id)!.find((s) => s.text.startsWith(start))!.people;

  it('is the word, not the person, in an article that never names him', () => {
    expect(marked('lending.txt', 'Banks said they would')).toEqual([]);
    expect(whoSaid(story, 'We will not lend at these prices').matches[0]?.speaker).not.toBe('Ian Banks');
  });

  it('is still the person in the article that names him', () => {
    expect(marked('profile.txt', 'Banks said the slowdown')).toEqual(['Ian Banks']);
  });

  it('is no alias to show, nor to look him up by across the story', () => {
    expect(story.people.find((p) => p.name === 'Ian Banks')?.aliases).not.toContain('Banks');
  });

  it('stays his alias in a story that writes it only as his name', () => {
    const { story: alone } = buildStory([{ id: 'profile.txt', text: profile }]);
    expect(alone.people.find((p) => p.name === 'Ian Banks')?.aliases).toContain('Banks');
  });
});

describe("a surname that is a day's or a place's name", () => {
  const board = ['Board changes', '', 'The board named Alan Sunday, a former banker, as chairman.', 'Sunday said the bank would grow.'].join('\n');
  const trade = ['Shops open longer', '', 'Sunday trading rose five pct in March, the retailers said.'].join('\n');
  const flights = ['Airline adds routes', '', 'Maria Dallas, an airline spokeswoman, said new routes would open.', 'Dallas will be served daily.'].join('\n');
  const { story } = buildStory([
    { id: 'board.txt', text: board },
    { id: 'trade.txt', text: trade },
    { id: 'flights.txt', text: flights },
  ]);
  const people = (id: string, start: string) => story.byArticle.get(id)!.find((s) => s.text.startsWith(start))!.people;

  it('is the day in an article that never names the person', () => {
    expect(people('trade.txt', 'Sunday trading')).toEqual([]);
  });

  it('is the person in the article that names them', () => {
    expect(people('board.txt', 'Sunday said')).toEqual(['Alan Sunday']);
  });

  it('is no alias of a person named after a place the lexicon knows', () => {
    expect(story.people.find((p) => p.name === 'Maria Dallas')?.aliases).not.toContain('Dallas');
  });
});
