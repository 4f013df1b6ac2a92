/**
 * The links that add the bot: to a server (the bot user and its commands) and to a user's own
 * account (its commands, usable in any server, DM or group DM), asking for no permission the bot
 * does not use.
 */
import { OAuth2Scopes, PermissionsBitField, type PermissionResolvable } from 'discord.js';

/**
 * The permissions the bot's role is given in a server: none. Every answer, Share's public copy
 * included, is an interaction response or follow-up, which Discord lets an app send wherever it
 * is used without channel permissions; of the permissions Discord checks for those (Mention
 * Everyone, Send TTS Messages, Use External Emojis), Byline uses none. It never posts a message of
 * its own in a channel.
 */
export const BOT_PERMISSIONS: readonly PermissionResolvable[] = [];

/** The bitfield of `BOT_PERMISSIONS`, as the invite link's `permissions` says it. */
export function botPermissionBits(): bigint {
  return PermissionsBitField.resolve([...BOT_PERMISSIONS]);
}

/** The two install links of an application. */
export function inviteUrls(applicationId: string): { server: string; user: string } {
  const link = (params: Record<string, string>) =>
    `https://discord.com/oauth2/authorize?${new URLSearchParams({ client_id: applicationId, ...params }).toString().replaceAll('+', '%20')}`;
  return {
    server: link({
      scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
      permissions: botPermissionBits().toString(),
      integration_type: '0',
    }),
    user: link({ scope: OAuth2Scopes.ApplicationsCommands, integration_type: '1' }),
  };
}
