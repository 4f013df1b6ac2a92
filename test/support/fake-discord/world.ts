/** The fake Discord's fixed world: one application and bot, two guilds with a text channel each, and users. */

/** Permission bits used by the tests (Discord's values). */
export const PERMISSIONS = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  ManageGuild: 1n << 5n,
};
/** What an ordinary member may do in the channel. */
export const MEMBER = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks | PERMISSIONS.ReadMessageHistory | PERMISSIONS.UseApplicationCommands;

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
      roles: [{ id: guild.id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: MEMBER.toString(), managed: false, mentionable: false, flags: 0 }],
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
