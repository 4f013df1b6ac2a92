/**
 * Configuration, read once from the environment (and `.env`), validated, every key documented in
 * `.env.example`. A malformed value stops start-up with a message naming the key.
 */
import { config as loadDotenv } from 'dotenv';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The validated configuration. */
export interface Config {
  corpusDir: string;
  discordToken: string | null;
  logLevel: LogLevel;
}

/** A configuration value is missing or malformed; the message names the key. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from `env` (after loading `.env` into process.env). */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }
  const token = env.DISCORD_TOKEN?.trim() || null;
  if (token !== null && /\s/.test(token)) throw new ConfigError('DISCORD_TOKEN must be a single token without spaces');
  return { corpusDir: env.CORPUS_DIR?.trim() || 'seeds', discordToken: token, logLevel: logLevel as LogLevel };
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
