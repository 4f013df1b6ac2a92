import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';
import { buildCastLookup, byArticleNames } from '../../../src/core/people/cast-lookup.js';

/** A story of several articles, each given as its lines. */
function storyOf(...articles: string[][]) {
  return buildStory(articles.map((lines, i) => ({ id: `a${i + 1}.txt`, text: lines.join('\n') }))).story;
}

const speakerOf = (story: ReturnType<typeof storyOf>, words: string) => whoSaid(story, words).matches[0]?.speaker;

// Two skaters who share a surname, each in an article of their own: "Lindqvist" alone is no alias of either
// across the story, but each article names only one of them.
const final = [
  'Lindqvist wins in Oslo',
  '',
  'Third seed Annika Lindqvist beat Mara Holt 6-4 6-2 in the Oslo final.',
  'Afterwards, Holt praised her opponent\'s serve. "She hit the lines all day," said Holt.',
  'Lindqvist was more measured in her verdict: "I need a faster start if I want to win in Paris."',
];
const semi = [
  'Lindqvist out in Rome',
  '',
  'Erik Lindqvist lost his semi-final in Rome on Friday.',
  '"My legs were gone by the third set," Lindqvist said after the match.',
];

describe("a surname the story's people share is theirs in an article that names only one of them", () => {
  const story = storyOf(final, semi);

  it('gives the colon quote to the only Lindqvist its article names, not to the speaker before', () => {
    expect(speakerOf(story, 'I need a faster start')).toBe('Annika Lindqvist');
  });

  it("gives the other article's quote to its own Lindqvist", () => {
    expect(speakerOf(story, 'My legs were gone')).toBe('Erik Lindqvist');
  });

  it('still lists both as people, the surname as an alias of neither', () => {
    const names = story.people.filter((p) => p.name.endsWith('Lindqvist'));
    expect(names.map((p) => p.name).sort()).toEqual(['Annika Lindqvist', 'Erik Lindqvist']);
    for (const p of names) expect(p.aliases).not.toContain('Lindqvist');
  });

  it('reads the surname as neither in an article that names both', () => {
    const cast = buildCastLookup(story.people);
    const texts = ['Annika Lindqvist and Erik Lindqvist trained together in Oslo.', 'Lindqvist said they push each other.'];
    expect(byArticleNames(cast, texts).find(texts[1]!)).toEqual([]);
    expect(
      byArticleNames(cast, [final[2]!, texts[1]!])
        .find(texts[1]!)
        .map((f) => f.person.name),
    ).toEqual(['Annika Lindqvist']);
  });
});

describe('"said Mr X" of a surname the story\'s people share', () => {
  // A watchdog named in one article, a minister of the same surname in another.
  const watchdog = [
    'Watchdog warns on deleted files',
    '',
    'The records commissioner, Martin Hale, condemned the deletion of files.',
    'Officials should keep records they still need, said Mr Hale.',
    '',
    '"Deliberate destruction to avoid disclosure is to be condemned."',
  ];
  const minister = ['Minister visits port', '', 'Trade minister Graham Hale visited the port on Tuesday.', '"Exports are rising," Hale said.'];
  const story = storyOf(watchdog, minister);

  it('reads "Mr Hale" as the Hale the article names, whose next paragraph\'s quote goes on with him', () => {
    expect(speakerOf(story, 'Deliberate destruction')).toBe('Martin Hale');
  });

  it("reads the other article's Hale as its own", () => {
    expect(speakerOf(story, 'Exports are rising')).toBe('Graham Hale');
  });
});
