import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';

// Two swimmers who share a surname, each named in full in an article of their own, then by surname alone.
const heats = [
  'Okafor sets record in heats',
  '',
  'Daniel Okafor set a national record in the 100m heats on Monday.',
  'Okafor will swim in lane four in the final.',
  'Coaches said Okafor had trained at altitude all winter.',
].join('\n');
const relay = ['Relay team named', '', 'Grace Okafor was named in the relay team on Tuesday.', 'Okafor, 19, is the youngest swimmer in the squad.'].join('\n');
const both = ['Family affair at the pool', '', 'Daniel Okafor and Grace Okafor both trained in Lagos this week.', 'Okafor said the pool was too cold.'].join(
  '\n',
);

describe("a surname the story's people share marks the one its article names", () => {
  const { story } = buildStory([
    { id: 'heats.txt', text: heats },
    { id: 'relay.txt', text: relay },
    { id: 'both.txt', text: both },
  ]);
  const marked = (id: string, name: string) =>
    story.byArticle
      .get(id)!
      .filter((s) => s.people.includes(name))
      .map((s) => s.n);

  it('marks the sentences that name him by surname alone, the headline too', () => {
    expect(marked('heats.txt', 'Daniel Okafor')).toHaveLength(4);
    expect(marked('heats.txt', 'Grace Okafor')).toEqual([]);
  });

  it('marks her sentences in her article', () => {
    expect(marked('relay.txt', 'Grace Okafor')).toHaveLength(2);
    expect(marked('relay.txt', 'Daniel Okafor')).toEqual([]);
  });

  it('marks neither by the surname alone in an article that names both', () => {
    const alone = story.byArticle.get('both.txt')!.find((s) => s.text.startsWith('Okafor said'))!;
    expect(alone.people).toEqual([]);
  });

  it('counts each mention for its own person', () => {
    const mentions = Object.fromEntries(story.people.filter((p) => p.name.endsWith('Okafor')).map((p) => [p.name, p.mentions]));
    expect(mentions).toEqual({ 'Daniel Okafor': 5, 'Grace Okafor': 3 });
  });
});

// A president and his wife share a surname; a third article names neither in full, only "President Halvorsen".
const summit = ['Summit opens', '', 'President Erik Halvorsen opened the summit on Monday.'].join('\n');
const school = ['School visit', '', 'Ingrid Halvorsen visited a school in the capital.'].join('\n');
const budget = ['Budget cuts ahead', '', 'President Halvorsen said the budget must be cut.', 'Halvorsen said he would veto any new tax.'].join('\n');

describe('a shared surname after a title only one of those who share it holds', () => {
  const { story } = buildStory([
    { id: 'summit.txt', text: summit },
    { id: 'school.txt', text: school },
    { id: 'budget.txt', text: budget },
  ]);
  const people = (start: string) => story.byArticle.get('budget.txt')!.find((s) => s.text.startsWith(start))!.people;

  it("is the title holder's, in an article that names neither in full", () => {
    expect(people('President Halvorsen said')).toEqual(['Erik Halvorsen']);
  });

  it('names him for the rest of that article', () => {
    expect(people('Halvorsen said he would')).toEqual(['Erik Halvorsen']);
  });
});
