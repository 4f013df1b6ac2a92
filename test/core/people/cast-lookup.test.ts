import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';
import { buildCastLookup, withinArticle } from '../../../src/core/people/cast-lookup.js';

/** Two wires: one names Venezuela's president; the other writes Ecuador's in lower case, as no name. */
const venezuela = [
  'VENEZUELA TO LEND ECUADOR CRUDE',
  '',
  'President Jaime Lusinchi said Venezuela would lend Ecuador five mln barrels of crude.',
  'Lusinchi said the loan would be repaid in oil.',
].join('\n');
const ecuador = [
  'ECUADOR QUAKE DAMAGE',
  '',
  '"the damage is gigantic," president leon febres cordero said after inspecting napo.',
  'The country would lose 800 mln dlrs in crude exports until the pipeline was repaired, the president said. It would cost 150 mln dlrs to repair.',
  "Crude accounts for up to two-thirds of ecuador's exports.",
  'the quake triggered landslides in napo province, health minister jorge brancho told reporters.',
  '"we fear that up to 300 people died in napo," he said.',
].join('\n');

describe('a role stands only for someone the article names', () => {
  const { story } = buildStory([
    { id: 'venezuela.txt', text: venezuela },
    { id: 'ecuador.txt', text: ecuador },
  ]);

  it('does not give "he said" in one article to the president another article names', () => {
    const first = whoSaid(story, 'we fear that up to 300 people died').matches[0];
    expect(first).toBeDefined();
    expect(first!.speaker).not.toBe('Jaime Lusinchi');
  });

  it('does not count "the president" of an article that never names him as a mention of him', () => {
    const lusinchi = story.people.find((p) => p.name === 'Jaime Lusinchi');
    expect(lusinchi?.mentions).toBe(2);
    const marked = story.byArticle.get('ecuador.txt')!.filter((s) => s.people.includes('Jaime Lusinchi'));
    expect(marked).toEqual([]);
  });

  it('still reads the role as the person in an article that names him', () => {
    const { story: one } = buildStory([{ id: 'v.txt', text: `${venezuela}\n"We will help our neighbour," the president said.` }]);
    expect(whoSaid(one, 'We will help our neighbour').matches[0]?.speaker).toBe('Jaime Lusinchi');
  });
});

describe('a role alias that opens a sentence with a capital "The" is still a role', () => {
  // Reuters 1987: one wire names "company spokesman Edd Snyder"; another writes only "The spokesman reiterated …".
  const cast = buildCastLookup([{ name: 'Edd Snyder', aliases: ['Snyder', 'the spokesman'], roles: ['spokesman'], mentions: 1 }]);
  const unnamed = ['The spokesman reiterated statements made earlier in the week that the regularly scheduled meeting was being held.'];

  it('finds "The spokesman" by role, not by name', () => {
    expect(cast.find(unnamed[0]!).map((p) => p.byRole)).toEqual([true]);
  });

  it('does not give "The spokesman" to Snyder in an article that never names him', () => {
    expect(withinArticle(cast, unnamed).find(unnamed[0]!)).toEqual([]);
  });
});
