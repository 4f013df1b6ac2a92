/**
 * `BYLINE_SHARDS`: the manager process. It builds the story snapshot once, then runs discord.js's
 * ShardingManager over `shard.ts`; each shard is the same bot as `npm start` on its own guilds, and
 * only loads the snapshot. A shard that dies is started again; SIGINT or SIGTERM stop them all.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { ShardingManager, type Shard } from 'discord.js';
import type { Config } from './config.js';
import { UserError } from './errors.js';
import { formatWarning, loadStory } from '../store/load-story.js';
import type { Logger } from './log.js';
import { resolveShardCount } from '../discord/shard-count.js';
import { isReloadAll, RELOAD_ALL } from './shard-messages.js';
import { runnableModule, RUNNING_COMPILED } from '../store/ts-worker.js';

/** How long the manager waits for its shards to stop before it exits anyway. */
const STOP_GRACE_MS = 10_000;

/** Builds the snapshot, starts `shards` shards (or Discord's count for `auto`) and serves until a signal. */
export async function runShardManager(config: Config, token: string, shards: number | 'auto', logger: Logger): Promise<void> {
  if (config.cacheDir === null) throw new UserError('config', 'BYLINE_SHARDS needs the story snapshot (the shards load it): unset BYLINE_CACHE_DIR=off');
  await buildSnapshot(config, logger);
  const totalShards = await resolveShardCount(token, shards, config.discordApi ?? undefined);
  const manager = new ShardingManager(fileURLToPath(runnableModule(new URL('../bin/shard.ts', import.meta.url))), {
    totalShards,
    token,
    respawn: true,
    // From source the shards are TypeScript too: each child registers tsx's loader, as `npm start` does.
    execArgv: RUNNING_COMPILED ? [] : ['--import', import.meta.resolve('tsx')],
  });
  manager.on('shardCreate', (shard) => watchShard(shard, manager, logger));
  let stopping = false;
  const stop = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal: reason });
    void stopShards(manager, logger).then(() => process.exit(code));
  };
  process.once('SIGINT', () => stop('SIGINT', 0));
  process.once('SIGTERM', () => stop('SIGTERM', 0));
  logger.info('starting shards', { shards: totalShards, requested: shards });
  try {
    await manager.spawn();
    logger.info('all shards started', { shards: totalShards });
  } catch (error) {
    // A shard killed by a signal meanwhile is no failure to start.
    if (stopping) return;
    logger.error('a shard could not start', { error });
    stop('a shard could not start', 1);
  }
}

/** Reads the corpus and writes its snapshot (or finds it valid), on every core, before any shard needs it. */
async function buildSnapshot(config: Config, logger: Logger): Promise<void> {
  const started = Date.now();
  logger.info('building the story snapshot', { corpus: config.corpusDir });
  const loaded = await loadStory(config.corpusDir, { cacheDir: config.cacheDir });
  for (const w of loaded.warnings) logger.warn(formatWarning(w));
  logger.info('story snapshot ready', {
    corpus: config.corpusDir,
    articles: loaded.story.articles.length,
    version: loaded.hash,
    fromSnapshot: loaded.fromSnapshot,
    ms: Date.now() - started,
  });
}

/** Logs a shard's life (started, ready, a death, which the manager answers by starting it again) and passes on its /reload. */
function watchShard(shard: Shard, manager: ShardingManager, logger: Logger): void {
  shard.on('spawn', (child) => logger.info('shard started', { shard: shard.id, pid: (child as ChildProcess).pid }));
  shard.on('ready', () => logger.info('shard ready', { shard: shard.id }));
  shard.on('death', (child) => {
    const { exitCode: code, signalCode: signal } = child as ChildProcess;
    if (manager.respawn) logger.warn('shard died; starting it again', { shard: shard.id, code, signal });
  });
  shard.on('error', (error) => logger.error('shard error', { shard: shard.id, error }));
  shard.on('message', (message) => {
    if (!isReloadAll(message)) return;
    logger.info('a shard reloaded the story; reloading the others', { shard: shard.id });
    for (const other of manager.shards.values()) {
      if (other !== shard && other.process)
        void other.send(RELOAD_ALL).catch((error: unknown) => logger.warn('could not ask a shard to reload', { shard: other.id, error }));
    }
  });
}

/** Stops every shard (SIGTERM: each shuts its client down) without respawning, and waits for them. */
async function stopShards(manager: ShardingManager, logger: Logger): Promise<void> {
  manager.respawn = false;
  const stopped: Promise<void>[] = [];
  for (const shard of manager.shards.values()) {
    const child = shard.process;
    if (!child) continue;
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit').then(() => undefined);
    stopped.push(exited.then(() => logger.info('shard stopped', { shard: shard.id, code: child.exitCode, signal: child.signalCode })));
    shard.kill();
  }
  await Promise.race([Promise.all(stopped), new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
}
