import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';

/** A story of one article, given as its lines. */
function storyOf(lines: string[]) {
  return buildStory([{ id: 'a1.txt', text: lines.join('\n') }]).story;
}

const speakerOf = (story: ReturnType<typeof storyOf>, words: string) => whoSaid(story, words).matches[0]?.speaker;

describe('a sentence that opens on a name and an aside of whom they are with', () => {
  // "Hartley, alongside Joe Penn, introduced Sam Rudd and recalled …": the verbs after the aside are Hartley's, and so
  // is the "he said" that follows; Sam Rudd is whom he introduced.
  const story = storyOf([
    'Guitar greats honoured',
    '',
    'Guitarist Mark Hartley led the tributes at the ceremony in New York.',
    'Hartley, alongside Joe Penn, also introduced fellow guitarist Sam Rudd and recalled seeing him play as a teenager.',
    '"He was for me what Elvis was for other people," he said.',
  ]);

  it('gives the "he said" after it to the name the sentence opens on, not to the one it introduced', () => {
    expect(speakerOf(story, 'He was for me what Elvis was')).toBe('Mark Hartley');
  });

  it('still gives it to the opening name without the aside', () => {
    const plain = storyOf([
      'Guitar greats honoured',
      '',
      'Guitarist Mark Hartley led the tributes at the ceremony in New York.',
      'Hartley also introduced fellow guitarist Sam Rudd and recalled seeing him play as a teenager.',
      '"He was for me what Elvis was for other people," he said.',
    ]);
    expect(speakerOf(plain, 'He was for me what Elvis was')).toBe('Mark Hartley');
  });
});
