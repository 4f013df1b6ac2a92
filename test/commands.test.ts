import { describe, expect, it } from 'vitest';
import { appCommands, commands, findAppCommand, findCommand } from '../commands/index.js';
import { positionalArgs, readOptionText, withoutOptionName } from '../commands/command.js';
import { reloadCommand } from '../commands/reload.js';
import { whoSaidThisCommand } from '../commands/who-said-this.js';
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
    expect(help.kind === 'help' && help.result.tips.map((t) => t.name)).toEqual([
      'Apps → Who said this?',
      'Share',
      'Read a passage in context…',
      'Previous / Next',
    ]);
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

describe('how typed text maps to options', () => {
  it.each([
    ['ask', 'question: why?', 'why?'],
    ['ask', 'QUESTION:why?', 'why?'],
    ['ask', 'Sessions said: no', 'Sessions said: no'],
    ['timeline', 'about: Comey from: 2017', 'Comey from: 2017'],
    ['sources', 'question: x', 'question: x'],
  ])('withoutOptionName %s %j', (name, text, expected) => {
    expect(withoutOptionName(findCommand(name)!, text)).toBe(expected);
  });

  it('the CLI’s words are all the first option’s text, and a command without options takes none', () => {
    expect(positionalArgs(findCommand('timeline')!, 'Comey from: 2017')).toEqual({ kind: 'args', args: { about: 'Comey from: 2017' } });
    expect(positionalArgs(findCommand('ask')!, '')).toEqual({ kind: 'args', args: {} });
    expect(positionalArgs(findCommand('sources')!, '')).toEqual({ kind: 'args', args: {} });
    expect(positionalArgs(findCommand('sources')!, 'x')).toEqual({ kind: 'usage-error', message: 'sources takes no text. Usage: sources' });
  });
});

describe('autocomplete', () => {
  const story = seedStory.story;

  it('every option marked autocomplete is completed by its command from the story', () => {
    for (const command of commands) {
      for (const option of command.options.filter((o) => o.autocomplete))
        expect(command.complete?.(story, option.name, '').length, `${command.name} ${option.name}`).toBeGreaterThan(0);
    }
  });

  it('when some letters are typed, offers the speakers that start with them first, without case or accents mattering', () => {
    expect(findCommand('quotes')!.complete!(story, 'speaker', 'SESS')[0]).toBe('Jeff Sessions');
    expect(findCommand('timeline')!.complete!(story, 'about', 'com')).toContain('James Comey');
  });

  it('offers nothing for an option that is not completed', () => {
    expect(findCommand('timeline')!.complete!(story, 'from', '20')).toEqual([]);
    expect(findCommand('ask')!.complete).toBeUndefined();
  });
});

describe('the bot’s commands of every kind', () => {
  it('are the typed commands, then the admin and message commands, each found by its kind and exact name', () => {
    expect(appCommands.map((c) => `${c.kind}:${c.name}`)).toEqual([...commands.map((c) => `slash:${c.name}`), 'admin:reload', 'message:Who said this?']);
    expect(findAppCommand('admin', 'reload')).toBe(reloadCommand);
    expect(findAppCommand('admin', 'reload')?.access).toBe('admin');
    expect(findAppCommand('slash', 'reload')).toBeUndefined();
    expect(findAppCommand('message', 'Who said this?')).toBe(whoSaidThisCommand);
    expect(findAppCommand('message', 'who said this?')).toBeUndefined();
  });

  it.each(['<@123>', '@everyone', '<#42> <:wave:77>', '""', '?!'])('answers %j, which names nothing to look for, with a usage hint', (text) => {
    for (const name of ['ask', 'who-said', 'quote', 'quotes']) {
      const answer = findCommand(name)!.run(seedStory.story, { [findCommand(name)!.options[0]!.name]: text });
      expect(answer).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('Usage:') });
    }
  });

  it('looks for the words around a mention, not the mention', () => {
    const answer = findCommand('ask')!.run(seedStory.story, { question: '<@123> Sessions recusal @here' });
    expect(answer.kind === 'ask' && answer.result.query).toBe('Sessions recusal');
  });

  it('"Who said this?" answers as /who-said does on the same words, which its buttons run again', () => {
    const asked = whoSaidThisCommand.asked('  Weak  ');
    expect(asked).toEqual({ command: 'who-said', args: { quote: 'Weak' } });
    expect(whoSaidThisCommand.run(seedStory.story, '  Weak  ')).toEqual(findCommand(asked.command)!.run(seedStory.story, asked.args));
    expect(whoSaidThisCommand.run(seedStory.story, ' ').kind).toBe('usage-error');
  });

  it('/reload reports a failed reload as an answer, not a throw', async () => {
    const error = new Error('no articles');
    expect(await reloadCommand.run({ reload: () => Promise.reject(error) })).toEqual({ kind: 'reload-failed', error });
    const outcome = { kind: 'done' as const, result: { articles: 3, hash: 'abc', warnings: 0 } };
    expect(await reloadCommand.run({ reload: () => Promise.resolve(outcome) })).toEqual({ kind: 'reloaded', outcome });
  });
});
