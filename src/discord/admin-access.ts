/**
 * Who may /reload: the bot's owner (the application's owner, or its team's owner and admins, as
 * Discord reports them) anywhere, and members who can manage the bot's home server
 * (`BYLINE_ADMIN_GUILD_ID`) there. Never a server's manager elsewhere: anyone can invite the bot
 * to a server of their own, and the story is everyone's.
 */
import { PermissionFlagsBits, Team, TeamMemberRole, type ChatInputCommandInteraction, type ClientApplication } from 'discord.js';

/** Whether this interaction's user may reload, or why we cannot tell. */
export type Access = { allowed: true } | { allowed: false; reason: string };

/** Checks access for reloads; the owner is fetched from Discord once, and again after a failed fetch. */
export function adminAccess(adminGuildId: string | null): (interaction: ChatInputCommandInteraction) => Promise<Access> {
  let owners: Promise<Set<string>> | null = null;
  const refused = adminGuildId
    ? 'Only the bot’s owner, or members who can manage its home server, may reload the story.'
    : 'Only the bot’s owner may reload the story.';
  return async (interaction) => {
    if (adminGuildId && interaction.guildId === adminGuildId && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return { allowed: true };
    owners ??= interaction.client.application.fetch().then(ownersOf);
    try {
      return (await owners).has(interaction.user.id) ? { allowed: true } : { allowed: false, reason: refused };
    } catch {
      owners = null;
      return { allowed: false, reason: 'Could not ask Discord who owns the bot; try again in a moment.' };
    }
  };
}

/** The application's owner, or its team's owner and admins. */
function ownersOf(application: ClientApplication): Set<string> {
  const owner = application.owner;
  if (!owner) return new Set();
  if (!(owner instanceof Team)) return new Set([owner.id]);
  const admins = owner.members.filter((m) => m.role === TeamMemberRole.Admin).map((m) => m.id);
  return new Set([...(owner.ownerId ? [owner.ownerId] : []), ...admins]);
}
