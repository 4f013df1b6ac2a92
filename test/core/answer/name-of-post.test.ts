import { describe, expect, it } from 'vitest';
import { askedAsPostHolder } from '../../../src/core/answer/name-of-post.js';
import { ask } from '../../../src/core/answer/ask.js';
import { seedStory } from '../../discord/bot-harness.js';

describe('askedAsPostHolder: a post holder\'s name asked is "Who is the …?"', () => {
  it.each([
    ['Russian ambassador name', 'Who is the Russian ambassador?'],
    ["What is the Russian ambassador's name?", 'Who is the Russian ambassador?'],
    ["What was the judge's name?", 'Who was the judge?'],
    // Not a post: a firm's name is asked of the firm, not of a person.
    ["What is the company's name?", null],
    ['company name', null],
  ])('%j → %j', (question, who) => {
    expect(askedAsPostHolder(question)).toBe(who);
  });

  it('answers a search in keywords for a post holder with the sentence that names them by the post (the seeds)', () => {
    expect(ask(seedStory.story, 'Russian ambassador name').answers[0]?.text).toContain('Russian Ambassador Sergey Kislyak');
  });
});
