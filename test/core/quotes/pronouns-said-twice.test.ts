import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';

/** A story of one article, given as its lines. */
function storyOf(lines: string[]) {
  return buildStory([{ id: 'a1.txt', text: lines.join('\n') }]).story;
}

const speakerOf = (story: ReturnType<typeof storyOf>, words: string) => whoSaid(story, words).matches[0]?.speaker;

describe('a pronoun a sentence says twice stands for whom it stood for the first time', () => {
  // The sentence before the quote opens on "she" after a conjunction: the woman named in it is its object.
  it('reads "But she was pleased to … with Ms Y" as going on about "she", not about Ms Y', () => {
    const story = storyOf([
      'Singer leaves the house',
      '',
      'Margot Lindell, mother of the actor Paul Lindell, has become the first contestant to leave the show.',
      'Lindell, 71, said the week had been hard.',
      'But she was pleased to have made peace with actress Renata Voss, her former daughter-in-law. "That alone made the week worthwhile," she said.',
    ]);
    expect(speakerOf(story, 'That alone made the week worthwhile')).toBe('Margot Lindell');
  });

  // "When he refused to back Wilson …, he said": the name after the first "he" is whom he refused to back.
  it('gives "When he refused to support X …, he said" to the man the article is about, not to X', () => {
    const story = storyOf([
      'Former chancellor dies',
      '',
      'Former chancellor Arthur Penhale has died at the age of 92.',
      'Penhale held three of the great offices of state.',
      'When he refused to support prime minister Harold Wilson over the union reforms, he said: "I am not going to resign. They will have to throw me out."',
    ]);
    expect(speakerOf(story, 'I am not going to resign')).toBe('Arthur Penhale');
  });

  // The sentence before names a woman as its subject and one man: the "he" after is his.
  it('gives "he told" to the one man a sentence names after a woman its subject, not to an earlier speaker', () => {
    const story = storyOf([
      'Critics pick their winners',
      '',
      '"I think Carver will win," said film critic Oliver Brandt.',
      'Actress Julia Hemsworth is also the personal choice of Simon Ashdown, executive editor of a trade magazine.',
      'But while he tipped Carver to win, he predicted it would be a close contest.',
      '"Everything can flip by one vote," he told the BBC.',
    ]);
    expect(speakerOf(story, 'Everything can flip by one vote')).toBe('Simon Ashdown');
  });
});
