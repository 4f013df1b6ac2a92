import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/core/story/build-story.js';
import { prepareStory, prepareStorySteps } from '../../../src/core/story/prepare-story.js';
import { ask } from '../../../src/core/answer/ask.js';
import { whoSaid } from '../../../src/core/answer/quotes.js';
import { timeline } from '../../../src/core/answer/timeline.js';
import type { Thesaurus } from '../../../src/core/index/thesaurus.js';
import type { StoryQuote } from '../../../src/core/types.js';
import { readCorpus } from '../../../src/store/corpus/read-corpus.js';
import { fixture } from '../../fixtures/read-fixture.js';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

describe('prepareStory: what answers look up, worked out once and carried by the story', () => {
  const { story } = buildStory(readCorpus(SEEDS).sources);

  it("holds the look-ups as the story's own fields: articles by id, headlines, the cast by name, quote words, the timeline", () => {
    const { lookups } = story;
    expect([...lookups.articles.keys()]).toEqual(story.articles.map((a) => a.id));
    expect(lookups.headlines.size).toBe(story.articles.length);
    expect(lookups.people.byName.get('sessions')?.[0]?.name).toBe('Jeff Sessions');
    expect(lookups.people.nameWords.has('Sessions')).toBe(true);
    expect(lookups.quoteWords.numbered).toHaveLength(story.quotes.length);
    expect(lookups.timeline.events).toHaveLength(story.events.length);
    expect(lookups.timeline.positions.every((ids, i) => ids.length === lookups.timeline.events[i]!.occurrences.length)).toBe(true);
  });

  it('prepares in small steps (a reloading bot answers between them), to a story that answers as one prepared at once', () => {
    // Many quotes: the quote words alone take several steps.
    const quotes: StoryQuote[] = Array.from({ length: 2_000 }, (_, i) => ({
      ...story.quotes[i % story.quotes.length]!,
      text: `${story.quotes[i % story.quotes.length]!.text} ${i}`,
    }));
    const data = { ...story, quotes };
    const steps = prepareStorySteps(data);
    let count = 0;
    let next = steps.next();
    while (!next.done) {
      count++;
      next = steps.next();
    }
    expect(count).toBeGreaterThan(4);
    const once = prepareStory(data);
    for (const words of ['Sessions', 'This is the Trump era']) expect(whoSaid(next.value, words)).toEqual(whoSaid(once, words));
    expect(timeline(next.value, 'Sessions')).toEqual(timeline(once, 'Sessions'));
  });

  it('answers with the thesaurus it was lent, which the story data does not hold', () => {
    const data = buildStory([fixture('headline-context')]).story;
    const thesaurus: Thesaurus = { synonyms: (phrase) => (phrase === 'applauded' ? ['cheered'] : []) };
    const lent = prepareStory(data, { thesaurus });
    expect(lent.services.thesaurus).toBe(thesaurus);
    // "cheered" (characters 8 to 15) answers "applauded" only through the thesaurus.
    const cheered = (s: typeof data) =>
      [...ask(s, 'applauded speech').answers, ...(ask(s, 'applauded speech').related ?? [])].some((a) =>
        a.highlights?.some(([from, to]) => a.text.slice(from, to) === 'cheered'),
      );
    expect(cheered(lent)).toBe(true);
    expect(cheered(prepareStory(data))).toBe(false);
  });
});
