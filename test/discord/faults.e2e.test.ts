import { describe, expect, it } from 'vitest';
import { fakeDiscordWithBot } from './bot-harness.js';
import { SETTLE_TIMEOUT_MS } from '../support/fake-discord/index.js';

const ctx = fakeDiscordWithBot();

const text = (r: { original: { embeds: unknown[]; content: string } | null }) => `${r.original?.content ?? ''} ${JSON.stringify(r.original?.embeds ?? [])}`;

describe('REST faults: no answer is lost', () => {
  it('a 429 with a short retry-after on the first response is retried', async () => {
    ctx.fake.rest.fail('POST', /\/callback$/, 429, 1, 0.05);
    const r = await ctx.fake.slash('quote', { text: 'Weak' });
    expect(text(r)).toMatch(/Donald Trump/);
    expect(ctx.fake.rest.requests.some((q) => q.status === 429 && q.path.includes(r.id))).toBe(true);
  });

  it('a 429 on the edit of a deferred answer is retried', async () => {
    ctx.fake.rest.fail('PATCH', /\/messages\/@original$/, 429, 1, 0.05);
    const r = await ctx.fake.slash('reload', {}, { userId: ctx.fake.world.owner.id });
    expect(r.original!.content).toMatch(/Re-read the story/);
    expect(ctx.fake.rest.requests.some((q) => q.status === 429 && q.method === 'PATCH' && q.path.includes(r.token))).toBe(true);
  });

  it('a 500 on a follow-up (Share) is retried', async () => {
    const answer = await ctx.fake.slash('quote', { text: 'serving right now' });
    ctx.fake.rest.fail('POST', /^\/webhooks\/\d+\/[^/]+$/, 500, 1);
    const click = await ctx.fake.click(answer.original!, ctx.fake.buttons(answer.original!).get('Share')!.customId);
    await ctx.fake.settled(click, (r) => r.followUps.length > 0);
    expect(click.followUps[0]!.content).toMatch(/^Shared by/);
    expect(ctx.fake.rest.requests.some((q) => q.status === 500 && q.path.includes(click.token))).toBe(true);
  });
});

describe('load', () => {
  it('200 interactions at once all get a real answer, none an apology, none lost', async () => {
    // What is asserted is that nothing is lost, not how fast: a busy 2-core machine may take longer than Discord's three seconds.
    ctx.fake.rest.firstResponseDeadlineMs = Infinity;
    ctx.fake.settleTimeoutMs = 120_000;
    try {
      const questions = [
        'Did Sessions offer to resign?',
        'Who is the White House press secretary?',
        'Twitter eruption Monday morning',
        'What did Comey reveal?',
      ];
      const records = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          i % 2 === 0 ? ctx.fake.slash('ask', { question: questions[i % 4]! }) : ctx.fake.slash('who-said', { quote: 'Weak' }),
        ),
      );
      for (const r of records) {
        expect(r.errors).toEqual([]);
        expect(r.original!.content).not.toMatch(/^Sorry/);
        expect((r.original!.embeds[0] as { description: string }).description.length).toBeGreaterThan(20);
      }
    } finally {
      ctx.fake.rest.firstResponseDeadlineMs = 3000;
      ctx.fake.settleTimeoutMs = SETTLE_TIMEOUT_MS;
    }
  }, 180_000);
});
