import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';

/** A story of one article, given as its lines. */
function storyOf(lines: string[]) {
  return buildStory([{ id: 'a1.txt', text: lines.join('\n') }]).story;
}

const quoted = (story: ReturnType<typeof storyOf>) => story.quotes.map((q) => q.text);

describe('a few words a passive names something by, with no one it is named by', () => {
  const story = storyOf([
    'Children get a champion',
    '',
    'Professor Alan Greenfield has been appointed the first commissioner for children.',
    'Education Secretary Ruth Kelly said Prof Greenfield would "strengthen the voice of children".',
    'He trained at Guy\'s Hospital. He is described as "a proud grandfather" of four.',
    'The new network has been described as "3G on steroids" and could offer faster downloads.',
  ]);

  it("is a label in the writer's sentence, no one's quote", () => {
    expect(quoted(story)).not.toContain('a proud grandfather');
    expect(quoted(story)).not.toContain('3G on steroids');
    expect(whoSaid(story, 'a proud grandfather').matches[0]?.speaker).not.toBe('Ruth Kelly');
  });

  it('leaves the quote of the one who spoke before it', () => {
    expect(whoSaid(story, 'strengthen the voice of children').matches[0]?.speaker).toBe('Ruth Kelly');
  });

  it('stays a quote where the sentence says by whom, or reports someone', () => {
    const named = storyOf([
      'Plan attacked',
      '',
      'The plan was branded "a reckless gamble" by the Tories on Monday.',
      'Opposition leader Tom Hale said the scheme was described as "a tax on the poor" in the Commons.',
    ]);
    expect(quoted(named)).toContain('a reckless gamble');
    expect(quoted(named)).toContain('a tax on the poor');
  });
});
