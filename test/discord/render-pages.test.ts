import { describe, expect, it } from 'vitest';
import { askedFromFooter, buildPage, isPageOf, menuPages, pageCount } from '../../src/discord/build-message.js';
import { sharedMessage } from '../../src/discord/button-replies.js';
import { renderItems } from '../../src/render/discord-items.js';
import type { Answer } from '../../commands/command.js';
import type { AskAnswer, Citation, SourcesResult, Story, TimelineEvent } from '../../src/core/types.js';

const story = {
  articles: [{ id: 'a1', title: 'A long story', outlet: 'The Wire', byline: null, date: '2020-01-01', url: null, sentenceCount: 40 }],
} as unknown as Story;
const cite = (sentence: number): Citation => ({ article: 'a1', sentence, title: 'A long story', outlet: 'The Wire', date: '2020-01-01', url: null });
/** 2020-01-01 at noon UTC: the same day for readers from UTC−11 to UTC+11. */
const NEW_YEAR = '<t:1577880000:D>';

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

const event = (i: number, text = `Event number ${i} happened.`): TimelineEvent => ({
  date: '2020-01-01',
  precision: 'day',
  when: 'on 1 January',
  resolvedFrom: null,
  text,
  citations: [cite(i + 1)],
});
const description = (page: ReturnType<typeof buildPage>) => String(page.embeds[0]!.description);

describe('a long answer is paged before it is rendered', () => {
  it("a timeline of 20,000 events renders a page by reading only that page's five events (and the date each page of the menu starts at)", () => {
    const { list, read } = watched(Array.from({ length: 20_000 }, (_, i) => event(i)));
    const rendered = renderItems({ kind: 'timeline', result: { events: list } }, story);
    expect(pageCount(rendered)).toBe(4000);
    expect(read.size).toBe(0);
    const page = buildPage(rendered, { command: 'timeline' }, 1234, 'h');
    const starts = menuPages(1234, 4000).map((p) => p * 5);
    expect([...read].sort((a, b) => a - b)).toEqual([...new Set([...starts, 6170, 6171, 6172, 6173, 6174])].sort((a, b) => a - b));
    expect(description(page)).toMatch(new RegExp(`^\\*\\*${NEW_YEAR}\\*\\* Event number 6170 happened\\. \\[1\\]\\n`));
    expect(page.embeds[0]!.footer!.text).toBe('Page 1235 of 4000 · /timeline');
  });

  it("/sources of 20,000 articles renders a page by reading only that page's ten articles", () => {
    const articles: SourcesResult['articles'] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `a${i}`,
      title: `Article ${i}`,
      outlet: null,
      byline: null,
      date: null,
      url: null,
      sentences: 3,
    }));
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

  it("three long passages with many long-linked sources share a page within Discord's 4096: each passage shortened, every source still numbered and listed", () => {
    const long = 'A sentence that goes on and on, '.repeat(40);
    const many = Array.from({ length: 12 }, (_, k) => ({
      ...cite(1),
      article: `a${k}`,
      title: `Story number ${k} `.repeat(8),
      url: `https://example.org/${'x'.repeat(900)}/${k}`,
    }));
    const answers: AskAnswer[] = [0, 1, 2].map((i) => ({ text: long, citations: many.slice(i * 4, i * 4 + 4), score: 1 }));
    const page = buildPage(renderItems({ kind: 'ask', result: { query: 'on and on', answers } }, story), { command: 'ask' }, 0, 'h');
    const text = description(page);
    expect(text.length).toBeLessThanOrEqual(4096);
    for (let n = 1; n <= 12; n++) expect(text).toMatch(new RegExp(`^\\[${n}\\] \\*\\*The Wire\\*\\* · ${NEW_YEAR} · `, 'm'));
    expect(text).toMatch(/^> A sentence .*… \[1\] \[2\] \[3\] \[4\]$/m);
    expect(text).toMatch(/^> A sentence .*… \[9\] \[10\] \[11\] \[12\]$/m);
  });

  it('a page whose items fit is rendered in full: each event apart, then the numbered sources', () => {
    const answer: Answer = { kind: 'timeline', result: { events: [event(0, 'Short.'), event(1, 'Also short.')] } };
    expect(description(buildPage(renderItems(answer, story), { command: 'timeline' }, 0, 'h'))).toBe(
      `**${NEW_YEAR}** Short. [1]\n\n**${NEW_YEAR}** Also short. [1]\n\n[1] **The Wire** · ${NEW_YEAR} · *A long story*`,
    );
  });
});

