import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../commands/index.js';
import { readOptionText } from '../commands/command.js';

describe('command registry', () => {
  it('has unique names that follow Discord rules (lower case, 1-32 characters) and descriptions of 1-100 characters', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) {
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options) expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
    }
  });
});

describe('readOptionText', () => {
  it.each([
    ['timeline', 'Comey from: 2017 to: March 2018', { about: 'Comey', from: '2017', to: 'March 2018' }],
    ['timeline', 'about: the attorney general TO: 2018', { about: 'the attorney general', to: '2018' }],
    ['timeline', 'from: 2017', { from: '2017' }],
    ['timeline', '', {}],
    ['ask', 'question: Sessions said: from: here', { question: 'Sessions said: from: here' }],
    ['ask', 'Comey: was he fired?', { question: 'Comey: was he fired?' }],
    ['sources', 'anything', {}],
  ])('%s %j', (name, text, expected) => {
    expect(readOptionText(findCommand(name)!, text)).toEqual(expected);
  });
});
