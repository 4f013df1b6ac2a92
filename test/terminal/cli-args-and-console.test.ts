import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/terminal/cli-args.js';
import { parseConsoleLine } from '../../src/terminal/console.js';

describe('parseCliArgs', () => {
  it.each([
    [['ask', 'who', 'is', 'it?', '--json'], { ok: true, command: 'ask', text: 'who is it?', json: true, corpus: null }],
    [['--corpus', 'news', 'sources'], { ok: true, command: 'sources', text: '', json: false, corpus: 'news' }],
    [['sources', '--corpus=news'], { ok: true, command: 'sources', text: '', json: false, corpus: 'news' }],
    [['ask', 'hi', '--bogus', '--json'], { ok: false, message: 'unknown option --bogus', json: true }],
    [['timeline', 'Comey', '--from', 'March 2017', '--to=2018', '--png', 'out.png'], { ok: true, command: 'timeline', text: 'Comey', json: false, corpus: null, options: { from: 'March 2017', to: '2018' }, png: 'out.png' }],
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
    ['/help', { kind: 'command', name: 'help', text: '' }],
    ['?', { kind: 'command', name: 'help', text: '' }],
    ['quit', { kind: 'quit' }],
    ['   ', { kind: 'empty' }],
  ])('%j', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });
});
