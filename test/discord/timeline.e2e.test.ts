/** /timeline through the real discord.js client: its picture attached and replaced on paging, its from and to options, its topics. */
import { describe, expect, it } from 'vitest';
import type { FakeAttachment, FakeMessage, InteractionRecord } from '../support/fake-discord/index.js';
import { fakeDiscordWithBot, startTestBot } from './bot-harness.js';
import { pictureRenderer, type PictureRenderer } from '../../src/render/picture-renderer.js';

const ctx = fakeDiscordWithBot();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function answerOf(record: InteractionRecord): FakeMessage {
  expect(record.errors).toEqual([]);
  expect(record.original).not.toBeNull();
  return record.original!;
}
const embed = (m: FakeMessage) => m.embeds[0] as { description?: string; footer?: { text: string }; image?: { url: string } };
const attachments = (m: FakeMessage) => m.attachments as FakeAttachment[];

/** The message's one picture: attached as timeline.png, a PNG, and shown as the embed's image. */
function pictureOf(m: FakeMessage): Buffer {
  expect(attachments(m).map((a) => a.filename)).toEqual(['timeline.png']);
  const [picture] = attachments(m);
  expect(picture!.content_type).toBe('image/png');
  expect(picture!.description).toMatch(/^Timeline picture: 9 dated events from 14 Feb 2017 to 8 Jun 2017/);
  expect(embed(m).image?.url).toBe(picture!.url);
  const bytes = ctx.fake.rest.uploads.get(picture!.url)!;
  expect(bytes.subarray(0, 8)).toEqual(PNG);
  return bytes;
}

describe('the timeline picture', () => {
  it('comes with /timeline as an attachment shown in the embed, the text still there', async () => {
    const message = answerOf(await ctx.fake.slash('timeline'));
    expect(pictureOf(message).length).toBeGreaterThan(1000);
    expect(embed(message).description).toMatch(/<t:1487073600:D>.*Valentine’s Day/s);
  });

  it("is replaced by the next page's when paging, and back", async () => {
    const first = answerOf(await ctx.fake.slash('timeline'));
    const next = await ctx.fake.click(first, ctx.fake.buttons(first).get('Next')!.customId);
    const second = answerOf(next);
    expect(embed(second).footer?.text).toMatch(/^Page 2 of/);
    expect(pictureOf(second).equals(pictureOf(first))).toBe(false);
    const back = answerOf(await ctx.fake.click(second, ctx.fake.buttons(second).get('Previous')!.customId));
    expect(pictureOf(back).equals(pictureOf(first))).toBe(true);
  });

  it('goes with a shared page as a copy of its own, not a link to the private answer’s', async () => {
    const first = answerOf(await ctx.fake.slash('timeline'));
    const second = answerOf(await ctx.fake.click(first, ctx.fake.buttons(first).get('Next')!.customId));
    const click = await ctx.fake.click(second, ctx.fake.buttons(second).get('Share')!.customId);
    await ctx.fake.settled(click, (r) => r.followUps.length > 0);
    const shared = click.followUps[0]!;
    expect(shared.content).toMatch(/^Shared by/);
    expect(pictureOf(shared).equals(pictureOf(second))).toBe(true);
    // Its embed shows its own attachment, which Discord resolves to the shared message's file.
    expect(embed(shared).image?.url).toBe(attachments(shared)[0]!.url);
    expect(attachments(shared)[0]!.url).not.toBe(attachments(second)[0]!.url);
  });

  it('is not attached to answers of other commands', async () => {
    const message = answerOf(await ctx.fake.slash('ask', { question: 'Did Sessions ever offer to resign?' }));
    expect(attachments(message)).toEqual([]);
    expect(embed(message).image).toBeUndefined();
  });

  it('when slow to draw, the answer is deferred and then arrives with it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const real = pictureRenderer();
    const slow: PictureRenderer = {
      png: async (svg) => {
        await gate;
        return real.png(svg);
      },
      close: () => real.close(),
    };
    await ctx.bot.stop();
    ctx.bot = await startTestBot(ctx.fake, { pictures: slow });
    try {
      const asked = ctx.fake.slash('timeline', { about: 'Comey' });
      const record = await waitFor(() => [...ctx.fake.rest.interactions.values()].find((r) => r.callbacks[0]?.type === 5 && r.original?.deferred));
      release();
      await asked;
      expect(record.callbacks.map((c) => c.type)).toEqual([5]);
      expect(attachments(answerOf(record)).map((a) => a.filename)).toEqual(['timeline.png']);
      expect(embed(record.original!).description).toMatch(/James Comey/);
    } finally {
      release();
      await ctx.bot.stop();
      await real.close();
      ctx.bot = await startTestBot(ctx.fake);
    }
  });
});

