/**
 * The Discord bot as one process runs it: `npm start` without shards, and each shard of the
 * ShardingManager. It connects at once while a worker thread reads the story, and stops cleanly.
 */
import { warmUp } from './core/answer/warm-up.js';
import type { Config } from './config.js';
import { defaultCacheDir, formatWarning } from './load-story.js';
import { snapshotPath } from './story-cache.js';
import { holdSnapshot } from './prune-cache.js';
import { loadStoryAsync } from './load-story-async.js';
import type { Logger } from './log.js';
import type { Client } from 'discord.js';
import { emptyHolder } from './discord/story-holder.js';
import { isReloadAll, RELOAD_ALL } from './shard-messages.js';

/** Runs the bot until SIGINT or SIGTERM (a shard also when its manager goes away), then exits. */
export async function runBot(config: Config, token: string, logger: Logger): Promise<void> {
  const holder = emptyHolder();
  // The story is read in a worker thread: the bot connects at once and says it is still reading.
  const reload = async () => {
    const loaded = await loadStoryAsync(config.corpusDir);
    for (const w of loaded.warnings) logger.warn(formatWarning(w));
    // Work out now what answers work out once per story (WordNet's index among it), so that the first question does not wait.
    warmUp(loaded.story);
    holder.current = { story: loaded.story, hash: loaded.hash };
    // The snapshot stays in the cache while this bot serves it: a respawned shard or a /reload reads it again.
    holdSnapshot(snapshotPath(defaultCacheDir(), loaded.hash));
    logger.info('story loaded', { corpus: config.corpusDir, articles: loaded.story.articles.length, version: loaded.hash, fromSnapshot: loaded.fromSnapshot });
    return { articles: loaded.story.articles.length, hash: loaded.hash, warnings: loaded.warnings.length };
  };
  // A shard has an IPC channel to its manager. Its /reload reloads every shard: it tells the
  // manager, which tells the others, so that every server is answered from the same story.
  const sharded = process.send !== undefined;
  const reloadAll = async () => {
    const done = await reload();
    process.send?.(RELOAD_ALL);
    return done;
  };
  process.on('message', (message) => {
    if (isReloadAll(message)) void reload().catch((error: unknown) => logger.error('could not read the story again', { corpus: config.corpusDir, error }));
  });
  // Signals (and, for a shard, its manager going away) are heard from the start, even while logging in.
  let client: Client | null = null;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // No explicit code: process.exitCode is 2 when the story could not be read, else unset (0).
    void (client?.destroy() ?? Promise.resolve()).then(() => process.exit());
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  if (sharded) process.once('disconnect', () => stop('manager gone'));
  // The story starts loading while the bot logs in: ready is whichever finishes last, not their sum.
  const firstLoad = reload().then(
    () => null,
    (error: unknown) => error,
  );
  // The bot module, and discord.js with it, is only loaded to run the bot: while a worker builds the story.
  const { startBot } = await import('./discord/bot.js');
  client = await startBot({ token, api: config.discordApi ?? undefined, holder, logger, reload: sharded ? reloadAll : reload });
  const failed = await firstLoad;
  if (failed) {
    logger.error('could not read the story', { corpus: config.corpusDir, error: failed });
    process.exitCode = 2;
    stop('no story');
  }
}
