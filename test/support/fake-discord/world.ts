/** The fake Discord's fixed world: one application and bot, one guild with a text channel, and users. */

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

/** The ids, token and objects the fake serves. */
export class FakeWorld {
  readonly applicationId = '900000000000000001';
  readonly guildId = '900000000000000002';
  readonly channelId = '900000000000000003';
  readonly botUser = { id: this.applicationId, username: 'Byline', discriminator: '0', global_name: 'Byline', avatar: null, bot: true };
  gatewayUrl = '';

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

  /** The channel the interactions come from. */
  channel() {
    return { id: this.channelId, type: 0, guild_id: this.guildId, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null };
  }

  /** The GUILD_CREATE payload. */
  guild() {
    return {
      id: this.guildId,
      name: 'Newsroom',
      icon: null,
      owner_id: '800000000000000009',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: this.guildId, name: '@everyone', color: 0, hoist: false, position: 0, permissions: MEMBER.toString(), managed: false, mentionable: false, flags: 0 }],
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
      channels: [this.channel()],
      threads: [],
      members: [{ ...this.member(this.applicationId, MEMBER, 'Byline'), user: this.botUser }],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
