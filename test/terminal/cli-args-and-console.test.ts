import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/terminal/cli-args.js';
import { parseConsoleLine } from '../../src/terminal/console.js';

describe('parseCliArgs', () => {
  it.each([
    [['ask', 'who', 'is', 'it?', '--json'], { ok: true, command: 'ask', text: 'who is it?', json: true, corpus: null }],
    [['--corpus', 'news', 'sources'], { ok: true, command: 'sources', text: '', json: false, corpus: 'news' }],
    [['sources', '--corpus=news'], { ok: true, command: 'sources', text: '', json: false, corpus: 'news' }],
    [['ask', 'hi', '--bogus', '--json'], { ok: false, message: 'unknown option --bogus', json: true }],
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
