/**
 * `npm start`: with DISCORD_TOKEN, the Discord bot; without it, the local console on the story.
 * SIGINT and SIGTERM shut the bot down cleanly.
 */
import { ConfigError, readConfig, type Config } from './config.js';
import { formatWarning, loadStoryOnAllCores } from './load-story.js';
import { loadStoryAsync } from './load-story-async.js';
import { CorpusError } from './corpus/read-corpus.js';
import { runConsole } from './console.js';
import { createLogger } from './log.js';
import { emptyHolder } from './discord/story-holder.js';
import { TokenRejectedError } from './discord/token-rejected.js';

async function runBot(config: Config, token: string): Promise<void> {
  // The bot module, and discord.js with it, is only loaded to run the bot.
  const { startBot } = await import('./discord/bot.js');
  const logger = createLogger(config.logLevel, [token]);
  const holder = emptyHolder();
  // The story is read in a worker thread: the bot connects at once and says it is still reading.
  const reload = async () => {
    const loaded = await loadStoryAsync(config.corpusDir);
    for (const w of loaded.warnings) logger.warn(formatWarning(w));
    // Read WordNet's index now, so that the first question does not wait for it.
    loaded.story.thesaurus?.synonyms('story');
    holder.current = { story: loaded.story, hash: loaded.hash };
    logger.info('story loaded', { corpus: config.corpusDir, articles: loaded.story.articles.length, version: loaded.hash, fromSnapshot: loaded.fromSnapshot });
    return { articles: loaded.story.articles.length, hash: loaded.hash, warnings: loaded.warnings.length };
  };
  const client = await startBot({ token, api: config.discordApi ?? undefined, holder, logger, reload });
  const stop = (signal: string) => {
    logger.info('shutting down', { signal });
    void client.destroy().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await reload().catch((error: unknown) => {
    logger.error('could not read the story', { corpus: config.corpusDir, error });
    process.exitCode = 2;
    stop('no story');
  });
}

async function runLocalConsole(config: Config): Promise<void> {
  const { story, warnings } = await loadStoryOnAllCores(config.corpusDir);
  for (const w of warnings) process.stderr.write(`${formatWarning(w)}\n`);
  const banner = `Byline console: ${story.articles.length} articles, ${story.sentences.length} sentences, ${story.people.length} people from ${config.corpusDir}/.\nTo serve Discord instead, put DISCORD_TOKEN in .env (see README, "Run it on Discord").\nType /help for commands, quit to leave.`;
  await runConsole(story, banner);
}

async function main(): Promise<void> {
  const config = readConfig();
  if (config.discordToken) await runBot(config, config.discordToken);
  else await runLocalConsole(config);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CorpusError || error instanceof TokenRejectedError) {
    process.stderr.write(`byline: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
});
