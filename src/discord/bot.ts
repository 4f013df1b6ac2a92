/**
 * Starts the Discord bot: a discord.js client on the Guilds intent that hands every interaction
 * to the handler, logs gateway trouble, and says plainly when the token is rejected.
 */
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { createInteractionHandler, type HandlerDeps } from './handle-interaction.js';
import { TokenRejectedError } from './token-rejected.js';

/** What the bot needs to run. */
export interface BotOptions extends HandlerDeps {
  token: string;
  /** The REST base in discord.js's `rest.api` form; undefined means Discord itself. */
  api?: string | undefined;
}

export { TokenRejectedError } from './token-rejected.js';

/** Logs in and serves until `client.destroy()`. */
export async function startBot(options: BotOptions): Promise<Client> {
  const clientOptions: ClientOptions = { intents: [GatewayIntentBits.Guilds] };
  // Never hand discord.js an undefined API base: it would replace its default with it.
  if (options.api) clientOptions.rest = { api: options.api };
  const client = new Client(clientOptions);
  const log = options.logger;
  const handle = createInteractionHandler(options);
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (message) => log.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
  client.once(Events.ClientReady, (ready) => log.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size }));
  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    if ((error as { code?: string }).code === 'TokenInvalid') throw new TokenRejectedError('DISCORD_TOKEN was rejected: check the token in the Developer Portal (Bot → Reset Token) and in .env');
    throw error;
  }
  return client;
}
