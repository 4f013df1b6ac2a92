/**
 * One shard's process, started by the ShardingManager (`BYLINE_SHARDS`, see shard-manager.ts): the
 * same bot as `npm start`, on the guilds of this shard. discord.js's client reads the shard id and
 * count from SHARDS and SHARD_COUNT, which the manager sets; every log line names the shard (`name`).
 */
import { readConfig } from '../app/config.js';
import { UserError } from '../app/errors.js';
import { createLogger } from '../app/log.js';
import { runBot } from '../app/run-bot.js';
import { exitOnUserError } from '../app/errors.js';

async function main(): Promise<void> {
  const config = readConfig();
  if (!config.discordToken) throw new UserError('config', 'DISCORD_TOKEN is required to run a shard (the manager passes it on)');
  const token = config.discordToken;
  const shard = process.env.SHARDS ?? '?';
  const logger = createLogger(config.logLevel, [token], { name: `shard ${shard}` });
  logger.info('shard starting', { shard, of: process.env.SHARD_COUNT });
  await runBot(config, token, logger);
}

main().catch((error: unknown) => exitOnUserError(error));
