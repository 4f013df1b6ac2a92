/**
 * Registers the commands with Discord: to one server when a guild id is given (instant), else
 * globally; with a home server (`BYLINE_ADMIN_GUILD_ID`), /reload is registered there only. The
 * application id is learned from the token (GET /oauth2/applications/@me).
 */
import { REST, Routes, type RESTGetAPIOAuth2CurrentApplicationResult } from 'discord.js';
import { applicationCommands, reloadCommandData } from './command-data.js';

/** Where the commands went and how many; `reload` says where /reload went when apart from the others. */
export interface Deployed {
  applicationId: string;
  scope: string;
  count: number;
  reload?: string;
}

/** Registers every command; `api` as in discord.js's `rest.api` (undefined: Discord). */
export async function deployCommands(token: string, guildId: string | null, api?: string, adminGuildId: string | null = null): Promise<Deployed> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  const app = (await rest.get(Routes.oauth2CurrentApplication())) as RESTGetAPIOAuth2CurrentApplicationResult;
  const apart = adminGuildId !== null && adminGuildId !== guildId;
  const route = guildId ? Routes.applicationGuildCommands(app.id, guildId) : Routes.applicationCommands(app.id);
  const saved = (await rest.put(route, { body: applicationCommands(!apart) })) as unknown[];
  const deployed: Deployed = { applicationId: app.id, scope: guildId ? `server ${guildId}` : 'global', count: saved.length };
  if (!apart) return deployed;
  // The home server's own list is /reload alone (a guild list replaces what was there).
  await rest.put(Routes.applicationGuildCommands(app.id, adminGuildId), { body: reloadCommandData() });
  return { ...deployed, reload: `server ${adminGuildId}` };
}
