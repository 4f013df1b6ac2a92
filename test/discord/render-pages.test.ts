import { describe, expect, it } from 'vitest';
import { buildPage, isPageOf, pageCount } from '../../src/discord/build-message.js';
import { renderItems } from '../../src/render/discord-items.js';
import type { Answer } from '../../commands/command.js';
import type { Citation, SourcesResult, Story, TimelineEvent } from '../../src/core/types.js';

const story = { articles: [{ id: 'a1', title: 'A long story', outlet: 'The Wire', byline: null, date: '2020-01-01', url: null, sentenceCount: 40 }] } as unknown as Story;
const cite = (sentence: number): Citation => ({ article: 'a1', sentence, title: 'A long story', outlet: 'The Wire', url: null });

/** `items`, as an array that records which positions are read. */
function watched<T>(items: T[]): { list: T[]; read: Set<number> } {
  const read = new Set<number>();
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, read };
}

const event = (i: number, text = `Event number ${i} happened.`): TimelineEvent => ({ date: '2020-01-01', precision: 'day', when: 'on 1 January', resolvedFrom: null, text, citations: [cite(i + 1)] });
const description = (page: ReturnType<typeof buildPage>) => String(page.embeds[0]!.description);

describe('a long answer is paged before it is rendered', () => {
  it('a timeline of 20,000 events renders a page by reading only that page\'s five events', () => {
    const { list, read } = watched(Array.from({ length: 20_000 }, (_, i) => event(i)));
    const rendered = renderItems({ kind: 'timeline', result: { events: list } }, story);
    expect(pageCount(rendered)).toBe(4000);
    expect(read.size).toBe(0);
    const page = buildPage(rendered, { command: 'timeline' }, 1234, 'h');
    expect([...read].sort((a, b) => a - b)).toEqual([6170, 6171, 6172, 6173, 6174]);
    expect(description(page)).toMatch(/^\*\*6171\.\*\*\n\*\*2020-01-01\*\*.*\n> Event number 6170 happened\./s);
    expect(page.embeds[0]!.footer!.text).toBe('Page 1235 of 4000 · /timeline');
  });

  it('/sources of 20,000 articles renders a page by reading only that page\'s ten articles', () => {
    const articles: SourcesResult['articles'] = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, outlet: null, byline: null, date: null, url: null, sentences: 3 }));
    const { list, read } = watched(articles);
    const rendered = renderItems({ kind: 'sources', result: { articles: list } }, story);
    expect(pageCount(rendered)).toBe(2000);
    buildPage(rendered, { command: 'sources' }, 1999, 'h');
    expect([...read].sort((a, b) => a - b)).toEqual([19990, 19991, 19992, 19993, 19994, 19995, 19996, 19997, 19998, 19999]);
  });

  it('knows which pages exist from the item count alone: whole numbers from 0 to the last', () => {
    const rendered = renderItems({ kind: 'timeline', result: { events: Array.from({ length: 12 }, (_, i) => event(i)) } }, story);
    expect(pageCount(rendered)).toBe(3);
    expect([0, 1, 2].map((p) => isPageOf(rendered, p))).toEqual([true, true, true]);
    expect([3, -1, 1.5, Number.NaN, 1e9].map((p) => isPageOf(rendered, p))).toEqual([false, false, false, false, false]);
  });

  it('five long excerpts share a page: each quote is shortened, every citation line kept, within Discord\'s 4096', () => {
    const long = 'A sentence that goes on and on, '.repeat(40);
    const answer: Answer = { kind: 'timeline', result: { events: Array.from({ length: 5 }, (_, i) => event(i, long)) } };
    const text = description(buildPage(renderItems(answer, story), { command: 'timeline' }, 0, 'h'));
    expect(text.length).toBeLessThanOrEqual(4096);
    for (let n = 1; n <= 5; n++) expect(text).toContain(`\`a1 #${n}\``);
    expect(text).toMatch(/…/);
  });

  it('a page whose items fit is rendered as before: quotes in full', () => {
    const answer: Answer = { kind: 'timeline', result: { events: [event(0, 'Short.'), event(1, 'Also short.')] } };
    expect(description(buildPage(renderItems(answer, story), { command: 'timeline' }, 0, 'h'))).toBe(
      '**1.**\n**2020-01-01** *(“on 1 January”)*\n> Short.\n— **The Wire**, *A long story* · `a1 #1`\n\n**2.**\n**2020-01-01** *(“on 1 January”)*\n> Also short.\n— **The Wire**, *A long story* · `a1 #2`',
    );
  });
});
