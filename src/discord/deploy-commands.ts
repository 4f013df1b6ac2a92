/**
 * Registers the commands with Discord: to one server when a guild id is given (instant), else
 * globally; with a home server (`BYLINE_ADMIN_GUILD_ID`), /reload is registered there only. The
 * application id is learned from the token (GET /oauth2/applications/@me).
 */
import { REST, Routes, type RESTGetAPIOAuth2CurrentApplicationResult, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { applicationCommands, adminCommandData } from './command-data.js';

/** Where the commands went and how many; `reload` says where /reload went when apart from the others. */
export interface Deployed {
  applicationId: string;
  scope: string;
  count: number;
  reload?: string;
}

/** One list of commands as `npm run deploy` registers it: globally (`guildId` null) or in one server. */
export interface Registration {
  guildId: string | null;
  body: RESTPutAPIApplicationCommandsJSONBody;
}

/** The lists `npm run deploy` registers with this configuration (what the bot checks at start). */
export function plannedRegistrations(guildId: string | null, adminGuildId: string | null): Registration[] {
  const apart = adminGuildId !== null && adminGuildId !== guildId;
  // The home server's own list is /reload alone (a guild list replaces what was there).
  return [{ guildId, body: applicationCommands(!apart) }, ...(apart ? [{ guildId: adminGuildId, body: adminCommandData() }] : [])];
}

/** Registers every command; `api` as in discord.js's `rest.api` (undefined: Discord). */
export async function deployCommands(token: string, guildId: string | null, api?: string, adminGuildId: string | null = null): Promise<Deployed> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  const app = (await rest.get(Routes.oauth2CurrentApplication())) as RESTGetAPIOAuth2CurrentApplicationResult;
  const [main, home] = plannedRegistrations(guildId, adminGuildId);
  const routeOf = (r: Registration) => (r.guildId ? Routes.applicationGuildCommands(app.id, r.guildId) : Routes.applicationCommands(app.id));
  const saved = (await rest.put(routeOf(main!), { body: main!.body })) as unknown[];
  const deployed: Deployed = { applicationId: app.id, scope: guildId ? `server ${guildId}` : 'global', count: saved.length };
  if (!home) return deployed;
  await rest.put(routeOf(home), { body: home.body });
  return { ...deployed, reload: `server ${home.guildId}` };
}
