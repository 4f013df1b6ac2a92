import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../commands/index.js';
import { readOptionText } from '../commands/command.js';
import { loadStory } from '../src/store/load-story.js';
import { SEEDS } from './fixtures/read-fixture.js';

const seedStory = await loadStory(SEEDS);

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

describe('/help', () => {
  const help = findCommand('help')!.run(seedStory.story, {});
  const examples = help.kind === 'help' ? help.result.commands : [];

  it('gives every command an example taken from the story, and each example finds an answer', () => {
    expect(examples.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    for (const { name, example } of examples) {
      const command = findCommand(name)!;
      const value = /^\/[\w-]+ [\w-]+: (.+)$/.exec(example)?.[1];
      expect(value === undefined).toBe(command.options.length === 0);
      const answer = command.run(seedStory.story, value ? { [command.options[0]!.name]: value } : {});
      const found =
        answer.kind === 'usage-error'
          ? 0
          : 'answers' in answer.result
            ? answer.result.answers.length
            : 'matches' in answer.result
              ? answer.result.matches.length
              : 'quotes' in answer.result
                ? answer.result.quotes.length
                : 'events' in answer.result
                  ? answer.result.events.length
                  : 1;
      expect(found, example).toBeGreaterThan(0);
    }
  });

  it('says how the context menu and the buttons work', () => {
    expect(help.kind === 'help' && help.result.tips.map((t) => t.name)).toEqual(['Apps → Who said this?', 'Share', 'Context', 'Previous / Next']);
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
