import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeMessage, type InteractionRecord } from '../support/fake-discord/index.js';
import { seedStory, startTestBot, type RunningBot } from './bot-harness.js';
import { createLogger } from '../../src/app/log.js';
import { storyLoader } from '../../src/store/serve-story.js';
import { WAITED_IN_VAIN } from '../../src/discord/handle-interaction.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const EPHEMERAL = 64;
const DEFERRED_REPLY = 5;
const DEFERRED_UPDATE = 6;
const description = (m: FakeMessage | null) => String((m?.embeds[0] as { description?: string } | undefined)?.description ?? '');
const footer = (m: FakeMessage | null) => String((m?.embeds[0] as { footer?: { text: string } } | undefined)?.footer?.text ?? '');

let fake: FakeDiscord;
let bot: RunningBot | null = null;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  await bot?.stop();
  bot = null;
});
afterAll(async () => fake.close());

/** Starts the bot with no story yet, as it is while the first load runs. */
async function loadingBot(storyWait?: { limit?: number; waitMs?: number }): Promise<RunningBot> {
  bot = await startTestBot(fake, { story: null, ...(storyWait ? { storyWait } : {}) });
  return bot;
}

/** Starts an interaction and waits only for its first response (the deferral). */
async function acknowledged(start: () => Promise<InteractionRecord>): Promise<{ record: InteractionRecord; answered: Promise<InteractionRecord> }> {
  const before = fake.lastInteraction();
  const answered = start();
  const started = () => (fake.lastInteraction() === before ? undefined : fake.lastInteraction());
  await fake.until(() => (started()?.callbacks.length ?? 0) > 0, 'the first response');
  return { record: started()!, answered };
}

const serve = (running: RunningBot) => void (running.holder.current = { story: seedStory.story, hash: seedStory.hash });

describe('an interaction that arrives while the story is read', () => {
  it('a slash command is deferred privately at once and its reply filled in with the answer when the story is ready', async () => {
    const running = await loadingBot();
    const { record, answered } = await acknowledged(() => fake.slash('who-said', { quote: 'Weak' }));
    expect(record.callbacks[0]).toMatchObject({ type: DEFERRED_REPLY, data: { flags: EPHEMERAL } });
    expect(record.original!.deferred).toBe(true);
    serve(running);
    const done = await answered;
    expect(done.errors).toEqual([]);
    expect(done.callbacks).toHaveLength(1);
    expect(description(done.original)).toMatch(/Donald Trump/);
    expect(done.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(fake.buttons(done.original!).has('Share')).toBe(true);
  });

  it('the Who said this? context menu is deferred and answered the same way', async () => {
    const running = await loadingBot();
    const { record, answered } = await acknowledged(() => fake.messageCommand('Who said this?', fake.userMessage('> Weak'), { place: 'bot-dm' }));
    expect(record.callbacks[0]!.type).toBe(DEFERRED_REPLY);
    serve(running);
    expect(description((await answered).original)).toMatch(/Donald Trump/);
  });

  it('a button is acknowledged without changing its message, then the message turns to the page asked for', async () => {
    const running = await loadingBot();
    serve(running);
    const first = (await fake.slash('timeline')).original!;
    running.holder.current = null;
    const { record: click, answered } = await acknowledged(() => fake.click(first, fake.buttons(first).get('Next')!.customId));
    expect(click.callbacks[0]!.type).toBe(DEFERRED_UPDATE);
    expect(footer(click.original)).toMatch(/^Page 1 of/);
    serve(running);
    await answered;
    await fake.settled(click, (r) => /^Page 2 of/.test(footer(r.original)));
    expect(click.errors).toEqual([]);
    expect(click.followUps).toEqual([]);
  });

  it('a pick in the Context menu is acknowledged, then the passage in context comes as a private follow-up', async () => {
    const running = await loadingBot();
    serve(running);
    const answer = (await fake.slash('who-said', { quote: 'Weak' })).original!;
    const [menuId, menu] = [...fake.selects(answer)].find(([, m]) => m.placeholder.startsWith('Read a passage'))!;
    running.holder.current = null;
    const { record: pick, answered } = await acknowledged(() => fake.select(answer, menuId, [menu.options[0]!.value]));
    expect(pick.callbacks[0]!.type).toBe(DEFERRED_UPDATE);
    serve(running);
    await answered;
    await fake.settled(pick, (r) => r.followUps.length > 0);
    expect(pick.errors).toEqual([]);
    expect(pick.followUps[0]!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(pick.followUps[0]!.embeds)).toMatch(/In context/);
  });

  it('autocomplete offers nothing rather than waiting', async () => {
    await loadingBot();
    expect(await fake.autocomplete('quotes', 'speaker', 'sess')).toEqual([]);
  });

  it('when too many wait, the next is told to try again instead of waiting too', async () => {
    const running = await loadingBot({ limit: 1 });
    const { answered } = await acknowledged(() => fake.slash('quote', { text: 'Weak' }));
    const refused = await fake.slash('ask', { question: 'Did Sessions offer to resign?' });
    expect(refused.callbacks[0]!.type).toBe(4);
    expect(refused.original!.content).toMatch(/Still reading the story; try again in a minute/);
    expect(running.logs.some((l) => l.includes('too many interactions waiting for the story'))).toBe(true);
    serve(running);
    expect(description((await answered).original)).toMatch(/Weak/);
  });

  it('when the story is not ready in time, the deferred reply says so instead of staying a spinner', async () => {
    await loadingBot({ waitMs: 50 });
    const record = await fake.slash('people');
    expect(record.callbacks[0]!.type).toBe(DEFERRED_REPLY);
    expect(record.errors).toEqual([]);
    expect(record.original!.content).toBe(WAITED_IN_VAIN);
  });
});

describe('the first load, with the real loader', () => {
  it('answers the interaction that waited for it, and logs the steps of the load', async () => {
    const running = await loadingBot();
    const { record, answered } = await acknowledged(() => fake.slash('who-said', { quote: 'Weak' }, { place: 'group-dm' }));
    expect(record.callbacks[0]!.type).toBe(DEFERRED_REPLY);
    const cacheDir = mkdtempSync(join(tmpdir(), 'byline-loading-'));
    try {
      const logs: string[] = [];
      const load = storyLoader({
        corpusDir: SEEDS,
        cacheDir,
        holder: running.holder,
        logger: createLogger('debug', [], (line) => logs.push(line)),
        progressEveryMs: 0,
      });
      await load();
      expect(description((await answered).original)).toMatch(/Donald Trump/);
      expect(logs.join('\n')).toMatch(/loading the story: reading files 5\/5/);
      expect(logs.join('\n')).toMatch(/loading the story: reading articles 5\/5/);
      expect(logs.join('\n')).toMatch(/story loaded/);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 90_000);
});
