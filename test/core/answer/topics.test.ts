import { describe, expect, it } from 'vitest';
import { buildSetStory, readStorySets } from '../../../eval/story-set.js';
import { timelineTopics, timelineTopicSteps } from '../../../src/core/answer/topics.js';
import { STOP_WORDS } from '../../../src/core/index/stop-words.js';
import { seedStory } from '../../discord/bot-harness.js';

const DAYS_AND_MONTHS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Words a timeline was offered before topics came from tags: weekdays, verbs, adjectives. */
const NOT_TOPICS = ['thursday', 'following', 'asked', 'general', 'today', 'said', 'told', 'rose', 'fell', 'morning'];

function checkTopics(name: string, story: Parameters<typeof timelineTopics>[0], expected: string[]): void {
  const topics = timelineTopics(story);
  const texts = topics.map((t) => t.text);
  for (const text of texts) {
    expect(text, name).not.toMatch(DAYS_AND_MONTHS);
    expect(STOP_WORDS.has(text.toLowerCase()), `${name}: ${text}`).toBe(false);
    expect(NOT_TOPICS, `${name}: ${text}`).not.toContain(text.toLowerCase());
  }
  expect(new Set(texts.map((t) => t.toLowerCase())).size).toBe(texts.length);
  for (const e of expected) expect(texts.slice(0, 25), name).toContain(e);
}

describe('timeline topics', () => {
  it('on the seeds: people, organisations and subjects of the story, never a weekday, function word or verb', () => {
    checkTopics('seeds', seedStory.story, ['Jeff Sessions', 'James Comey', 'Justice Department', 'Senate Intelligence Committee', 'investigation', 'election']);
    expect(timelineTopics(seedStory.story)[0]).toEqual({ text: 'Jeff Sessions', kind: 'person', events: expect.any(Number) });
  });

  it('on a Reuters story (Chrysler buys American Motors) as well', () => {
    const set = readStorySets().find((s) => s.name === 'reuters-takeover')!;
    checkTopics(set.name, buildSetStory(set), ['American Motors', 'Chrysler', 'merger', 'agreement']);
  });

  it('worked out in steps (the warm-up) gives the same topics as at once', () => {
    const set = readStorySets().find((s) => s.name === 'bbc-politics')!;
    const once = timelineTopics(buildSetStory(set));
    const stepped = buildSetStory(set);
    for (const step of timelineTopicSteps(stepped)) step();
    expect(timelineTopics(stepped)).toEqual(once);
  });
});
