/**
 * Asks Discord (GET /gateway/bot) how many shards it recommends, through the configured API, which
 * also checks the token before any shard is started.
 */
import { REST, Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { TOKEN_REJECTED, UserError } from '../app/errors.js';

/**
 * The shard count to run: `wanted`, or Discord's recommendation for `auto`. Resolved here rather than
 * by discord.js's ShardingManager, whose `auto` always asks discord.com and ignores DISCORD_API.
 */
export async function resolveShardCount(token: string, wanted: number | 'auto', api?: string): Promise<number> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return wanted === 'auto' ? Math.max(1, gateway.shards) : wanted;
  } catch (error) {
    if ((error as { status?: number }).status === 401) throw new UserError('token', TOKEN_REJECTED);
    throw error;
  }
}