describe('citations a reader can use', () => {
  const ask = (answers: AskAnswer[]): string =>
    description(buildPage(renderItems({ kind: 'ask', result: { query: 'q', answers } }, story), { command: 'ask' }, 0, 'h'));
  const passage = (text: string, citations: Citation[], more: Partial<AskAnswer> = {}): AskAnswer => ({ text, citations, score: 1, ...more });

  it("numbers each page's sources in the order first cited: an article cited again keeps its number", () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => ({ ...cite(1), article: id, title: `Story ${id}` }));
    const text = ask([passage('One.', [a!, b!]), passage('Two.', [b!, c!])]);
    expect(text).toMatch(/^> One\. \[1\] \[2\]$/m);
    expect(text).toMatch(/^> Two\. \[2\] \[3\]$/m);
    expect(text).toMatch(/\[1\] .*Story a\*\n\[2\] .*Story b\*\n\[3\] .*Story c\*$/);
  });

  it("links the headline to the article's URL when known, and shows only the headline, shortened at a word boundary, when outlet and date are unknown", () => {
    const linked = { ...cite(1), url: 'https://example.org/story' };
    const bare: Citation = {
      article: 'b',
      sentence: 2,
      title: 'Attorney General Jeff Sessions, once one of the most powerful members of the Trump administration, has fallen',
      outlet: null,
      date: null,
      url: null,
    };
    const text = ask([passage('One.', [linked, bare])]);
    expect(text).toMatch(/^\[1\] \*\*The Wire\*\* · <t:\d+:D> · \[A long story\]\(https:\/\/example\.org\/story\)$/m);
    expect(text).toMatch(/^\[2\] \*Attorney General Jeff Sessions, once one of the most powerful members of the Trump…\*$/m);
    expect(text).not.toMatch(/#2|`b`/);
  });

  it('shows a date known only to the month or year in words', () => {
    const month = { ...cite(1), date: '2017-06' };
    const year = { ...cite(1), article: 'y', date: '1987' };
    expect(ask([passage('One.', [month, year])])).toMatch(/\[1\] \*\*The Wire\*\* · June 2017 · .*\n\[2\] \*\*The Wire\*\* · 1987 · /);
  });

  it('a passage cited by more than four sources shows four numbers and how many more', () => {
    const many = Array.from({ length: 6 }, (_, k) => ({ ...cite(1), article: `a${k}` }));
    expect(ask([passage('One.', many)])).toMatch(/^> One\. \[1\] \[2\] \[3\] \[4\] and 2 more$/m);
  });

  it("puts the question's words in bold, escaping the passage's own markdown, and never leaves a bold mark open when the passage is cut", () => {
    const text = 'He *did* offer to resign, sources said.';
    expect(
      ask([
        passage(text, [cite(1)], {
          highlights: [
            [9, 14],
            [18, 24],
          ],
        }),
      ]),
    ).toMatch(/^> He \\\*did\\\* \*\*offer\*\* to \*\*resign\*\*, sources said\. \[1\]$/m);
    const long = `${'word '.repeat(400)}resign.`;
    const cut = ask([passage(long, [cite(1)], { highlights: [[2000, 2006]] })]);
    expect(cut).not.toContain('**resign');
    expect((cut.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('the page menu', () => {
  it.each([3, 25, 26, 183, 4000])('offers at most 25 pages of %i: the first, the last, and the two either side of this one', (pages) => {
    for (const index of [0, 1, Math.floor(pages / 2), pages - 1]) {
      const offered = menuPages(index, pages);
      expect(offered.length).toBeLessThanOrEqual(25);
      expect(offered).toEqual([...new Set(offered)].sort((a, b) => a - b));
      for (const p of [0, pages - 1, index - 2, index - 1, index, index + 1, index + 2]) if (p >= 0 && p < pages) expect(offered).toContain(p);
      if (pages <= 25) expect(offered).toHaveLength(pages);
    }
  });
});

describe('a shared page', () => {
  it('says in its footer how to see the pages it has no buttons for, and keeps what was asked readable', () => {
    const rendered = renderItems({ kind: 'timeline', result: { events: Array.from({ length: 12 }, (_, i) => event(i)) } }, story);
    const page = buildPage(rendered, { command: 'timeline' }, 0, 'h');
    const shared = sharedMessage('42', buildPage(rendered, { command: 'timeline' }, 0, 'h', false, true).embeds);
    const footer = shared.embeds[0]!.footer!.text;
    expect(footer).toBe('Page 1 of 3 · the command for the rest · /timeline');
    expect(askedFromFooter(footer)).toEqual({ command: 'timeline', text: '' });
    expect(shared.embeds[0]!.description).toBe(page.embeds[0]!.description);
    expect(page.embeds[0]!.footer!.text).toBe('Page 1 of 3 · /timeline');
  });

  it('keeps the footer of the answer when saying how to see the rest would not fit', () => {
    const rendered = renderItems({ kind: 'timeline', result: { events: Array.from({ length: 12 }, (_, i) => event(i)) } }, story);
    const asked = { command: 'timeline', args: { about: 'x'.repeat(2000) } };
    const footer = (forEveryone: boolean) => buildPage(rendered, asked, 0, 'h', false, forEveryone).embeds[0]!.footer!.text;
    expect(footer(true)).toBe(footer(false));
    expect(footer(true)).toBe(`Page 1 of 3 · /timeline about: ${'x'.repeat(2000)}`);
  });
});
