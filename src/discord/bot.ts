/**
 * Starts the Discord bot: a discord.js client on the Guilds intent that hands every interaction
 * to the handler, says at start which application it is, how to add it and whether its registered
 * commands are the code's, logs gateway trouble, says plainly when the token is rejected, and, while
 * Discord cannot be reached, says so in one line per attempt and tries again with backoff.
 */
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { createInteractionHandler, type HandlerDeps } from './handle-interaction.js';
import { TOKEN_REJECTED, UserError } from '../app/errors.js';
import { reportStartup } from './startup-report.js';

/** What the bot needs to run. */
export interface BotOptions extends HandlerDeps {
  token: string;
  /** The REST base in discord.js's `rest.api` form; undefined means Discord itself. */
  api?: string | undefined;
  /** `DISCORD_GUILD_ID`: where `npm run deploy` registers the commands (null: globally), to check them at start. */
  guildId?: string | null;
  /** The wait before the first retry when Discord cannot be reached (doubling up to `maxRetryMs`). */
  firstRetryMs?: number;
  maxRetryMs?: number;
}

/** A logged-in bot. */
export interface Bot {
  client: Client;
  /** Waits (at most `ms`) for the answers under way; true when none is left. */
  drain(ms: number): Promise<boolean>;
}

/** Logs in (trying again while Discord cannot be reached) and serves until `client.destroy()`. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const handle = createInteractionHandler(options);
  const log = options.logger;
  let wait = options.firstRetryMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return { client: await logIn(options, handle), drain: handle.drain };
    } catch (error) {
      if (error instanceof UserError || !isUnreachable(error)) throw error;
      log.warn(`cannot reach Discord (${reasonOf(error)}); trying again in ${(wait / 1000).toFixed(1)} s`, { attempt, api: options.api ?? 'discord.com' });
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, options.maxRetryMs ?? 60_000);
    }
  }
}

/** One login with a fresh client (a client that failed to log in is destroyed). */
async function logIn(options: BotOptions, handle: ReturnType<typeof createInteractionHandler>): Promise<Client> {
  const clientOptions: ClientOptions = { intents: [GatewayIntentBits.Guilds] };
  // Never hand discord.js an undefined API base: it would replace its default with it.
  if (options.api) clientOptions.rest = { api: options.api };
  const client = new Client(clientOptions);
  const log = options.logger;
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (message) => log.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
  client.once(Events.ClientReady, (ready) => {
    log.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size });
    // Once per bot, not once per shard.
    if (ready.shard?.ids.includes(0) ?? true) void reportStartup(ready, { guildId: options.guildId ?? null, adminGuildId: options.adminGuildId ?? null }, log);
  });
  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    if ((error as { code?: string }).code === 'TokenInvalid') throw new UserError('token', TOKEN_REJECTED);
    throw error;
  }
  return client;
}

/** Network errors (refused, reset, unknown host, timed out) and Discord's own outages (5xx): worth trying again. */
function isUnreachable(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  if (typeof status === 'number') return status >= 500;
  const code = codeOf(error);
  return code !== undefined && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_\w+)$/.test(code);
}

/** The system error code of an error or of its cause (fetch wraps them: `fetch failed`, cause ECONNREFUSED). */
function codeOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && e.code !== 'TokenInvalid') return e.code;
  }
  return undefined;
}

function reasonOf(error: unknown): string {
  return codeOf(error) ?? `HTTP ${(error as { status?: number }).status}`;
}
