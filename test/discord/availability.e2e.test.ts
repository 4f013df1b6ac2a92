/** No user can stall or confuse the bot: long answers are paged cheaply, and every odd interaction gets a sensible answer, once. */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { timeline } from '../../src/core/answer/timeline.js';
import type { Story, StoryEvent } from '../../src/core/types.js';
import { FakeDiscord, type InteractionRecord } from '../support/fake-discord/index.js';
import { seedStory, startTestBot, type RunningBot } from './bot-harness.js';

let fake: FakeDiscord;
let bot: RunningBot;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = await startTestBot(fake);
});
afterAll(async () => {
  await bot.stop();
  await fake.close();
});

const description = (r: InteractionRecord) => String((r.original?.embeds[0] as { description?: string } | undefined)?.description ?? '');
const footer = (r: InteractionRecord) => String((r.original?.embeds[0] as { footer?: { text: string } } | undefined)?.footer?.text ?? '');
const answered = (r: InteractionRecord) => {
  expect(r.errors).toEqual([]);
  expect(r.callbacks).toHaveLength(1);
  return r.original?.content ?? '';
};

/** Waits until `check` holds (polling), for at most `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/** The seed story with 20,000 dated events (the seed ones again and again, a day apart). */
function storyOf20000Events(): Story {
  const seed = seedStory.story.events.filter((e) => e.date !== null);
  const events: StoryEvent[] = Array.from({ length: 20_000 }, (_, i) => ({
    ...seed[i % seed.length]!,
    date: new Date(Date.UTC(1970, 0, 1 + i)).toISOString().slice(0, 10),
    precision: 'day',
  }));
  return { ...seedStory.story, events };
}

describe('a timeline of 20,000 events', () => {
  it('is answered, and paged through, by rendering only the page shown', async () => {
    const story = storyOf20000Events();
    bot.holder.current = { story, hash: 'feed2000' };
    onTestFinished(() => void (bot.holder.current = { story: seedStory.story, hash: seedStory.hash }));
    // The events as the timeline shows them (built once per story); count which are rendered.
    const rendered = new Set<number>();
    timeline(story).events.forEach((e, i) => {
      const text = e.text;
      Object.defineProperty(e, 'text', {
        enumerable: true,
        get: () => {
          rendered.add(i);
          return text;
        },
      });
    });
    const first = await fake.slash('timeline');
    expect(footer(first)).toBe('Page 1 of 4000 · /timeline');
    expect([...rendered]).toEqual([0, 1, 2, 3, 4]);
    rendered.clear();
    const next = await fake.click(first.original!, fake.buttons(first.original!).get('Next')!.customId);
    expect(footer(next)).toBe('Page 2 of 4000 · /timeline');
    expect(description(next)).toMatch(/^\*\*<t:\d+:D>\*\* /);
    expect([...rendered]).toEqual([5, 6, 7, 8, 9]);
    rendered.clear();
    // The page menu reaches any page in one pick: here the 3,000th, offered beside the first and last.
    const menu = fake.selects(next.original!).get(`b1|goto|feed2000`)!;
    expect(menu.options.length).toBeLessThanOrEqual(25);
    expect(menu.options.map((o) => o.value)).toEqual(expect.arrayContaining(['0', '1', '3999']));
    const far = menu.options.find((o) => Number(o.value) > 2500)!;
    const jump = await fake.select(next.original!, 'b1|goto|feed2000', [far.value]);
    expect(footer(jump)).toBe(`Page ${Number(far.value) + 1} of 4000 · /timeline`);
    expect([...rendered]).toEqual([0, 1, 2, 3, 4].map((k) => Number(far.value) * 5 + k));
  });
});