describe('/timeline from and to', () => {
  it('keeps only the events within the period, and says so in the footer', async () => {
    const message = answerOf(await ctx.fake.slash('timeline', { from: 'June 2017', to: '2017-06-06' }));
    const text = embed(message).description!;
    expect(text).toMatch(/<t:1496664000:D>.*Twitter eruption/s);
    expect(text).toMatch(/<t:1496750400:D>.*The following day/s);
    expect(text).not.toMatch(/2017-05|2017-06-08|undated/);
    expect(embed(message).footer?.text).toBe('/timeline from: June 2017 to: 2017-06-06');
  });

  it('keeps the period (and the topic) when paging', async () => {
    const first = answerOf(await ctx.fake.slash('timeline', { about: 'Sessions', from: '2017' }));
    expect(embed(first).footer?.text).toMatch(/^Page 1 of 2 · \/timeline about: Sessions from: 2017$/);
    const second = answerOf(await ctx.fake.click(first, ctx.fake.buttons(first).get('Next')!.customId));
    expect(embed(second).footer?.text).toMatch(/^Page 2 of 2 · \/timeline about: Sessions from: 2017$/);
    expect(embed(second).description).not.toMatch(/undated/);
  });

  it('answers a value that is not a date with a usage hint', async () => {
    const message = answerOf(await ctx.fake.slash('timeline', { from: 'last spring' }));
    expect(message.content).toMatch(
      /^from is not a date\. Give a year \(2018\), a month \(2018-03 or March 2018\) or a day \(2018-03-05\)\. Usage: timeline \[about\] \[from\] \[to\]$/,
    );
    const reversed = answerOf(await ctx.fake.slash('timeline', { from: '2018', to: '2017' }));
    expect(reversed.content).toMatch(/^from \(2018\) is after to \(2017\)/);
  });

  it('says plainly when the period holds no event', async () => {
    const message = answerOf(await ctx.fake.slash('timeline', { from: '1999', to: '2000' }));
    expect(embed(message).description).toMatch(/No dated events between 1999 and 2000/);
    expect(attachments(message)).toEqual([]);
  });
});

describe('/timeline topics in autocomplete', () => {
  it("offers the story's people, organisations and subjects, best first, never weekdays, function words or verbs", async () => {
    const choices = (await ctx.fake.autocomplete('timeline', 'about', '')).map((c) => c.name);
    expect(choices).toHaveLength(25);
    expect(choices.slice(0, 2)).toEqual(['Jeff Sessions', 'Donald Trump']);
    for (const word of ['thursday', 'following', 'asked', 'general', 'today']) expect(choices.map((c) => c.toLowerCase())).not.toContain(word);
    expect((await ctx.fake.autocomplete('timeline', 'about', 'just')).map((c) => c.name)).toEqual(['Justice Department']);
    expect((await ctx.fake.autocomplete('timeline', 'about', 'inves')).map((c) => c.name)).toContain('investigation');
  });
});

async function waitFor<T>(found: () => T | undefined): Promise<T> {
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    await ctx.fake.rest.changed();
  }
}
