import { describe, expect, it } from 'vitest';
import { ownWordsLabel, renderText } from '../../src/render/text.js';
import { headlineCase } from '../../src/core/ingest/headline-case.js';
import type { Citation } from '../../src/core/types.js';
import { findCommand } from '../../commands/index.js';
import { loadStory } from '../../src/store/load-story.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const wire: Citation = {
  article: 'reuters/1000',
  sentence: 3,
  title: headlineCase('NATIONAL AMUSEMENTS AGAIN UPS VIACOM <VIA> BID'),
  outlet: 'Reuters',
  date: '1987-03-03',
  url: 'https://example.org/via',
};
const bare: Citation = {
  article: 'seeds/004',
  sentence: 2,
  title: 'Attorney General Jeff Sessions, once one of the most powerful…',
  outlet: null,
  date: null,
  url: null,
};

describe('the terminal cites as Discord does, with a plain date', () => {
  it('numbers the sources of an answer in the order first cited and lists what is known of each, never the file id', () => {
    const text = renderText(
      {
        kind: 'ask',
        result: {
          query: 'bid',
          answers: [
            { text: 'Viacom said the bid was raised.', citations: [wire, bare], score: 1 },
            { text: 'It was raised again.', citations: [bare], score: 1 },
          ],
        },
      },
      { articleCount: 5 },
    );
    expect(text).toBe(
      [
        '“bid”',
        '',
        '1. Viacom said the bid was raised. [1] [2]',
        '   in 2 of 5 articles',
        '',
        '2. It was raised again. [2]',
        '',
        '[1] Reuters · 3 March 1987 · “National Amusements Again Ups Viacom <VIA> Bid” https://example.org/via',
        '[2] “Attorney General Jeff Sessions, once one of the most powerful…”',
      ].join('\n'),
    );
    expect(text).not.toMatch(/reuters\/1000|#3/);
  });

  it("a quote ends with its sources' numbers, its speaker says in how many articles", () => {
    const text = renderText(
      {
        kind: 'who-said',
        result: { query: 'weak', matches: [{ quote: 'Weak,', speaker: 'Donald Trump', speakerKind: 'named', cue: 'will say', citations: [bare, wire] }] },
      },
      { articleCount: 5 },
    );
    expect(text).toMatch(/^“Weak,” \[1\] \[2\]\n {3}— Donald Trump \(named in the text; “will say”\), in 2 of 5 articles\n\n\[1\] “Attorney/);
  });
});

describe('whose own words an article sentence is', () => {
  const cite = (article: string, outlet: string | null): Citation => ({ article, sentence: 1, title: 'T', outlet, url: null });

  it('names the outlet when every article is of one, else the article or articles', () => {
    expect(ownWordsLabel([cite('a', 'Reuters'), cite('b', 'Reuters')])).toBe('Reuters’ own words, not a quote');
    expect(ownWordsLabel([cite('a', null)])).toBe('the article’s own words, not a quote');
    expect(ownWordsLabel([cite('a', null), cite('b', null)])).toBe('the articles’ own words, not a quote');
    expect(ownWordsLabel([cite('a', 'BBC News'), cite('b', 'The Week')])).toBe('the articles’ own words, not a quote');
  });
});

describe('help in the terminal', () => {
  it('puts a name too long for the column on its own line, its description under the others (/timeline [about] [from] [to], the context menu)', async () => {
    const { story } = await loadStory(SEEDS);
    const help = findCommand('help')!.run(story, {});
    if (help.kind === 'usage-error') throw new Error(help.message);
    const text = renderText(help, { articleCount: 5 });
    expect(text).toMatch(/^ {2}\/ask <question> {9}Ask about the story/m);
    expect(text).toMatch(/^ {2}\/timeline \[about\] \[from\] \[to\]\n {26}What happened when/m);
    expect(text).toMatch(/^ {2}Read a passage in context…\n {26}the menu under an answer/m);
  });
});