describe('forged buttons', () => {
  it.each(['NaN', '1.5', '-1', '99999999', '1e3', '01', '', '2|x'])('a page id of %j gets "this answer has expired", not a page', async (page) => {
    const answer = await fake.slash('timeline');
    const click = await fake.click(answer.original!, `b1|page|${seedStory.hash}|${page}`);
    expect(answered(click)).toMatch(/^This answer has expired/);
  });

  it.each([
    ['goto', 'NaN'],
    ['goto', '99999'],
    ['goto', '1.5'],
    ['contexts', '0'],
    ['contexts', '0.NaN'],
    ['contexts', '0.1.2'],
    ['contexts', '-1.3'],
  ])('a %s menu picked with the value %j gets "this answer has expired"', async (menu, value) => {
    const answer = await fake.slash('timeline');
    const pick = await fake.select(answer.original!, `b1|${menu}|${seedStory.hash}`, [value]);
    expect(answered(pick)).toMatch(/^This answer has expired/);
  });

  it('a Context pick of a passage no longer in the story says so', async () => {
    const answer = await fake.slash('timeline');
    const pick = await fake.select(answer.original!, `b1|contexts|${seedStory.hash}`, ['4.999']);
    await fake.settled(pick, (r) => r.followUps.length > 0);
    expect(String((pick.followUps[0]!.embeds[0] as { description?: string }).description)).toBe('That passage is no longer in the story.');
  });

  it('a Context id with a number that is no number gets "this answer has expired"', async () => {
    const answer = await fake.slash('timeline');
    const click = await fake.click(answer.original!, `b1|context|${seedStory.hash}|0|NaN`);
    expect(answered(click)).toMatch(/^This answer has expired/);
  });
});

describe('every interaction gets an answer', () => {
  it('an option of the wrong type gets a usage message, not an apology', async () => {
    const record = await fake.interact(2, { id: fake.rest.id(), name: 'ask', type: 1, options: [{ name: 'question', type: 4, value: 42 }] }, {});
    expect(answered(record)).toBe('question must be text. Usage: /ask <question>');
    expect(bot.logs.some((l) => l.includes('interaction failed'))).toBe(false);
  });

  it('an unknown slash command, user command and message command each get a reply', async () => {
    const user = fake.world.member().user;
    const records = [
      await fake.slash('no-such-command'),
      await fake.interact(2, { id: fake.rest.id(), name: 'Profile', type: 2, target_id: user.id, resolved: { users: { [user.id]: user } } }, {}),
      await fake.messageCommand('Translate this', fake.userMessage('hello')),
    ];
    for (const r of records) expect(answered(r)).toMatch(/not something I know here/);
  });

  it('autocomplete on an unknown command gets no choices, rather than no answer', async () => {
    expect(await fake.autocomplete('no-such-command', 'x', 'a')).toEqual([]);
  });

  it('a select menu and a modal (neither ours) each get a reply', async () => {
    const answer = await fake.slash('sources');
    const select = await fake.select(answer.original!, 'menu', ['a']);
    const modal = await fake.submitModal('form');
    for (const r of [select, modal]) expect(answered(r)).toMatch(/not something I know here/);
  });
});

describe('an interaction delivered twice', () => {
  it('at once (same id) is answered once', async () => {
    const data = { id: fake.rest.id(), name: 'quote', type: 1, options: [{ name: 'text', type: 3, value: 'Weak' }] };
    const record = await fake.interact(2, data, {}, {}, 2);
    await until(() => bot.logs.some((l) => l.includes('delivered again') && l.includes(record.id)));
    expect(bot.logs.some((l) => l.includes('delivered again') && l.includes(record.id))).toBe(true);
    answered(record);
    expect(description(record)).toMatch(/Donald Trump/);
  });

  it('again after it was answered (a replay) is not answered a second time', async () => {
    const record = await fake.slash('who-said', { quote: 'Weak' });
    fake.redeliver(record);
    // The next interaction is dispatched after the replay, on the same connection: once it is answered, the replay was seen.
    await fake.slash('help');
    expect(bot.logs.some((l) => l.includes('delivered again') && l.includes(record.id))).toBe(true);
    answered(record);
  });
});
