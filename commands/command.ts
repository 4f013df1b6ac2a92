/**
 * What a command is: a definition (name, description, options, as Discord and the CLI both read
 * it) plus a `run(story, args)` that returns a typed answer. Adapters render the answer.
 */
import type { AskResult, PeopleResult, QuotesResult, SourcesResult, Story, TimelineResult, WhoSaidResult } from '../src/core/types.js';

/** A string option of a command. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  maxLength?: number;
  autocomplete?: boolean;
}

/** Every answer a command can give, tagged by kind; `result` is the CLI JSON contract. */
export type Answer =
  | { kind: 'ask'; result: AskResult }
  | { kind: 'sources'; result: SourcesResult }
  | { kind: 'people'; result: PeopleResult }
  | { kind: 'who-said'; result: WhoSaidResult }
  | { kind: 'quote'; result: WhoSaidResult }
  | { kind: 'quotes'; result: QuotesResult }
  | { kind: 'timeline'; result: TimelineResult }
  | { kind: 'help'; result: HelpResult };

/** What /help says: each command with an example (as typed, `/ask question: …`), and how the answers' buttons and menu work. */
export interface HelpResult {
  commands: { name: string; usage: string; description: string; example: string }[];
  tips: { name: string; text: string }[];
}

/** Bad input: the message says what was wrong and how to ask instead. */
export interface UsageError {
  kind: 'usage-error';
  message: string;
}

/** A command: data plus a handler, answering from the story in every adapter (a slash command on Discord). */
export interface Command {
  kind: 'slash';
  name: string;
  description: string;
  options: CommandOption[];
  /** What to type as the option's value in /help's example for this story (commands without options have none). */
  example?(story: Story): string;
  /** What an option marked `autocomplete` may be, given what was typed so far, best first (the adapter keeps as many as it can show). */
  complete?(story: Story, option: string, typed: string): string[];
  run(story: Story, args: Record<string, string | undefined>): Answer | UsageError;
}

/** A command run on a message rather than typed (Discord's message context menu): the message's words in, an answer out. */
export interface MessageCommand {
  kind: 'message';
  name: string;
  run(story: Story, words: string): Answer | UsageError;
  /** The typed command its answer is, as the answer's buttons run it again. */
  asked(words: string): { command: string; args: Record<string, string> };
}

/**
 * A command that acts on the bot rather than answering from the story, for its admins only
 * (`access`): the adapter checks who asks and hands it the tools it acts with.
 */
export interface AdminCommand<Tools, Result> {
  kind: 'admin';
  name: string;
  description: string;
  access: 'admin';
  run(tools: Tools): Promise<Result>;
}

/** A command as typed in an example: `/ask question: Who is Jeff Sessions?`, `/sources`. */
export function exampleOf(command: Command, story: Story): string {
  const option = command.options[0];
  const value = option && command.example?.(story);
  return value ? `/${command.name} ${option.name}: ${value}` : `/${command.name}`;
}

/** The usage line of a command, e.g. `ask <question>`. */
export function usageOf(command: Command): string {
  const options = command.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [command.name, ...options].join(' ');
}

/** A user, role or channel mention, a custom emoji, or @everyone / @here. */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b/g;

/** Reads a required text option: trimmed, non-empty and within its length, or a usage error. */
export function requiredText(command: Command, option: CommandOption, value: string | undefined): string | UsageError {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'usage-error', message: `${command.name} needs ${option.description.toLowerCase()}. Usage: ${usageOf(command)}` };
  // Mentions, channels, emoji and bare punctuation name nothing an article could say.
  const words = text.replace(DISCORD_MARKUP, ' ').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(words))
    return {
      kind: 'usage-error',
      message: `${command.name} needs words to look for (mentions, channels, emoji and punctuation alone are not searched). Usage: ${usageOf(command)}`,
    };
  if (option.maxLength && text.length > option.maxLength) {
    return { kind: 'usage-error', message: `${option.name} is ${text.length} characters long; keep it to ${option.maxLength}. Usage: ${usageOf(command)}` };
  }
  return words;
}

/**
 * The options in text typed after a command, slash-command style: `twitter from: 2017 to: 2018`
 * or `about: twitter from: 2017`. Text before any option's name is the first option's; an option
 * is named by one of the command's own names and a colon, and only its first naming counts (the
 * first option's name only at the start), so "Sessions said: …" stays a question.
 *
 * @example readOptionText(timelineCommand, 'Comey from: 2017') // => { about: 'Comey', from: '2017' }
 */
export function readOptionText(command: Command, text: string): Record<string, string> {
  const [first, ...others] = command.options;
  if (!first) return {};
  const starts = others
    .map((o) => ({ name: o.name, at: new RegExp(`(?:^|\\s)${o.name}:`, 'i').exec(text) }))
    .filter((o): o is { name: string; at: RegExpExecArray } => o.at !== null)
    .map((o) => ({ name: o.name, start: o.at.index, value: o.at.index + o.at[0].length }))
    .sort((a, b) => a.start - b.start);
  const args: Record<string, string> = {};
  const lead = withoutOptionName(command, text.slice(0, starts[0]?.start ?? text.length));
  if (lead) args[first.name] = lead;
  starts.forEach((o, i) => (args[o.name] = text.slice(o.value, starts[i + 1]?.start ?? text.length).trim()));
  return args;
}

/** Text typed after a command without the first option's name in front (`question: why?` → `why?`), trimmed. */
export function withoutOptionName(command: Command, text: string): string {
  const first = command.options[0];
  return (first ? text.replace(new RegExp(`^${first.name}:\\s*`, 'i'), '') : text).trim();
}

/**
 * The CLI's words after a command as its arguments: all of them are the first option's text,
 * whatever they hold (its other options come named, `--from 2017`), or a usage error for a
 * command that takes no text.
 */
export function positionalArgs(command: Command, text: string): { kind: 'args'; args: Record<string, string> } | UsageError {
  const first = command.options[0];
  if (!first && text) return { kind: 'usage-error', message: `${command.name} takes no text. Usage: ${usageOf(command)}` };
  return { kind: 'args', args: first && text ? { [first.name]: text } : {} };
}

/** Checks a command's arguments against its options (required, length) without running it. */
export function checkArgs(command: Command, args: Record<string, string | undefined>): UsageError | null {
  for (const option of command.options) {
    if (!option.required && !args[option.name]?.trim()) continue;
    const checked = requiredText(command, option, args[option.name]);
    if (typeof checked !== 'string') return checked;
  }
  return null;
}

/**
 * A command of one text option whose answer comes from one core function.
 *
 * @example textCommand({ name: 'ask', description: '…', option }, (story, text) => ({ kind: 'ask', result: ask(story, text) }))
 */
export function textCommand(
  spec: { name: string; description: string; option: CommandOption; example: (story: Story) => string; complete?: (story: Story, typed: string) => string[] },
  answer: (story: Story, text: string) => Answer,
): Command {
  const complete = spec.complete;
  const command: Command = {
    kind: 'slash',
    name: spec.name,
    description: spec.description,
    options: [spec.option],
    example: spec.example,
    ...(complete ? { complete: (story: Story, option: string, typed: string) => (option === spec.option.name ? complete(story, typed) : []) } : {}),
    run(story, args) {
      if (!spec.option.required && !args[spec.option.name]?.trim()) return answer(story, '');
      const text = requiredText(command, spec.option, args[spec.option.name]);
      return typeof text === 'string' ? answer(story, text) : text;
    },
  };
  return command;
}
