import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../../../src/core/story/build-story.js';
import { FIXTURES } from '../../fixtures/read-fixture.js';
import { timelineTopics, timelineTopicSteps } from '../../../src/core/answer/topics.js';
import { STOP_WORDS } from '../../../src/core/index/stop-words.js';
import { seedStory } from '../../discord/bot-harness.js';
import { timelineCommand } from '../../../commands/timeline.js';

const DAYS_AND_MONTHS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Words a timeline was offered before topics came from tags: weekdays, verbs, adjectives. */
const NOT_TOPICS = ['thursday', 'following', 'asked', 'general', 'today', 'said', 'told', 'rose', 'fell', 'morning', 'anonymity'];

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

/** A story of the fixture articles, built afresh (its topics not tallied yet): wire copy and web pages of stories other than the seeds'. */
function fixtureStory() {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  return buildStory(files.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(FIXTURES, f), 'utf8') }))).story;
}

describe('timeline topics', () => {
  it('on the seeds: people, organisations and subjects of the story, never a weekday, function word or verb', () => {
    checkTopics('seeds', seedStory.story, ['Jeff Sessions', 'James Comey', 'Justice Department', 'Senate Intelligence Committee', 'investigation', 'election']);
    expect(timelineTopics(seedStory.story)[0]).toEqual({ text: 'Jeff Sessions', kind: 'person', events: expect.any(Number) });
  });

  it('on the wire and web articles of other stories (the test fixtures) as well', () => {
    checkTopics('fixtures', fixtureStory(), ['Ellen Park', 'quotas', 'talks']);
  });

  it('worked out in steps (as the loader does) gives the same topics as at once', () => {
    const once = timelineTopics(fixtureStory());
    const stepped = fixtureStory();
    for (const step of timelineTopicSteps(stepped)) step();
    expect(timelineTopics(stepped)).toEqual(once);
  });
});

describe('timeline topics named in capitals', () => {
  // BBC entertainment 064 and 078: the Oscars are neither a person, an organisation nor a place to compromise.
  const { story } = buildStory([
    {
      id: 'ready',
      text: "Hollywood ready for Oscars night\n\nHollywood is preparing for the biggest night in the film world's calendar, the 77th Academy Awards, on Sunday.\n",
    },
    {
      id: 'baby',
      text: "Baby becomes new Oscar favourite\n\nClint Eastwood's boxing drama Million Dollar Baby has become the new favourite to win best picture at the Oscars on Sunday.\n\nIts star Hilary Swank is favourite to win best actress while Jamie Foxx is tipped to win best actor for Ray.\n\nShe previously won in 1999 for her performance in Boys Don't Cry.\n",
    },
  ]);

  it('offers the names of things the events are about (the Oscars, a film), so that typing "oscar" finds them', () => {
    const texts = timelineTopics(story).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['Oscars', 'Academy Awards', 'Million Dollar Baby']));
    expect(timelineCommand.complete!(story, 'about', 'oscar')).toEqual(['Oscars']);
  });

  it('never offers a person no event mentions: the timeline about them would be empty', () => {
    expect(story.people.map((p) => p.name)).toContain('Jamie Foxx');
    expect(timelineCommand.complete!(story, 'about', 'foxx')).toEqual([]);
  });

  it('offers a person an event names by pronoun ("She previously won in 1999", after "Its star Hilary Swank…")', () => {
    expect(timelineCommand.complete!(story, 'about', 'swank')).toEqual(['Hilary Swank']);
  });

  it("never a name cut at a contraction or a person's own name", () => {
    const texts = timelineTopics(story).map((t) => t.text);
    expect(texts.filter((t) => /Don't|Eastwood's/.test(t))).toEqual([]);
  });
});
