/**
 * Renders answers as the bot would send them, as HTML pages styled roughly like Discord's mobile
 * app (dark theme, embed with a coloured bar, buttons and select menus), to look at them at phone
 * width: `npm run render:html -- [--corpus DIR] [--out DIR] [--case NAME=command option=value…]`.
 * `--open` shows the select menus' options, as when a reader opens them; `--page N` renders page N (from 0);
 * `--png` also screenshots each page at 360 px wide with headless Chromium (`CHROMIUM`, else `chromium`).
 * Without `--case`, renders the usual set: /ask, a timeline page, /who-said, /quotes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findCommand } from '../commands/index.js';
import { buildPage, type Asked } from '../src/discord/build-message.js';
import { renderItems } from '../src/render/discord-items.js';
import { loadStory } from '../src/store/load-story.js';
import { discordHtml } from './discord-html.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = resolve(flag('--corpus') ?? 'seeds');
const out = resolve(flag('--out') ?? 'scratch');
const page = Number(flag('--page') ?? 0);

/** name → [command, option, value]: what a user types. */
const cases: [string, string, string?, string?][] = args.includes('--case')
  ? args
      .flatMap((a, i) => (args[i - 1] === '--case' ? [a.split(/[=\s]/) as [string, string, string?, string?]] : []))
      .map(([n, c, o, ...v]) => [n, c, o, v.join(' ') || undefined])
  : [
      ['ask', 'ask', 'question', 'Did Sessions ever offer to resign?'],
      ['ask-none', 'ask', 'question', 'cricket world cup final'],
      ['timeline', 'timeline'],
      ['who-said', 'who-said', 'quote', 'Weak'],
      ['quotes', 'quotes', 'speaker', 'the attorney general'],
    ];

const { story, hash } = await loadStory(corpus);
mkdirSync(out, { recursive: true });
for (const [name, commandName, option, value] of cases) {
  const command = findCommand(commandName);
  if (!command) throw new Error(`no command ${commandName}`);
  const result = command.run(story, option && value ? { [option]: value } : {});
  if (result.kind === 'usage-error') throw new Error(result.message);
  const asked: Asked = { command: commandName, args: option && value ? { [option]: value } : {} };
  const message = buildPage(renderItems(result, story), asked, page, hash);
  const file = join(out, `${name}.html`);
  writeFileSync(file, discordHtml(message as never, `/${commandName}${option && value ? ` ${option}: ${value}` : ''}`, args.includes('--open')));
  console.log(file);
  if (args.includes('--png')) screenshot(file, file.replace(/\.html$/, '.png'));
}

/** A 360-pixel-wide screenshot of a page, as tall as a long phone scroll. */
function screenshot(html: string, png: string): void {
  const run = spawnSync(
    process.env.CHROMIUM ?? 'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, '--window-size=360,1600', `file://${html}`],
    { stdio: 'ignore' },
  );
  if (run.status !== 0) throw new Error(`chromium could not screenshot ${html}`);
  console.log(png);
}
