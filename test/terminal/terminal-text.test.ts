import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal, lineForTerminal } from '../../src/terminal/terminal-text.js';
import { formatWarning } from '../../src/store/load-story.js';
import { createLogger } from '../../src/app/log.js';

describe('text for a terminal', () => {
  it.each([
    ['an ANSI colour and clear-screen from an article', 'Red\u001b[31m alert\u001b[2J\u001b[H', 'Red[31m alert[2J[H'],
    ['a C1 control sequence introducer (one byte, no ESC)', 'a\u009b31mb', 'a31mb'],
    ['a carriage return that would overwrite the line', 'safe\rEVIL', 'safeEVIL'],
    ['a bell, a backspace and DEL', 'a\u0007b\u0008c\u007fd', 'abcd'],
    ['newlines and tabs, which are kept', 'one\n\ttwo', 'one\n\ttwo'],
  ])('drops control characters: %s', (_name, text, expected) => {
    expect(forTerminal(text)).toBe(expected);
  });

  it('makes one line of a warning whose file name holds a newline and an escape', () => {
    expect(lineForTerminal('a\nb\u001b[1mc')).toBe('a b[1mc');
    expect(formatWarning({ file: 'x\ny', message: 'is \u001b]0;title\u0007odd' })).toBe('warning: x y: is ]0;titleodd');
  });

  it('escapes DEL and C1 controls in JSON (which JSON.stringify leaves raw), keeping the parsed value', () => {
    const value = { text: 'a\u009b31m\u007fb\u001b' };
    const json = jsonForTerminal(JSON.stringify(value));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it.each([
    ['as JSON, escaped (the parsed line keeps the text)', false],
    ['readable on a terminal, dropped', true],
  ])('logs one line with no control character, from the message or from its context: %s', (_name, pretty) => {
    const lines: string[] = [];
    createLogger('info', [], { write: (line) => lines.push(line), pretty }).warn('warning: news/x\ny: \u001b[2J', { corpus: 'a\u009bb' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    if (pretty) expect(lines[0]).toMatch(/ WARN: warning: news\/x y: \[2J \{"corpus":"ab"\}$/);
    else expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: 'warning: news/x\ny: \u001b[2J', corpus: 'a\u009bb' });
  });
});
