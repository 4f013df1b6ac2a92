/** Starts the real bot (discord.js) against the fake Discord, on the seed story, for the end-to-end tests. */
import type { Client } from 'discord.js';
import { afterAll, beforeAll } from 'vitest';
import { startBot, type BotOptions } from '../../src/discord/bot.js';
import { emptyHolder, type StoryHolder } from '../../src/discord/story-holder.js';
import { createLogger } from '../../src/app/log.js';
import { loadStory } from '../../src/store/load-story.js';
import type { LoadedStory } from '../../src/store/load-story.js';
import { SEEDS } from '../fixtures/read-fixture.js';
import { FakeDiscord } from '../support/fake-discord/index.js';
import type { PictureRenderer } from '../../src/render/picture-renderer.js';

/** The seed story, loaded once for all bot tests. */
export const seedStory = await loadStory(SEEDS);

/** A running bot and what it logged. */
export interface RunningBot {
  client: Client;
  holder: StoryHolder;
  logs: string[];
  drain(ms: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** What a test may change: the story, the reload (its loader is given the holder), the home server, the cool-downs. */
export interface TestBotOptions {
  token?: string;
  shareCooldownSeconds?: number;
  reloadCooldownSeconds?: number;
  story?: LoadedStory | null;
  reload?: (holder: StoryHolder, logs: string[]) => BotOptions['reload'];
  adminGuildId?: string | null;
  /** Draws the pictures (a worker of the bot's own unless given). */
  pictures?: PictureRenderer;
  storyWait?: BotOptions['storyWait'];
  /** DISCORD_GUILD_ID, for the start-up check of the registered commands. */
  guildId?: string | null;
}

/** Starts the bot (on the seed story unless another is given) and waits until it is ready. */
export async function startTestBot(fake: FakeDiscord, options: TestBotOptions = {}): Promise<RunningBot> {
  const logs: string[] = [];
  const token = options.token ?? fake.token;
  const holder = emptyHolder();
  const loaded = options.story === undefined ? seedStory : options.story;
  if (loaded) holder.current = { story: loaded.story, hash: loaded.hash };
  const { client, drain } = await startBot({
    token,
    api: fake.apiUrl,
    holder,
    logger: createLogger('debug', [token], (line) => logs.push(line)),
    reload: options.reload?.(holder, logs) ?? (async () => ({ articles: loaded?.story.articles.length ?? 0, hash: loaded?.hash ?? '', warnings: 0 })),
    shareCooldownSeconds: options.shareCooldownSeconds ?? 0,
    reloadCooldownSeconds: options.reloadCooldownSeconds ?? 0,
    adminGuildId: options.adminGuildId ?? null,
    ...(options.pictures ? { pictures: options.pictures } : {}),
    ...(options.storyWait ? { storyWait: options.storyWait } : {}),
    guildId: options.guildId ?? null,
  });
  // A bound for a failure to show, generous for a busy machine: the wait ends as soon as the client is ready.
  const deadline = Date.now() + 60_000;
  while (!client.isReady()) {
    if (Date.now() > deadline) throw new Error('bot not ready');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { client, holder, logs, drain, stop: async () => void (await client.destroy()) };
}

/** A fake Discord and a logged-in bot for one test file: started before its tests, stopped after. */
export function fakeDiscordWithBot(options: TestBotOptions = {}): { fake: FakeDiscord; bot: RunningBot } {
  const ctx = {} as { fake: FakeDiscord; bot: RunningBot };
  beforeAll(async () => {
    ctx.fake = await FakeDiscord.start();
    ctx.bot = await startTestBot(ctx.fake, options);
  });
  afterAll(async () => {
    await ctx.bot.stop();
    await ctx.fake.close();
  });
  return ctx;
}
