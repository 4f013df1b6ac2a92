import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/build-story.js';
import { timeline } from '../../../src/core/answer/timeline.js';

describe('timeline about a topic', () => {
  const { story } = buildStory(
    [
      { id: 'harbour', text: 'Harbour opens\n\nThe new harbour opened to ferries on Monday, the council said.\n\nFerry fares rose on Tuesday, operators said.\n' },
      { id: 'vote', text: 'Council vote\n\nOn Wednesday the council voted to close the old harbour to ferry traffic.\n\nThe mayor left for Paris on Thursday.\n' },
    ],
    { harbour: { date: '2021-03-10' }, vote: { date: '2021-03-12' } },
  );

  it('keeps the events one of whose sentences has every word of the topic, in any form (ferries / ferry)', () => {
    expect(timeline(story, 'harbour ferries').events.map((e) => e.text)).toEqual([
      'The new harbour opened to ferries on Monday, the council said.',
      'On Wednesday the council voted to close the old harbour to ferry traffic.',
    ]);
    expect(timeline(story, 'ferry fares').events.map((e) => e.text)).toEqual(['Ferry fares rose on Tuesday, operators said.']);
  });

  it('keeps nothing for a topic of stop words only, or a word no event has', () => {
    expect(timeline(story, 'the').events).toEqual([]);
    expect(timeline(story, 'Paris ferry').events).toEqual([]);
  });
});
