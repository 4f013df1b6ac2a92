/**
 * The command-line adapter: `npm run -s cli -- <command> [text…] [--json] [--all] [--corpus DIR]`,
 * a command's other options by name (`timeline Comey --from 2017 --to 2018`), and `--png FILE` to
 * write a timeline's picture. Exit 0 with an answer (also "no good answer") or with `--help`, 2 for
 * bad usage with one line on stderr.
 */
import { writeFileSync } from 'node:fs';
import { distinctSourceCount } from '../core/answer/sources.js';
import { findCommand, suggestCommand } from '../../commands/index.js';
import { checkArgs, positionalArgs, usageOf } from '../../commands/command.js';
import { parseCliArgs } from '../terminal/cli-args.js';
import { cliUsage, commandUsage, USAGE_LINE } from '../terminal/cli-usage.js';
import { readConfig } from '../app/config.js';
import { UserError } from '../app/errors.js';
import { formatWarning, loadStory, type LoadedStory } from '../store/load-story.js';
import { renderText } from '../render/text.js';
import { forTerminal, jsonForTerminal, lineForTerminal } from '../terminal/terminal-text.js';
import { timelineCommand } from '../../commands/timeline.js';
import { timelinePng } from '../render/timeline-png.js';
import { PICTURE_PAGE } from '../render/timeline-svg.js';
import type { TimelineResult } from '../core/types.js';

/** Long lists print this many entries unless `--all` is given (`--json` is always complete). */
const LIST_LIMIT = 50;

function fail(message: string, json: boolean): never {
  process.stderr.write(`${lineForTerminal(`byline: ${message}`)}\n`);
  if (json) process.stdout.write(`${jsonForTerminal(JSON.stringify({ error: message }))}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const args = parseCliArgs(argv);
  if (!args.ok) fail(`${args.message}. ${USAGE_LINE}`, args.json);
  if (args.help && !args.command) return void process.stdout.write(`${cliUsage()}\n`);
  const command = findCommand(args.command ?? '');
  if (!command) {
    const meant = suggestCommand(args.command ?? '');
    fail(`unknown command "${args.command}"${meant ? `; did you mean ${meant.name}?` : '.'} ${USAGE_LINE}`, args.json);
  }
  if (args.help) return void process.stdout.write(`${commandUsage(command)}\n`);
  const positional = positionalArgs(command, args.text);
  if (positional.kind === 'usage-error') fail(positional.message, args.json);
  const commandArgs = positional.args;
  for (const [name, value] of Object.entries(args.options ?? {})) {
    if (!command.options.some((o) => o.name === name)) fail(`${command.name} has no option --${name}. Usage: ${usageOf(command)}`, args.json);
    commandArgs[name] = value;
  }
  if (args.png !== undefined && command.name !== timelineCommand.name) fail(`--png draws a timeline only. Usage: timeline [about] --png FILE`, args.json);
  const usage = checkArgs(command, commandArgs);
  if (usage) fail(usage.message, args.json);

  let loaded: LoadedStory;
  try {
    const config = readConfig();
    loaded = await loadStory(args.corpus ?? config.corpusDir, { cacheDir: config.cacheDir });
  } catch (error) {
    if (error instanceof UserError) fail(error.message, args.json);
    throw error;
  }
  for (const w of loaded.warnings) process.stderr.write(`${formatWarning(w)}\n`);

  const answer = command.run(loaded.story, commandArgs);
  if (answer.kind === 'usage-error') fail(answer.message, args.json);
  if (args.png !== undefined && answer.kind === 'timeline') writePicture(args.png, answer.result, args.json);
  // Articles and the question may hold control characters: escaped in JSON, dropped from text.
  const output = args.json
    ? jsonForTerminal(JSON.stringify(answer.result, null, 2))
    : forTerminal(
        renderText(answer, {
          articleCount: distinctSourceCount(loaded.story),
          ...(args.all ? {} : { listLimit: LIST_LIMIT, moreHint: 'use --all or --json' }),
        }),
      );
  process.stdout.write(`${output}\n`);
}

/** Writes the timeline's picture (the first events numbered, as the bot's first page shows them), or says why there is none. */
function writePicture(file: string, result: TimelineResult, json: boolean): void {
  const png = timelinePng(result, { first: 0, count: PICTURE_PAGE });
  if (!png) return void process.stderr.write('byline: no picture written: none of these events has a date\n');
  try {
    writeFileSync(file, png);
  } catch (error) {
    fail(`cannot write the picture to ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, json);
  }
}

await main(process.argv.slice(2));
