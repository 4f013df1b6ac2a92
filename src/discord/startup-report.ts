/**
 * What an admin needs to read at start: which application the token belongs to, the links that
 * add it to a server or to one's own account, and whether the commands registered with Discord
 * are this code's, with the exact `npm run deploy` line that registers them when they are not.
 */
import { Routes, type APIApplicationCommand, type Client, type RESTGetCurrentApplicationResult } from 'discord.js';
import type { Logger } from '../app/log.js';
import { commandDifferences } from './compare-commands.js';
import { plannedRegistrations } from './deploy-commands.js';
import { inviteUrls } from './invite.js';

/** Where `npm run deploy` registers the commands with this configuration. */
export interface DeployTarget {
  /** `DISCORD_GUILD_ID`: the server the commands are registered in, or null for global. */
  guildId: string | null;
  /** `BYLINE_ADMIN_GUILD_ID`: the home server where /reload is registered apart. */
  adminGuildId: string | null;
}

/** Logs the application, its install links and how its registered commands compare with the code; never throws. */
export async function reportStartup(client: Client, target: DeployTarget, logger: Logger): Promise<void> {
  let app: RESTGetCurrentApplicationResult;
  try {
    app = (await client.rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  } catch (error) {
    return void logger.warn('could not ask Discord which application this is', { error });
  }
  const links = inviteUrls(app.id);
  logger.info(`application "${app.name}"`, { id: app.id });
  logger.info(`add it to a server: ${links.server}`);
  logger.info(`add it to your own account, to use it in any server, DM or group DM: ${links.user}`);
  if (app.integration_types_config && !app.integration_types_config['1']) {
    logger.warn('user installs are off for this application: in the Developer Portal, on its Installation page, tick User Install');
  }
  await reportCommands(client, app.id, target, logger);
}

async function reportCommands(client: Client, applicationId: string, target: DeployTarget, logger: Logger): Promise<void> {
  const differences: string[] = [];
  let count = 0;
  try {
    for (const planned of plannedRegistrations(target.guildId, target.adminGuildId)) {
      const route = planned.guildId ? Routes.applicationGuildCommands(applicationId, planned.guildId) : Routes.applicationCommands(applicationId);
      const registered = (await client.rest.get(route)) as APIApplicationCommand[];
      const where = planned.guildId ? `in server ${planned.guildId}` : 'globally';
      differences.push(...commandDifferences(planned.body, registered).map((d) => `${where}: ${d}`));
      count += planned.body.length;
    }
  } catch (error) {
    return void logger.warn('could not fetch the registered commands to compare them with the code', { error });
  }
  if (differences.length === 0) return void logger.info(`the ${count} commands registered with Discord match the code`);
  logger.warn(`the commands registered with Discord differ from the code (${differences.join('; ')}); to register them, run: ${deployLine(target)}`);
}

/** The exact command that registers the code's commands where this bot expects them (the token as the bot has it). */
export function deployLine(target: DeployTarget): string {
  const env = [`DISCORD_GUILD_ID=${target.guildId ?? ''}`, ...(target.adminGuildId ? [`BYLINE_ADMIN_GUILD_ID=${target.adminGuildId}`] : [])];
  return `${env.join(' ')} npm run deploy`;
}
