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
