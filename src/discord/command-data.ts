/**
 * The application commands as Discord registers them, built from the registry the CLI and the
 * console read too: the slash commands, the Discord-only admin commands (/reload) and message
 * commands (the context menu "Who said this?"). The read-only commands work wherever a user meets
 * the bot: in a server that added it, in a DM with it, and, for a user who added it to their own
 * account, in any server, DM or group DM. An admin command changes what every server is answered
 * from: it stays in servers that added the bot, shown to those who can manage the server.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../commands/command.js';
import { appCommands, type AppCommand } from '../../commands/index.js';

/** Installed to a server (guild install) or to a user's account (user install); used in servers, the bot's DMs and other DMs and group DMs. */
export const EVERYWHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
};
/** In servers that added the bot, only. */
export const SERVER_ONLY = { contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] };

/** Every command's registration body; without the admin commands when they are registered apart (in the home server). */
export function applicationCommands(withAdmin = true): RESTPutAPIApplicationCommandsJSONBody {
  return appCommands.filter((c) => withAdmin || c.kind !== 'admin').map(registrationOf);
}

/** The admin commands' registration (/reload), for the home server when they are registered apart. */
export function adminCommandData(): RESTPutAPIApplicationCommandsJSONBody {
  return appCommands.filter((c) => c.kind === 'admin').map(registrationOf);
}

/** One command as Discord registers it, by its kind. */
function registrationOf(command: AppCommand): RESTPutAPIApplicationCommandsJSONBody[number] {
  switch (command.kind) {
    case 'slash':
      return { type: ApplicationCommandType.ChatInput, name: command.name, description: command.description, options: optionsOf(command), ...EVERYWHERE };
    case 'message':
      return { type: ApplicationCommandType.Message, name: command.name, ...EVERYWHERE };
    case 'admin':
      // Shown to members who can manage the server; the bot checks who may use it (admin-access.ts).
      return {
        type: ApplicationCommandType.ChatInput,
        name: command.name,
        description: command.description,
        default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
        ...SERVER_ONLY,
      };
  }
}

/** A slash command's options: every one is text. */
function optionsOf(command: Command) {
  return command.options.map((o) => ({
    type: ApplicationCommandOptionType.String as const,
    name: o.name,
    description: o.description,
    required: o.required,
    ...(o.maxLength ? { max_length: o.maxLength } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
  }));
}
