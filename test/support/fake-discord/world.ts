/** The fake Discord's fixed world: one application and bot, two guilds with a text channel each, and users. */

/** Permission bits used by the tests (Discord's values). */
export const PERMISSIONS = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  ManageGuild: 1n << 5n,
  AttachFiles: 1n << 15n,
  MentionEveryone: 1n << 17n,
  UseExternalApps: 1n << 50n,
};
/** What an ordinary member may do in the channel. */
export const MEMBER =
  PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks | PERMISSIONS.ReadMessageHistory | PERMISSIONS.UseApplicationCommands;

/**
 * Where an interaction comes from: a server that added the bot (`guild`), a DM with the bot
 * (`bot-dm`), a server that did not add it, by a user who added the app to their account
 * (`user-app-guild`), or a DM or group DM between users, by such a user (`private-dm`, `group-dm`).
 */
export type Place = 'guild' | 'bot-dm' | 'user-app-guild' | 'private-dm' | 'group-dm';

/** A server the bot is not in, where a user who installed the app uses it. */
export const FOREIGN_GUILD = { id: '900000000008388610', channelId: '900000000008388611' };

/** What the app may do in (group) DMs between users, as Discord reports it (`app_permissions`). */
export const PRIVATE_APP_PERMISSIONS = PERMISSIONS.AttachFiles | PERMISSIONS.EmbedLinks | PERMISSIONS.MentionEveryone;

/** A guild the bot is in, with the one text channel the interactions come from. */
export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
}

/** The shard that receives a guild's events when the bot runs `count` shards (Discord's formula). */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** The ids, token and objects the fake serves. */
export class FakeWorld {
  readonly applicationId = '900000000000000001';
  /** The guild the tests act in unless they say otherwise (shard 1 of 2). */
  readonly guildId = '900000000000000002';
  readonly channelId = '900000000000000003';
  /** Every guild the bot is in: with two shards, the second one falls on shard 0 and the first on shard 1. */
  readonly guilds: FakeGuild[] = [
    { id: this.guildId, name: 'Newsroom', channelId: this.channelId },
    { id: '900000000004194306', name: 'Copy desk', channelId: '900000000004194307' },
  ];
  readonly botUser = { id: this.applicationId, username: 'Byline', discriminator: '0', global_name: 'Byline', avatar: null, bot: true };
  /** The user who owns the application (what GET /oauth2/applications/@me says). */
  readonly owner = { id: '800000000000000007', username: 'owner', discriminator: '0', global_name: 'Owner', avatar: null };
  gatewayUrl = '';
  /** The installation contexts the Developer Portal enables (GET /applications/@me): server and user installs. */
  integrationTypesConfig: Record<string, unknown> = {
    '0': { oauth2_install_params: { scopes: ['applications.commands', 'bot'], permissions: '0' } },
    '1': { oauth2_install_params: { scopes: ['applications.commands'], permissions: '0' } },
  };
  /** The shard count GET /gateway/bot recommends (what discord.js's `auto` asks for). */
  recommendedShards = 1;

  constructor(readonly token: string) {}

  /** A member of the guild (for interactions), with channel permissions. */
  member(userId = '800000000000000001', permissions = MEMBER, name = 'reader') {
    return {
      user: { id: userId, username: name, discriminator: '0', global_name: name, avatar: null },
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: permissions.toString(),
    };
  }

  /**
   * The fields of an interaction that say where it comes from, as Discord sends them: a member in
   * a server, a user elsewhere; the context; who installed the app (`authorizing_integration_owners`).
   */
  place(place: Place, userId: string, permissions: bigint, name: string, guildId = this.guildId): Record<string, unknown> {
    const member = this.member(userId, permissions, name);
    const user = member.user;
    switch (place) {
      case 'guild':
        return {
          guild_id: guildId,
          guild: { id: guildId, locale: 'en-US', features: [] },
          channel: this.channel(guildId),
          member,
          app_permissions: MEMBER.toString(),
          guild_locale: 'en-US',
          authorizing_integration_owners: { '0': guildId },
          context: 0,
        };
      case 'user-app-guild': {
        const channel = {
          id: FOREIGN_GUILD.channelId,
          type: 0,
          guild_id: FOREIGN_GUILD.id,
          name: 'elsewhere',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        };
        return {
          guild_id: FOREIGN_GUILD.id,
          guild: { id: FOREIGN_GUILD.id, locale: 'en-US', features: [] },
          channel,
          member,
          app_permissions: PRIVATE_APP_PERMISSIONS.toString(),
          guild_locale: 'en-US',
          authorizing_integration_owners: { '1': userId },
          context: 0,
        };
      }
      case 'bot-dm':
        return {
          channel: { id: '900000000000000021', type: 1, recipients: [user], last_message_id: null, flags: 0 },
          user,
          app_permissions: (PRIVATE_APP_PERMISSIONS | PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.ReadMessageHistory).toString(),
          authorizing_integration_owners: { '0': '0', '1': userId },
          context: 1,
        };
      case 'private-dm':
        return {
          channel: {
            id: '900000000000000022',
            type: 1,
            recipients: [{ ...user, id: '800000000000000031', username: 'friend', global_name: 'friend' }],
            last_message_id: null,
            flags: 0,
          },
          user,
          app_permissions: PRIVATE_APP_PERMISSIONS.toString(),
          authorizing_integration_owners: { '1': userId },
          context: 2,
        };
      case 'group-dm':
        return {
          channel: {
            id: '900000000000000023',
            type: 3,
            name: 'desk',
            owner_id: userId,
            recipients: [{ ...user, id: '800000000000000031', username: 'friend', global_name: 'friend' }],
            last_message_id: null,
            flags: 0,
            icon: null,
          },
          user,
          app_permissions: PRIVATE_APP_PERMISSIONS.toString(),
          authorizing_integration_owners: { '1': userId },
          context: 2,
        };
    }
  }

  /** The channel the interactions of a guild come from. */
  channel(guildId = this.guildId) {
    const guild = this.find(guildId);
    return { id: guild.channelId, type: 0, guild_id: guild.id, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null };
  }

  /** The GUILD_CREATE payload of a guild. */
  guild(guildId = this.guildId) {
    const guild = this.find(guildId);
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: '800000000000000009',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: guild.id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: MEMBER.toString(), managed: false, mentionable: false, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: '2024-01-01T00:00:00.000Z',
      channels: [this.channel(guild.id)],
      threads: [],
      members: [{ ...this.member(this.applicationId, MEMBER, 'Byline'), user: this.botUser }],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private find(guildId: string): FakeGuild {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild) throw new Error(`the fake Discord has no guild ${guildId}`);
    return guild;
  }
}
