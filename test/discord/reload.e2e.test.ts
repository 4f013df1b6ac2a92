/** /reload: for the bot's owner or its home server only, read once however many ask, rate-limited, and a failure told to the admin. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { createLogger } from '../../src/app/log.js';
import { logged } from '../support/log-records.js';
import { storyLoader } from '../../src/store/serve-story.js';
import { SEEDS } from '../fixtures/read-fixture.js';
import { FakeDiscord, MEMBER, PERMISSIONS, type InteractionRecord } from '../support/fake-discord/index.js';
import { seedStory, startTestBot, type RunningBot } from './bot-harness.js';

let fake: FakeDiscord;
let scratch: string;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  scratch = mkdtempSync(join(tmpdir(), 'byline-reload-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(scratch, { recursive: true, force: true });
});

const MANAGER = { permissions: MEMBER | PERMISSIONS.ManageGuild };
const content = (r: InteractionRecord) => {
  expect(r.errors).toEqual([]);
  return r.original?.content ?? '';
};

/** Runs `body` with a bot started with `options`, stopping it after. */
async function withBot(options: Parameters<typeof startTestBot>[1], body: (bot: RunningBot) => Promise<void>): Promise<void> {
  const bot = await startTestBot(fake, options);
  try {
    await body(bot);
  } finally {
    await bot.stop();
  }
}

describe('registration with a home server (BYLINE_ADMIN_GUILD_ID)', () => {
  it('registers /reload in the home server only, and every other command where asked', async () => {
    const home = fake.world.guildId;
    const done = await deployCommands(fake.token, null, fake.apiUrl, home);
    expect(done).toMatchObject({ scope: 'global', count: 9, reload: `server ${home}` });
    const names = (scope: string) => fake.rest.commands.find((c) => c.scope === scope)!.body.map((c) => c.name);
    expect(names('global')).not.toContain('reload');
    expect(names(`guild:${home}`)).toEqual(['reload']);
  });

  it('registers everything in one list when the commands go to the home server itself', async () => {
    const home = fake.world.guildId;
    const done = await deployCommands(fake.token, home, fake.apiUrl, home);
    expect(done).toEqual({ applicationId: fake.world.applicationId, scope: `server ${home}`, count: 10 });
    expect(fake.rest.commands.find((c) => c.scope === `guild:${home}`)!.body.map((c) => c.name)).toContain('reload');
  });
});

describe('who may reload', () => {
  it("with a home server: its managers may, another server's managers may not, the bot's owner may anywhere", async () => {
    const [home, other] = fake.world.guilds.map((g) => g.id);
    await withBot({ adminGuildId: home! }, async () => {
      expect(content(await fake.slash('reload', {}, { ...MANAGER, guildId: home! }))).toMatch(/^Re-read the story/);
      expect(content(await fake.slash('reload', {}, { ...MANAGER, guildId: other! }))).toMatch(
        /^Only the bot’s owner, or members who can manage its home server/,
      );
      expect(content(await fake.slash('reload', {}, { guildId: home! }))).toMatch(/^Only the bot’s owner/);
      expect(content(await fake.slash('reload', {}, { userId: fake.world.owner.id, guildId: other! }))).toMatch(/^Re-read the story/);
    });
  });

  it("without one: only the bot's owner (as Discord says who owns the application)", async () => {
    await withBot({}, async () => {
      expect(content(await fake.slash('reload', {}, MANAGER))).toMatch(/^Only the bot’s owner may reload/);
      expect(content(await fake.slash('reload', {}, { userId: fake.world.owner.id }))).toMatch(/^Re-read the story/);
    });
  });
});

describe('reloads at once and in a row', () => {
  it('10 reloads at once read the story once, and each admin gets its result; the next within 30 s is told to wait', async () => {
    let loads = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reload = () => async () => {
      loads++;
      await released;
      return { articles: 5, hash: seedStory.hash, warnings: 0 };
    };
    await withBot({ reload, reloadCooldownSeconds: 30 }, async () => {
      const owner = { userId: fake.world.owner.id, ...MANAGER };
      const asked = Array.from({ length: 10 }, () => fake.slash('reload', {}, owner));
      // Every one is deferred (answered "thinking…") before the load is let finish.
      const deadline = Date.now() + 60_000;
      while ([...fake.rest.interactions.values()].filter((r) => r.callbacks[0]?.type === 5 && r.original?.deferred).length < 10 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      release();
      for (const r of await Promise.all(asked)) expect(content(r)).toBe(`Re-read the story: 5 articles (version ${seedStory.hash}).`);
      expect(loads).toBe(1);
      const again = content(await fake.slash('reload', {}, owner));
      expect(again).toMatch(/^The story was re-read \d+ seconds ago: 5 articles .* once every 30 seconds; try again in \d+ seconds\.$/);
      expect(loads).toBe(1);
    });
  });

  it('a reload whose corpus is gone tells the admin why, and the story already served stays', async () => {
    const corpus = join(scratch, 'corpus');
    cpSync(SEEDS, corpus, { recursive: true });
    const cacheDir = join(scratch, 'cache');
    const reload = (holder: RunningBot['holder'], logs: string[]) => {
      const load = storyLoader({ corpusDir: corpus, cacheDir, holder, logger: createLogger('debug', [], (line) => logs.push(line)) });
      return () => load({ fresh: true });
    };
    await withBot({ reload, story: null }, async (bot) => {
      const owner = { userId: fake.world.owner.id, ...MANAGER };
      expect(content(await fake.slash('reload', {}, owner))).toMatch(/^Re-read the story: 5 articles/);
      rmSync(corpus, { recursive: true });
      const failed = content(await fake.slash('reload', {}, owner));
      expect(failed).toMatch(/^Could not re-read the story: corpus folder not found: .*corpus\. Still answering from the previous version \(\w+\)\.$/);
      expect(logged(bot.logs.join('\n'), 'could not read the story again', { level: 'error' })).toHaveLength(1);
      const served = await fake.slash('quote', { text: 'Weak' });
      expect(String(served.original!.embeds[0]!.description)).toMatch(/Donald Trump/);
    });
  }, 90_000);
});
