/**
 * The application commands as Discord registers them, built from the same definitions the CLI
 * and the console use, plus the Discord-only /reload (Manage Server) and the message context
 * menu "Who said this?". All are for servers.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { commands } from '../../commands/index.js';
import { reloadCommand } from '../../commands/reload.js';
import { whoSaidThisCommand } from '../../commands/who-said-this.js';

/** Every command's registration body. */
export function applicationCommands(): RESTPutAPIApplicationCommandsJSONBody {
  const server = { contexts: [InteractionContextType.Guild], integration_types: [ApplicationIntegrationType.GuildInstall] };
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
      ...server,
    })),
    { type: ApplicationCommandType.ChatInput, name: reloadCommand.name, description: reloadCommand.description, default_member_permissions: PermissionFlagsBits.ManageGuild.toString(), ...server },
    { type: ApplicationCommandType.Message, name: whoSaidThisCommand.name, ...server },
  ];
}
