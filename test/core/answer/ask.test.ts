import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/build-story.js';
import { ask } from '../../../src/core/answer/ask.js';
import { fixture } from '../../fixtures/read-fixture.js';

describe('ask on hand-made articles', () => {
  const { story } = buildStory([fixture('headline-context'), fixture('header-widgets')]);

  it('lets the headline supply some words of the question, at half weight, when the sentence has one of its own', () => {
    const single = buildStory([fixture('headline-context')]).story;
    const result = ask(single, 'Why was the ferry vote postponed?');
    expect(result.answers.map((a) => a.text)).toContain('Councillors said missing cost estimates forced the postponement.');
  });

  it('does not answer from the headline alone: every passage has a word of the question of its own', () => {
    const result = ask(story, 'ferry contract');
    expect(result.answers.length).toBeGreaterThan(0);
    for (const a of result.answers) expect(a.text).toMatch(/ferry|contract/i);
  });

  it('forgives a one-letter typo in a long word', () => {
    expect(ask(story, 'councilors').answers[0]?.text).toContain('Councillors said');
  });

  it('gives no answer to "how many" when no passage has a number', () => {
    expect(ask(story, 'How many councillors wanted the postponement?').answers).toEqual([]);
  });
});
