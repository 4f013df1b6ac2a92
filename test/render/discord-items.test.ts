import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/store/load-story.js';
import { timeline } from '../../src/core/answer/timeline.js';
import { renderItems, visibleSpan } from '../../src/render/discord-items.js';
import { buildPage } from '../../src/discord/build-message.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const { story } = await loadStory(SEEDS);

describe('a timeline line on Discord', () => {
  // Seeds: "… asked Deputy Attorney General Rod Rosenstein and Sessions meet with him on May 8 to discuss grounds for firing the FBI director?"
  // The date phrase starts at character 180 of a 233-character sentence: past where a line is cut.
  const result = timeline(story, 'Rosenstein');
  const at = result.events.findIndex((e) => e.when === 'May 8');

  it('still shows, in bold, the words its date comes from when the sentence is too long for the line', () => {
    expect(at).toBeGreaterThanOrEqual(0);
    const page = buildPage(renderItems({ kind: 'timeline', result }, story), { command: 'timeline', args: { about: 'Rosenstein' } }, Math.floor(at / 5), 'h');
    const line = String(page.embeds[0]!.description)
      .split('\n')
      .find((l) => l.includes('Rosenstein'))!;
    expect(line).toContain('**May 8**');
    expect(line).toMatch(/^\*\*[^*]+\*\* …\S/);
    expect(line).toMatch(/…\s*\[\d+\]$|director\?\s*\[\d+\]$/);
  });

  it('shows a sentence that fits whole, its date phrase in bold', () => {
    const page = buildPage(renderItems({ kind: 'timeline', result: timeline(story, 'Twitter') }, story), { command: 'timeline' }, 0, 'h');
    expect(String(page.embeds[0]!.description)).toMatch(
      /^\*\*<t:\d+:D>\*\* Seemingly out of the blue, Trump rebuked Sessions in a Twitter eruption \*\*Monday morning\*\*\. \[1\]$/m,
    );
  });
});

describe('the part of a passage a shortened line shows', () => {
  const text =
    'Despite the rising tempers, bankers said there are no plans for the finance minister to meet commercial bankers during his trip to Washington on Friday and Saturday.';
  const saturday: [number, number] = [text.indexOf('Saturday'), text.indexOf('Saturday') + 8];

  it('cuts the end at a word, as before, when the phrase to keep is within the start', () => {
    const [start, end] = visibleSpan(text, 60, [12, 19]);
    expect(start).toBe(0);
    expect(text.slice(start, end)).toBe('Despite the rising tempers, bankers said there are no');
  });

  it('starts at a word before the phrase, leaving room for the ellipses, when the end would cut it off', () => {
    const [start, end] = visibleSpan(text, 60, saturday);
    expect(start).toBeGreaterThan(0);
    expect(text[start - 1]).toBe(' ');
    expect(end).toBe(text.length);
    expect(end - start + 1).toBeLessThanOrEqual(60);
    expect(text.slice(start, end)).toContain('on Friday and Saturday.');
  });
});
