/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot; without it, the local console on the story.
 * SIGINT and SIGTERM shut the bot down cleanly.
 */
import { readConfig, type Config } from './config.js';
import { formatWarning, loadStory } from './load-story.js';
import { runConsole } from './console.js';
import { createLogger } from './log.js';
import { runBot } from './run-bot.js';
import { exitOnStartupError } from './startup-error.js';

async function runLocalConsole(config: Config): Promise<void> {
  const { story, warnings } = loadStory(config.corpusDir);
  for (const w of warnings) process.stderr.write(`${formatWarning(w)}\n`);
  const banner = `Byline console: ${story.articles.length} articles, ${story.sentences.length} sentences, ${story.people.length} people from ${config.corpusDir}/.\nTo serve Discord instead, put DISCORD_TOKEN in .env (see README, "Run it on Discord").\nType /help for commands, quit to leave.`;
  await runConsole(story, banner);
}

async function main(): Promise<void> {
  const config = readConfig();
  if (config.discordToken) await runBot(config, config.discordToken, createLogger(config.logLevel, [config.discordToken]));
  else await runLocalConsole(config);
}

main().catch(exitOnStartupError);
