/** A shutdown waits for the answers under way, and tells those it cannot wait for that they were cut short. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTARTING } from '../../src/discord/replies.js';
import { FakeDiscord, MEMBER, PERMISSIONS } from '../support/fake-discord/index.js';
import { startTestBot } from './bot-harness.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

/** A bot whose /reload never ends (a rebuild longer than the shutdown may wait), and when it has begun. */
async function botWithEndlessReload() {
  let started!: () => void;
  const reloading = new Promise<void>((resolve) => (started = resolve));
  const bot = await startTestBot(fake, {
    adminGuildId: fake.world.guildId,
    reload: () => async () => {
      started();
      return new Promise(() => {});
    },
  });
  return { bot, reloading };
}

describe('drain at a shutdown', () => {
  it('tells a deferred /reload that outlasts the wait that it was cut short, instead of leaving it "thinking"', async () => {
    const { bot, reloading } = await botWithEndlessReload();
    try {
      const answer = fake.slash('reload', {}, { permissions: MEMBER | PERMISSIONS.ManageGuild });
      await reloading;
      expect(await bot.drain(50)).toBe(false);
      const record = await answer;
      expect(record.errors).toEqual([]);
      expect(record.original?.content).toBe(RESTARTING);
    } finally {
      await bot.stop();
    }
  });

  it('waits for a deferral still on its way before telling the answer it was cut short (a reply sent meanwhile is refused)', async () => {
    const { bot, reloading } = await botWithEndlessReload();
    // Discord's answer to the deferral is slow: the shutdown comes while it is on its way.
    const release = fake.rest.hold('POST', /^\/interactions\/\d+\/[^/]+\/callback$/);
    try {
      const answer = fake.slash('reload', {}, { permissions: MEMBER | PERMISSIONS.ManageGuild });
      await reloading;
      const drained = bot.drain(50);
      expect(await drained).toBe(false);
      release();
      const record = await answer;
      expect(record.errors).toEqual([]);
      expect(record.callbacks).toHaveLength(1);
      expect(record.original?.content).toBe(RESTARTING);
    } finally {
      release();
      await bot.stop();
    }
  });

  it('resolves true at once when nothing is under way', async () => {
    const bot = await startTestBot(fake);
    try {
      expect(await bot.drain(60_000)).toBe(true);
    } finally {
      await bot.stop();
    }
  });
});
