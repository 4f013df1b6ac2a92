import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/terminal/cli-args.js';
import { answerConsoleLine, parseConsoleLine } from '../../src/terminal/console.js';
import { suggestCommand } from '../../commands/index.js';
import { renderText } from '../../src/render/text.js';
import { countOf } from '../../src/core/text/count-of.js';
import { loadStory } from '../../src/store/load-story.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const parsed = (command: string | null, text: string, more: Partial<{ json: boolean; all: boolean; help: boolean; corpus: string }> = {}) => ({
  ok: true,
  command,
  text,
  json: false,
  all: false,
  help: false,
  corpus: null,
  ...more,
});

describe('parseCliArgs', () => {
  it.each([
    [['ask', 'who', 'is', 'it?', '--json'], parsed('ask', 'who is it?', { json: true })],
    [['--corpus', 'news', 'sources'], parsed('sources', '', { corpus: 'news' })],
    [['sources', '--corpus=news'], parsed('sources', '', { corpus: 'news' })],
    [['people', '--all'], parsed('people', '', { all: true })],
    [['--help'], parsed(null, '', { help: true })],
    [['-h'], parsed(null, '', { help: true })],
    [['ask', '--help'], parsed('ask', '', { help: true })],
    [['who', 'said', 'Weak'], parsed('who-said', 'Weak')],
    [['ask', '--', '-5 degrees?'], parsed('ask', '-5 degrees?')],
    [['ask', 'hi', '--bogus', '--json'], { ok: false, message: 'unknown option --bogus', json: true }],
    [['ask', '-5'], { ok: false, message: 'unknown option -5 (text that starts with - goes after --)', json: false }],
    [['sources', '--corpus'], { ok: false, message: '--corpus needs a folder: --corpus DIR', json: false }],
    [['sources', '--corpus='], { ok: false, message: '--corpus needs a folder: --corpus DIR', json: false }],
    [
      ['timeline', 'Comey', '--from', 'March 2017', '--to=2018', '--png', 'out.png'],
      {
        ok: true,
        command: 'timeline',
        text: 'Comey',
        json: false,
        all: false,
        help: false,
        corpus: null,
        options: { from: 'March 2017', to: '2018' },
        png: 'out.png',
      },
    ],
    [['timeline', '--png'], { ok: false, message: '--png needs a file: --png FILE', json: false }],
    [['--json'], { ok: false, message: 'no command given', json: true }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });
});

describe('parseConsoleLine', () => {
  it.each([
    ['/ask question: Who won?', { kind: 'command', name: 'ask', text: 'Who won?' }],
    ['ask Comey: was he fired?', { kind: 'command', name: 'ask', text: 'Comey: was he fired?' }],
    ['/quotes speaker: the mayor', { kind: 'command', name: 'quotes', text: 'the mayor' }],
    ['who said Weak', { kind: 'command', name: 'who-said', text: 'Weak' }],
    ['/who said quote: Weak', { kind: 'command', name: 'who-said', text: 'Weak' }],
    ['people --all', { kind: 'command', name: 'people', text: '', all: true }],
    ['timeline Jeff Sessions --all', { kind: 'command', name: 'timeline', text: 'Jeff Sessions', all: true }],
    ['ask --help', { kind: 'command', name: 'ask', text: '', help: true }],
    ['/help', { kind: 'command', name: 'help', text: '' }],
    ['?', { kind: 'command', name: 'help', text: '' }],
    ['quit', { kind: 'quit' }],
    ['   ', { kind: 'empty' }],
  ])('%j', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });
});

describe('a mistyped command', () => {
  it.each([
    ['aks', 'ask'],
    ['timline', 'timeline'],
    ['qoutes', 'quotes'],
    ['whosaid', 'who-said'],
    ['who_said', 'who-said'],
    ['peop', 'people'],
    ['sorces', 'sources'],
    ['hlep', 'help'],
    ['xyz', undefined],
    ['cricket', undefined],
  ])('%s → %s', (typed, meant) => {
    expect(suggestCommand(typed)?.name).toBe(meant);
  });

  it('the console says which command was meant', async () => {
    const story = (await loadStory(SEEDS)).story;
    expect(answerConsoleLine(story, { kind: 'command', name: 'aks', text: 'who?' })).toBe('Unknown command "aks". Did you mean /ask? Type /help for the list.');
    expect(answerConsoleLine(story, { kind: 'command', name: 'ask', text: '', help: true })).toMatch(/^\/ask <question>\n {2}Ask about the story/);
  });
});

describe('counts and long lists in the terminal', () => {
  it.each([
    [0, 'mention', undefined, '0 mentions'],
    [1, 'mention', undefined, '1 mention'],
    [4294, 'mention', undefined, '4,294 mentions'],
    [1, 'person', 'people', '1 person'],
    [2, 'person', 'people', '2 people'],
  ])('countOf(%d, %s)', (n, singular, plural, expected) => {
    expect(countOf(n, singular, plural)).toBe(expected);
  });

  const people = Array.from({ length: 4294 }, (_, i) => ({ name: `Person ${i + 1}`, aliases: [], roles: [], mentions: i === 0 ? 1 : 2 }));
  const answer = { kind: 'people' as const, result: { people } };

  it('people on a large story shows the first 50, then how many more and how to see them', () => {
    const lines = renderText(answer, { articleCount: 2000, listLimit: 50, moreHint: 'use --all or --json' }).split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('Person 1 (1 mention)');
    expect(lines[1]).toBe('Person 2 (2 mentions)');
    expect(lines[50]).toBe('… and 4,244 more; use --all or --json');
  });

  it('without a limit (--all), every entry', () => {
    expect(renderText(answer, { articleCount: 2000 }).split('\n')).toHaveLength(4294);
  });
});
