/**
 * Registers the commands with Discord: to one server when a guild id is given (instant), else
 * globally. The application id is learned from the token (GET /oauth2/applications/@me).
 */
import { REST, Routes, type RESTGetAPIOAuth2CurrentApplicationResult } from 'discord.js';
import { applicationCommands } from './command-data.js';

/** Where the commands went and how many. */
export interface Deployed {
  applicationId: string;
  scope: string;
  count: number;
}

/** Registers every command; `api` as in discord.js's `rest.api` (undefined: Discord). */
export async function deployCommands(token: string, guildId: string | null, api?: string): Promise<Deployed> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  const app = (await rest.get(Routes.oauth2CurrentApplication())) as RESTGetAPIOAuth2CurrentApplicationResult;
  const body = applicationCommands();
  const route = guildId ? Routes.applicationGuildCommands(app.id, guildId) : Routes.applicationCommands(app.id);
  const saved = (await rest.put(route, { body })) as unknown[];
  return { applicationId: app.id, scope: guildId ? `server ${guildId}` : 'global', count: saved.length };
}
