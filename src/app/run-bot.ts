/**
 * The Discord bot as one process runs it: `npm start` without shards, and each shard of the
 * ShardingManager. It connects at once while a worker thread reads the story, and stops cleanly:
 * the answers under way (a reply waiting out a rate limit, a deferred /reload) are finished first.
 */
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { startLoopStats } from './loop-stats.js';
import type { Bot } from '../discord/bot.js';
import { emptyHolder } from '../discord/story-holder.js';
import { storyLoader } from '../store/serve-story.js';
import { isReloadAll, RELOAD_ALL } from './shard-messages.js';

/** How long a shutdown waits for the answers under way (a reload that rebuilds the story included), within Docker's 10 s before it kills (those still going are then told so, in at most 1.5 s). */
const DRAIN_MS = 8000;

/** Runs the bot until SIGINT or SIGTERM (a shard also when its manager goes away), then exits. */
export async function runBot(config: Config, token: string, logger: Logger): Promise<void> {
  const holder = emptyHolder();
  // For soak runs: the worst main-thread block and memory, from inside the process that answers.
  if (config.loopStatsSeconds !== null) startLoopStats(config.loopStatsSeconds, logger);
  // The story is read in a worker thread: the bot connects at once and says it is still reading.
  const load = storyLoader({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, holder, logger });
  const reload = () => load({ fresh: true });
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
  let bot: Bot | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    if (bot && !(await bot.drain(DRAIN_MS))) logger.warn('stopping with answers still under way', { waitedMs: DRAIN_MS });
    await bot?.client.destroy();
    // No explicit code: process.exitCode is 2 when the story could not be read, else unset (0).
    process.exit();
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  if (sharded) process.once('disconnect', () => void stop('manager gone'));
  // The story starts loading while the bot logs in: ready is whichever finishes last, not their sum.
  const firstLoad = load().then(
    () => null,
    (error: unknown) => error,
  );
  // The bot module, and discord.js with it, is only loaded to run the bot: while a worker builds the story.
  const { startBot } = await import('../discord/bot.js');
  bot = await startBot({
    token,
    api: config.discordApi ?? undefined,
    holder,
    logger,
    reload: sharded ? reloadAll : reload,
    adminGuildId: config.adminGuildId,
    guildId: config.discordGuildId,
  });
  const failed = await firstLoad;
  if (failed) {
    logger.error('could not read the story', { corpus: config.corpusDir, error: failed });
    process.exitCode = 2;
    void stop('no story');
  }
}
