/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot (with BYLINE_SHARDS, a manager of shards);
 * without it, the local console on the story. SIGINT and SIGTERM shut the bot down cleanly.
 */
import { readConfig, type Config } from '../app/config.js';
import { formatWarning, loadStory } from '../store/load-story.js';
import { runConsole } from '../terminal/console.js';
import { countOf } from '../core/text/count-of.js';
import { createLogger } from '../app/log.js';
import { runBot } from '../app/run-bot.js';
import { exitOnUserError } from '../app/errors.js';
import { stopWithNpm } from '../app/npm-stop.js';
import { PROGRESS_EVERY_MS, progressLines, type OnProgress } from '../store/load-progress.js';
import { progressBar } from '../terminal/progress-bar.js';

async function runLocalConsole(config: Config): Promise<void> {
  // A large story takes minutes to build the first time: a bar on a terminal, a line every few seconds on a pipe.
  const bar = process.stderr.isTTY ? progressBar(process.stderr) : null;
  const onProgress: OnProgress = bar?.onProgress ?? progressLines((line) => process.stderr.write(`${line}\n`), PROGRESS_EVERY_MS);
  const { story, warnings } = await loadStory(config.corpusDir, { cacheDir: config.cacheDir, onProgress }).finally(() => bar?.clear());
  for (const w of warnings) process.stderr.write(`${formatWarning(w)}\n`);
  const banner = `Byline console: ${countOf(story.articles.length, 'article')}, ${countOf(story.sentences.length, 'sentence')}, ${countOf(story.people.length, 'person', 'people')} from ${config.corpusDir}/.\nTo serve Discord instead, put DISCORD_TOKEN in .env (see README, "Run it on Discord").\nType /help for commands, quit to leave.`;
  await runConsole(story, banner);
}

async function main(): Promise<void> {
  stopWithNpm();
  const config = readConfig();
  const token = config.discordToken;
  if (!token) return runLocalConsole(config);
  const logger = createLogger(config.logLevel, [token]);
  if (config.shards === null) return runBot(config, token, logger);
  // The manager, and discord.js's ShardingManager with it, is only loaded to run shards.
  const { runShardManager } = await import('../app/shard-manager.js');
  await runShardManager(config, token, config.shards, logger);
}

main().catch((error: unknown) => exitOnUserError(error));
