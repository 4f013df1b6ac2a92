/**
 * The application commands as Discord registers them, built from the same definitions the CLI
 * and the console use, plus the Discord-only /reload and the message context menu "Who said
 * this?". The read-only commands work wherever a user meets the bot: in a server that added it, in
 * a DM with it, and, for a user who added it to their own account, in any server, DM or group DM.
 * /reload changes what every server is answered from: it stays in servers that added the bot.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { commands } from '../../commands/index.js';
import { reloadCommand } from '../../commands/reload.js';
import { whoSaidThisCommand } from '../../commands/who-said-this.js';

/** Installed to a server (guild install) or to a user's account (user install); used in servers, the bot's DMs and other DMs and group DMs. */
export const EVERYWHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
};
/** In servers that added the bot, only. */
export const SERVER_ONLY = { contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] };

/** Every command's registration body; without /reload when it is registered apart (in the home server). */
export function applicationCommands(withReload = true): RESTPutAPIApplicationCommandsJSONBody {
  return [
    ...commands.map((c) => ({
      type: ApplicationCommandType.ChatInput,
      name: c.name,
      description: c.description,
      options: c.options.map((o) => ({
        type: ApplicationCommandOptionType.String as const,
        name: o.name,
        description: o.description,
        required: o.required,
        ...(o.maxLength ? { max_length: o.maxLength } : {}),
        ...(o.autocomplete ? { autocomplete: true } : {}),
      })),
      ...EVERYWHERE,
    })),
    ...(withReload ? reloadCommandData() : []),
    { type: ApplicationCommandType.Message, name: whoSaidThisCommand.name, ...EVERYWHERE },
  ];
}

/** /reload's registration: shown to members who can manage the server (the bot checks who may use it). */
export function reloadCommandData(): RESTPutAPIApplicationCommandsJSONBody {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: reloadCommand.name,
      description: reloadCommand.description,
      default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
      ...SERVER_ONLY,
    },
  ];
}
