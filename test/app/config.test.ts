import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/app/config.js';
import { UserError } from '../../src/app/errors.js';

describe('readConfig', () => {
  it('defaults the corpus to seeds, the log level to info, and runs one process (no shards)', () => {
    expect(readConfig({})).toEqual({
      corpusDir: 'seeds',
      discordToken: null,
      discordGuildId: null,
      discordApi: null,
      logLevel: 'info',
      shards: null,
      adminGuildId: null,
      loopStatsSeconds: null,
      cacheDir: '.cache',
    });
  });

  it('stops on a malformed value, naming the key', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(UserError);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => readConfig({ DISCORD_TOKEN: 'two words' })).toThrow(/DISCORD_TOKEN/);
  });
});

describe('BYLINE_SHARDS', () => {
  it.each([
    ['2', 2],
    [' 16 ', 16],
    ['1', 1],
    ['auto', 'auto'],
    ['AUTO', 'auto'],
    ['', null],
    ['  ', null],
  ] as const)('%j reads as %j', (value, expected) => {
    expect(readConfig({ BYLINE_SHARDS: value }).shards).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'two', '2 shards', 'true', '99999999999999999999'])(
    '%j stops start-up with a configuration error naming BYLINE_SHARDS',
    (value) => {
      expect(() => readConfig({ BYLINE_SHARDS: value })).toThrow(UserError);
      expect(() => readConfig({ BYLINE_SHARDS: value })).toThrow(/^BYLINE_SHARDS must be a number of shards \(1 or more\) or auto, got "/);
    },
  );

  it('is not read from SHARDS, which discord.js sets in every shard', () => {
    expect(readConfig({ SHARDS: '3' }).shards).toBeNull();
  });
});

describe('BYLINE_ADMIN_GUILD_ID', () => {
  it('reads a server id, trimmed; unset or empty is none', () => {
    expect(readConfig({ BYLINE_ADMIN_GUILD_ID: ' 900000000000000002 ' }).adminGuildId).toBe('900000000000000002');
    expect(readConfig({ BYLINE_ADMIN_GUILD_ID: '' }).adminGuildId).toBeNull();
  });

  it.each(['my-server', '123', '9000000000000000021234', '90000000000000000x'])('%j stops start-up with a configuration error naming the key', (value) => {
    expect(() => readConfig({ BYLINE_ADMIN_GUILD_ID: value })).toThrow(/^BYLINE_ADMIN_GUILD_ID must be a server id \(17 to 20 digits\)/);
  });
});

describe('BYLINE_LOOP_STATS', () => {
  it.each([
    ['60', 60],
    [' 5 ', 5],
    ['3600', 3600],
    ['0', null],
    ['', null],
  ] as const)('%j reads as %j seconds between two statistics lines', (value, expected) => {
    expect(readConfig({ BYLINE_LOOP_STATS: value }).loopStatsSeconds).toBe(expected);
  });

  it.each(['yes', '-5', '1.5', '3601', '60s'])('%j stops start-up with a configuration error naming BYLINE_LOOP_STATS', (value) => {
    expect(() => readConfig({ BYLINE_LOOP_STATS: value })).toThrow(/^BYLINE_LOOP_STATS must be a number of seconds/);
  });
});

describe('BYLINE_CACHE_DIR', () => {
  it.each([
    [undefined, '.cache'],
    ['', '.cache'],
    ['  /var/cache/byline ', '/var/cache/byline'],
    ['off', null],
    [' OFF ', null],
  ])('%j keeps snapshots in %j (null: none, the story in memory only)', (value, expected) => {
    expect(readConfig({ BYLINE_CACHE_DIR: value }).cacheDir).toBe(expected);
  });
});
