/**
 * Configuration, read once from the environment (and `.env`), validated, every key documented in
 * `.env.example`. A malformed value stops start-up with a message naming the key.
 */
import { UserError } from './errors.js';
import { config as loadDotenv } from 'dotenv';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated configuration. */
export interface Config {
  corpusDir: string;
  discordToken: string | null;
  /** A server to deploy the commands to (instant updates); null deploys globally. */
  discordGuildId: string | null;
  /** The REST base URL (`http://127.0.0.1:8080/api`); null means Discord. */
  discordApi: string | null;
  logLevel: LogLevel;
  /** How many shards to run under discord.js's ShardingManager (`auto`: as Discord recommends); null runs one process. */
  shards: number | 'auto' | null;
  /** The bot's home server: /reload is registered there only, for its managers; null: /reload is for the bot's owner only. */
  adminGuildId: string | null;
  /** Seconds between two lines of main-thread statistics (worst block, memory) in the log, for soak runs; null logs none. */
  loopStatsSeconds: number | null;
  /** Where story snapshots are kept; null keeps the story in memory only (`BYLINE_CACHE_DIR=off`). */
  cacheDir: string | null;
}

/** Reads and validates the configuration from `env` (after loading `.env` into process.env). */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new UserError('config', `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }
  const token = env.DISCORD_TOKEN?.trim() || null;
  if (token !== null && /\s/.test(token)) throw new UserError('config', 'DISCORD_TOKEN must be a single token without spaces');
  const guild = readServerId(env, 'DISCORD_GUILD_ID');
  const adminGuild = readServerId(env, 'BYLINE_ADMIN_GUILD_ID');
  const api = env.DISCORD_API?.trim() || null;
  if (api !== null && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(api))
    throw new UserError('config', `DISCORD_API must be an http(s) URL such as http://127.0.0.1:8080/api, got "${api}"`);
  return {
    corpusDir: env.CORPUS_DIR?.trim() || 'seeds',
    discordToken: token,
    discordGuildId: guild,
    discordApi: api?.replace(/\/$/, '') ?? null,
    logLevel: logLevel as LogLevel,
    shards: readShards(env.BYLINE_SHARDS),
    adminGuildId: adminGuild,
    loopStatsSeconds: readLoopStats(env.BYLINE_LOOP_STATS),
    cacheDir: readCacheDir(env.BYLINE_CACHE_DIR),
  };
}

/** A server id: unset or empty, or 17 to 20 digits. */
function readServerId(env: NodeJS.ProcessEnv, key: 'DISCORD_GUILD_ID' | 'BYLINE_ADMIN_GUILD_ID'): string | null {
  const id = env[key]?.trim() || null;
  if (id !== null && !/^\d{17,20}$/.test(id)) throw new UserError('config', `${key} must be a server id (17 to 20 digits), got "${id}"`);
  return id;
}

/** `BYLINE_SHARDS`: unset or empty, a whole number from 1, or `auto`. (Not `SHARDS`: discord.js reads that in every client.) */
function readShards(value: string | undefined): number | 'auto' | null {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '') return null;
  if (text === 'auto') return 'auto';
  if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
  throw new UserError('config', `BYLINE_SHARDS must be a number of shards (1 or more) or auto, got "${value}"`);
}

/** `BYLINE_LOOP_STATS`: unset, empty or 0 (none), or a whole number of seconds up to an hour. */
function readLoopStats(value: string | undefined): number | null {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return null;
  if (/^\d{1,4}$/.test(text) && Number(text) <= 3600) return Number(text);
  throw new UserError('config', `BYLINE_LOOP_STATS must be a number of seconds between two statistics lines (1 to 3600), or 0 for none, got "${value}"`);
}

/** `BYLINE_CACHE_DIR`: a folder (default `.cache`), or `off` for none. */
function readCacheDir(value: string | undefined): string | null {
  const text = value?.trim() || DEFAULT_CACHE_DIR;
  return text.toLowerCase() === 'off' ? null : text;
}

/** Where snapshots are kept when `BYLINE_CACHE_DIR` is unset (git-ignored). */
export const DEFAULT_CACHE_DIR = '.cache';

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
