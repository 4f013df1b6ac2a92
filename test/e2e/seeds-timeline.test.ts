import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/store/load-story.js';
import { timeline } from '../../src/core/answer/timeline.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const { story } = await loadStory(SEEDS);

describe('timeline over the seed story', () => {
  const result = timeline(story);

  it("puts dated events first, in date order, each resolved against 004's date", () => {
    const dated = result.events.filter((e) => e.date !== null);
    expect(dated.map((e) => e.date)).toEqual([...dated.map((e) => e.date!)].sort());
    expect(dated[0]).toMatchObject({ date: '2017-02-14', precision: 'day', resolvedFrom: '2017-06-09' });
    expect(dated.find((e) => e.when === 'The following day')!.date).toBe('2017-06-06');
  });

  it('keeps the relative dates of articles without a date unplaced, after the dated ones', () => {
    const firstUndated = result.events.findIndex((e) => e.date === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(result.events.slice(firstUndated).every((e) => e.date === null && e.resolvedFrom === null)).toBe(true);
    expect(result.events.slice(firstUndated).map((e) => e.when)).toContain('in March');
  });

  it('takes no date from a noun that carries a year ("the 2016 election") or a show title', () => {
    const texts = result.events.map((e) => e.text);
    expect(texts.some((t) => t.includes('the 2016 election, the Washington Post reports'))).toBe(false);
    expect(texts.some((t) => t.includes('"Saturday Night Live" caricature'))).toBe(false);
  });

  it('filters to a person by any alias, and to a topic by its words', () => {
    const comey = timeline(story, 'Comey');
    expect(comey.events.length).toBeGreaterThan(0);
    for (const e of comey.events) expect(e.text).toMatch(/Comey|FBI director/);
    expect(timeline(story, 'the attorney general').events.length).toBeGreaterThan(timeline(story, 'Comey').events.length);
    const twitter = timeline(story, 'twitter');
    expect(twitter.events.map((e) => e.date)).toEqual(['2017-06-05']);
  });

  it('says so when nothing is about the subject', () => {
    const none = timeline(story, 'olympics');
    expect(none.events).toEqual([]);
    expect(none.hint).toMatch(/No dated events about “olympics”/);
  });
});
