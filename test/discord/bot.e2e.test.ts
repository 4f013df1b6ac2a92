import { describe, expect, it } from 'vitest';
import { MEMBER, PERMISSIONS, type FakeMessage, type InteractionRecord } from '../support/fake-discord/index.js';
import { fakeDiscordWithBot, startTestBot, seedStory } from './bot-harness.js';
import { startBot } from '../../src/discord/bot.js';
import { UserError } from '../../src/app/errors.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { emptyHolder } from '../../src/discord/story-holder.js';
import { createLogger } from '../../src/app/log.js';
import { logged } from '../support/log-records.js';
import type { Story } from '../../src/core/types.js';
import { timeline } from '../../src/core/answer/timeline.js';
import { escapeText } from '../../src/discord/escape.js';

const EPHEMERAL = 64;
const ctx = fakeDiscordWithBot();

/** The message a user sees for an interaction: the reply (or its edit). */
function answerOf(record: InteractionRecord): FakeMessage {
  expect(record.errors).toEqual([]);
  expect(record.original).not.toBeNull();
  return record.original!;
}
const description = (m: FakeMessage) => String((m.embeds[0] as { description?: string } | undefined)?.description ?? '');
const footer = (m: FakeMessage) => String((m.embeds[0] as { footer?: { text: string } } | undefined)?.footer?.text ?? '');

describe('the fake Discord is as strict as Discord', () => {
  it('rejects an embed over 4096 characters with 50035', async () => {
    const record = await ctx.fake.slash('ask', { question: 'Did Sessions offer to resign?' });
    const res = await fetch(`${ctx.fake.apiUrl}/v10/webhooks/${ctx.fake.world.applicationId}/${record.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ embeds: [{ description: 'x'.repeat(4097) }] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: number }).code).toBe(50035);
  });

  it('rejects a first response later than three seconds with 10062', async () => {
    const record: InteractionRecord = {
      id: ctx.fake.rest.id(),
      token: 'late-token',
      type: 2,
      dispatchedAt: Date.now() - 3500,
      callbacks: [],
      original: null,
      followUps: [],
      errors: [],
    };
    ctx.fake.rest.interactions.set(record.id, record);
    const res = await fetch(`${ctx.fake.apiUrl}/v10/interactions/${record.id}/late-token/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'too late' } }),
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: number }).code).toBe(10062);
  });
});

describe('deploying the commands', () => {
  it('registers every command to the server, learning the application id from the token, and Discord accepts them', async () => {
    const done = await deployCommands(ctx.fake.token, ctx.fake.world.guildId, ctx.fake.apiUrl);
    expect(done).toEqual({ applicationId: ctx.fake.world.applicationId, scope: `server ${ctx.fake.world.guildId}`, count: 10 });
    const names = ctx.fake.rest.commands.find((c) => c.scope === `guild:${ctx.fake.world.guildId}`)!.body.map((c) => c.name);
    expect(names).toEqual(['ask', 'who-said', 'quote', 'quotes', 'timeline', 'sources', 'people', 'help', 'reload', 'Who said this?']);
    const reload = ctx.fake.rest.commands[0]!.body.find((c) => c.name === 'reload')!;
    expect(reload.default_member_permissions).toBe(PERMISSIONS.ManageGuild.toString());
  });

  it('deploys globally without a server id, and says a bad token is rejected', async () => {
    expect((await deployCommands(ctx.fake.token, null, ctx.fake.apiUrl)).scope).toBe('global');
    await expect(deployCommands('wrong-token', null, ctx.fake.apiUrl)).rejects.toMatchObject({ status: 401 });
  });
});

describe('slash commands answer privately, with cited embeds, pinging nobody', () => {
  it.each([
    ['ask', { question: 'Did Sessions ever offer to resign?' }, /\*\*Sessions\*\* even \*\*offered\*\* his \*\*resignation\*\* several weeks ago/],
    ['who-said', { quote: 'does it wash away the sin of recusal' }, /White House official.*unnamed source/s],
    ['quote', { text: 'serving right now' }, /We’re serving right now/],
    ['quotes', { speaker: 'the attorney general' }, /Jeff Sessions/],
    ['timeline', {}, /^\*\*<t:1487073600:D>\*\* .*Valentine’s Day/],
    ['timeline', { about: 'twitter' }, /^\*\*<t:1496664000:D>\*\* Seemingly .*\*\*Monday morning\*\*\. \[1\]$/m],
    ['sources', {}, /As tensions rise, Sessions plans to stay.*Robert Costa and Sari Horwitz/s],
    ['people', {}, /Jeff Sessions.*Attorney General/s],
    ['help', {}, /`\/who-said quote: .+`/],
  ] as const)('/%s %j', async (name, options, expected) => {
    const message = answerOf(await ctx.fake.slash(name, options));
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.allowed_mentions?.parse).toEqual([]);
    expect(description(message)).toMatch(expected);
  });

  it('/help fits one phone-sized page: an example per command, the context menu, Share, the passage menu by the name it shows, and paging', async () => {
    const message = answerOf(await ctx.fake.slash('help'));
    const text = description(message);
    expect(text.length).toBeLessThanOrEqual(1100);
    expect(ctx.fake.buttons(message).has('Next')).toBe(false);
    for (const example of ['/ask question: Who is Jeff Sessions?', '/quotes speaker: ', '/timeline about: ']) expect(text).toContain(example);
    for (const name of ['/sources', '/people', 'Who said this?', 'Share', 'Read a passage in context…', 'Previous / Next']) expect(text).toContain(name);
  });

  it('numbers the sources and cites each by what is known of it (outlet, date as a timestamp, headline), never by file id; counts corroborating articles', async () => {
    const text = description(answerOf(await ctx.fake.slash('who-said', { quote: 'Weak' })));
    expect(text).toMatch(/^> “Weak,” \[1\] \[2\] \[3\]\n— \*\*Donald Trump\*\* .* · \*in 3 of 5 articles\*$/m);
    expect(text).toMatch(/^\[1\] \*Sessions Lacks Trump’s Confidence After Recusal\*$/m);
    expect(text).toMatch(/^\[3\] \*\*The Week\*\* · \*Attorney General Jeff Sessions is trying to find his way back to Trump's good side\*$/m);
    expect(text).not.toMatch(/000_d67e8aa9cbd33413|#18/);
    const dated = description(answerOf(await ctx.fake.slash('timeline', { about: 'twitter' })));
    expect(dated).toMatch(/^\[1\] <t:1497009600:D> · \*Attorney General Jeff Sessions, once one of the most powerful…\*$/m);
  });

  it("shows /ask's best passages first, at most three a page, each with the question's words in bold and its sources' numbers", async () => {
    const message = answerOf(await ctx.fake.slash('ask', { question: 'Did Sessions ever offer to resign?' }));
    const text = description(message);
    expect(text.startsWith('> News broke that **Sessions** even **offered** his **resignation**')).toBe(true);
    expect(text.match(/^> /gm)).toHaveLength(3);
    expect(text).toMatch(/could fall\. \[1\]\n/);
    expect(footer(message)).toMatch(/^Page 1 of 2 · /);
  });

  it('says clearly when nothing answers, with a hint, and shows the closest passages under their own label', async () => {
    const text = description(answerOf(await ctx.fake.slash('ask', { question: 'What did Sessions say about the Olympic Games?' })));
    expect(text).toMatch(/^Nothing in these 5 articles answers that directly\. None of them mention “olympic”.*\n\*\*Closest passages:\*\*\n\n.*Sessions/s);
  });

  it('says "No match" when not even a close passage exists', async () => {
    const text = description(answerOf(await ctx.fake.slash('ask', { question: 'cricket world cup final' })));
    expect(text).toMatch(/No match\..*cricket/s);
  });

  it('answers a too-long or empty question with a usage hint, not an error', async () => {
    const long = answerOf(await ctx.fake.slash('ask', { question: 'why '.repeat(1500) }));
    expect(long.content).toMatch(/keep it to 300/);
    const empty = answerOf(await ctx.fake.slash('who-said', { quote: '   ' }));
    expect(empty.content).toMatch(/who-said needs/);
  });

  it('escapes hostile input: no markdown breaks out, no mention pings', async () => {
    const message = answerOf(await ctx.fake.slash('ask', { question: '@everyone <@123456789012345678> **bold** ~~gone~~ `code`' }));
    const title = String((message.embeds[0] as { title: string }).title);
    expect(title).not.toMatch(/(?<!\\)\*\*bold/);
    expect(title).toContain('\\*\\*bold\\*\\*');
    expect(title).not.toContain('@everyone');
    expect(title).not.toContain('<@123456789012345678>');
    expect(message.allowed_mentions?.parse).toEqual([]);
  });

  it('escapes user text echoed in a hint: a link stays text', async () => {
    const text = description(answerOf(await ctx.fake.slash('quotes', { speaker: '[click](https://evil.example)' })));
    expect(text).toContain('\\[click](https://evil.example)');
  });

  it('offers the sentences around each passage in one Context menu, never two options for one passage (Discord refuses them)', async () => {
    const message = answerOf(await ctx.fake.slash('quotes', { speaker: 'Sarah Huckabee Sanders' }));
    const menus = [...ctx.fake.selects(message).entries()].filter(([, m]) => m.placeholder.startsWith('Read a passage in context'));
    expect(menus).toHaveLength(1);
    const values = menus[0]![1].options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(0);
    expect([...ctx.fake.buttons(message).keys()].some((label) => label.startsWith('Context'))).toBe(false);
  });

  it('offers no Share on "No match" or on the closest passages to a question nothing answers', async () => {
    const none = answerOf(await ctx.fake.slash('ask', { question: 'cricket world cup final' }));
    expect(ctx.fake.buttons(none).has('Share')).toBe(false);
    const closest = answerOf(await ctx.fake.slash('ask', { question: 'What did Sessions say about the Olympic Games?' }));
    expect(ctx.fake.buttons(closest).has('Share')).toBe(false);
    expect(ctx.fake.selects(closest).size).toBe(1);
  });

  it("with no home server set, lets only the bot's owner reload the story, not a server's manager", async () => {
    const refused = answerOf(await ctx.fake.slash('reload', {}, { permissions: MEMBER | PERMISSIONS.ManageGuild }));
    expect(refused.content).toMatch(/Only the bot’s owner may reload the story/);
    const done = answerOf(await ctx.fake.slash('reload', {}, { userId: ctx.fake.world.owner.id }));
    expect(done.content).toMatch(/Re-read the story: 5 articles/);
  });
});

describe('autocomplete', () => {
  it("offers the story's speakers for /quotes, best first, within Discord's limits", async () => {
    const choices = await ctx.fake.autocomplete('quotes', 'speaker', 'sess');
    expect(choices[0]).toEqual({ name: 'Jeff Sessions', value: 'Jeff Sessions' });
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('offers people and topics for /timeline', async () => {
    expect((await ctx.fake.autocomplete('timeline', 'about', 'com')).map((c) => c.name)).toContain('James Comey');
    expect((await ctx.fake.autocomplete('timeline', 'about', '')).length).toBe(25);
  });
});

describe('buttons', () => {
  it('Share posts the same answer publicly, saying who shared it, and disables Share', async () => {
    const answer = answerOf(await ctx.fake.slash('who-said', { quote: 'This is the Trump era' }));
    const click = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Share')!.customId, { userId: '800000000000000042', name: 'ana' });
    await ctx.fake.settled(click, (r) => r.followUps.length > 0);
    expect(click.errors).toEqual([]);
    const shared = click.followUps[0]!;
    expect(shared.flags & EPHEMERAL).toBe(0);
    expect(shared.content).toBe('Shared by <@800000000000000042>');
    expect(shared.allowed_mentions?.parse).toEqual([]);
    expect(shared.embeds).toEqual(answer.embeds);
    expect(ctx.fake.buttons(click.original!).get('Share')!.disabled).toBe(true);
  });

  it('Share has a short per-user cooldown', async () => {
    await ctx.bot.stop();
    ctx.bot = await startTestBot(ctx.fake, { shareCooldownSeconds: 30 });
    const first = answerOf(await ctx.fake.slash('quote', { text: 'serving right now' }));
    const shared = await ctx.fake.click(first, ctx.fake.buttons(first).get('Share')!.customId);
    await ctx.fake.settled(shared, (r) => r.followUps.length > 0);
    const second = answerOf(await ctx.fake.slash('quote', { text: 'Weak' }));
    const again = await ctx.fake.click(second, ctx.fake.buttons(second).get('Share')!.customId);
    expect(again.followUps).toEqual([]);
    expect(again.original!.content).toMatch(/wait \d+ seconds before sharing again/);
    await ctx.bot.stop();
    ctx.bot = await startTestBot(ctx.fake);
  });

  it('Share is refused where the user may not send messages', async () => {
    const answer = answerOf(await ctx.fake.slash('quote', { text: 'Weak' }));
    const click = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Share')!.customId, {
      permissions: PERMISSIONS.ViewChannel | PERMISSIONS.UseApplicationCommands,
    });
    expect(click.followUps).toEqual([]);
    expect(click.original!.content).toMatch(/cannot send messages in this channel/);
  });

  it('Next and Previous page through a long timeline', async () => {
    const first = answerOf(await ctx.fake.slash('timeline'));
    expect(footer(first)).toMatch(/^Page 1 of \d+ · \/timeline$/);
    expect(ctx.fake.buttons(first).get('Previous')!.disabled).toBe(true);
    const next = await ctx.fake.click(first, ctx.fake.buttons(first).get('Next')!.customId);
    expect(next.callbacks[0]!.type).toBe(7);
    expect(footer(next.original!)).toMatch(/^Page 2 of/);
    expect(description(next.original!)).not.toEqual(description(first));
    // The words its date comes from are in bold: read the line without the bold marks.
    expect(description(next.original!).replace(/\*\*/g, '')).toContain(escapeText(timeline(seedStory.story).events[5]!.text.slice(0, 40)));
    const back = await ctx.fake.click(next.original!, ctx.fake.buttons(next.original!).get('Previous')!.customId);
    expect(description(back.original!)).toEqual(description(first));
  });

  it('keeps Share disabled on the other pages once the answer was shared', async () => {
    const first = answerOf(await ctx.fake.slash('timeline'));
    const shared = await ctx.fake.click(first, ctx.fake.buttons(first).get('Share')!.customId);
    await ctx.fake.settled(shared, (r) => r.followUps.length > 0);
    const next = await ctx.fake.click(shared.original!, ctx.fake.buttons(shared.original!).get('Next')!.customId);
    expect(ctx.fake.buttons(next.original!).get('Share')!.disabled).toBe(true);
  });

  it('the page menu jumps to any page, the last among them, and says where each starts', async () => {
    const first = answerOf(await ctx.fake.slash('timeline'));
    const [id, menu] = [...ctx.fake.selects(first).entries()].find(([, m]) => m.placeholder === 'Go to page…')!;
    const pages = Number(/of (\d+)/.exec(footer(first))![1]);
    expect(menu.options.map((o) => o.label)).toEqual(
      Array.from({ length: pages }, (_, p) => `Page ${p + 1} of ${pages}${p === 0 ? ' (first)' : p === pages - 1 ? ' (last)' : ''}`),
    );
    expect(menu.options[0]).toMatchObject({ default: true, description: 'From 14 February 2017' });
    const last = await ctx.fake.select(first, id, [String(pages - 1)]);
    expect(last.callbacks[0]!.type).toBe(7);
    expect(footer(last.original!)).toBe(`Page ${pages} of ${pages} · /timeline`);
    expect(ctx.fake.buttons(last.original!).get('Next')!.disabled).toBe(true);
    expect(
      ctx.fake
        .selects(last.original!)
        .get(id)!
        .options.find((o) => o.default)!.value,
    ).toBe(String(pages - 1));
  });

  it('Context (picked in the menu) shows the sentences around a passage, the cited one in bold, and leaves the answer as it was', async () => {
    const answer = answerOf(await ctx.fake.slash('ask', { question: 'Twitter eruption on Monday morning' }));
    const [id, menu] = [...ctx.fake.selects(answer).entries()].find(([, m]) => m.placeholder.startsWith('Read a passage'))!;
    expect(menu.options[0]!.label).toMatch(/^Seemingly out of the blue/);
    const pick = await ctx.fake.select(answer, id, [menu.options[0]!.value]);
    await ctx.fake.settled(pick, (r) => r.followUps.length > 0);
    expect(pick.errors).toEqual([]);
    expect(pick.original!.embeds).toEqual(answer.embeds);
    const context = pick.followUps[0]!;
    expect(context.flags & EPHEMERAL).toBe(EPHEMERAL);
    const text = description(context);
    expect(text).toMatch(/\*\*Seemingly out of the blue, Trump rebuked Sessions in a Twitter eruption Monday morning\.\*\*/);
    expect(text).toMatch(/following stunning revelations|The tweet stunned many/);
    expect(text).toMatch(/<t:1497009600:D> · \*Attorney General Jeff Sessions, once one of the most powerful…\*$/);
  });

  it('a Context button of an older answer still shows the sentences around its passage', async () => {
    const answer = answerOf(await ctx.fake.slash('ask', { question: 'Twitter eruption on Monday morning' }));
    const article = seedStory.story.articles.findIndex((a) => a.id === '004_8dd43eabc828f157');
    const click = await ctx.fake.click(answer, `b1|context|${seedStory.hash}|${article}|4`);
    expect(description(click.original!)).toMatch(/\*\*Seemingly out of the blue/);
  });

  it('keep working after a restart, and say plainly that they expired once the story changed', async () => {
    const answer = answerOf(await ctx.fake.slash('timeline'));
    await ctx.bot.stop();
    ctx.bot = await startTestBot(ctx.fake);
    const next = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Next')!.customId);
    expect(footer(next.original!)).toMatch(/^Page 2 of/);
    ctx.bot.holder.current = { story: seedStory.story, hash: 'feedbeef' };
    const old = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Next')!.customId);
    expect(old.original!.content).toMatch(/older version of the story and has expired/);
    ctx.bot.holder.current = { story: seedStory.story, hash: seedStory.hash };
  });
});

describe('the Who said this? context menu', () => {
  it('finds the quote in a message and attributes it', async () => {
    const target = ctx.fake.userMessage('Can you believe this: "He’s done a fine job. Does it wash away the sin of recusal?" lol');
    const text = description(answerOf(await ctx.fake.messageCommand('Who said this?', target)));
    expect(text).toMatch(/White House official/);
    expect(text).toMatch(/in 3 of 5 articles/);
  });

  it('reads a shared answer (its "Shared by" text and its embed) and finds the same quote', async () => {
    const answer = answerOf(await ctx.fake.slash('who-said', { quote: 'Weak' }));
    const click = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Share')!.customId);
    await ctx.fake.settled(click, (r) => r.followUps.length > 0);
    const shared = click.followUps[0]!;
    const again = description(answerOf(await ctx.fake.messageCommand('Who said this?', { ...shared, author: ctx.fake.world.botUser })));
    expect(again).toMatch(/“Weak,”[\s\S]*Donald Trump/);
  });

  it('on a shared /ask answer, says the sentence is the article’s own words, not a quote, cited and with Context', async () => {
    const asked = answerOf(await ctx.fake.slash('ask', { question: 'heavy courtship of President Trump' }));
    expect(description(asked)).toMatch(/Valentine's Day has come a bit early/);
    const click = await ctx.fake.click(asked, ctx.fake.buttons(asked).get('Share')!.customId);
    await ctx.fake.settled(click, (r) => r.followUps.length > 0);
    const shared = { ...click.followUps[0]!, author: ctx.fake.world.botUser };
    const reply = answerOf(await ctx.fake.messageCommand('Who said this?', shared));
    const text = description(reply);
    expect(text).toMatch(/^> Valentine's Day has come a bit early for Attorney General Jeff Sessions/m);
    expect(text).toMatch(/\*\*The Week\*\*’s own words, not a quote/);
    expect(text).toMatch(/^\[1\] \*\*The Week\*\* · \*Attorney General Jeff Sessions is trying to find his way back to Trump's good side\*$/m);
    expect(text).not.toMatch(/003_30c204a04a7fc10f/);
    expect(text).not.toMatch(/No match/);
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    const [id, menu] = [...ctx.fake.selects(reply).entries()].find(([, m]) => m.placeholder.startsWith('Read a passage'))!;
    const pick = await ctx.fake.select(reply, id, [menu.options[0]!.value]);
    await ctx.fake.settled(pick, (r) => r.followUps.length > 0);
    expect(description(pick.followUps[0]!)).toMatch(/\*\*Valentine's Day has come a bit early/);
  });

  it('on a message in no article, says nothing was found', async () => {
    const text = description(
      answerOf(await ctx.fake.messageCommand('Who said this?', ctx.fake.userMessage('The cricket season opens with a famous win for the visitors'))),
    );
    expect(text).toMatch(/No match\..*Not in these 5 articles/s);
  });
});

describe('faults', () => {
  it('logs an error in a handler, apologises privately, and keeps serving', async () => {
    const good = ctx.bot.holder.current!;
    ctx.bot.holder.current = { story: {} as Story, hash: good.hash };
    const broken = await ctx.fake.slash('ask', { question: 'Sessions resignation' });
    expect(broken.original!.content).toMatch(/^Sorry, something went wrong/);
    expect(broken.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(logged(ctx.bot.logs.join('\n'), 'interaction failed', { level: 'error', command: 'ask' })).toHaveLength(1);
    ctx.bot.holder.current = good;
    expect(description(answerOf(await ctx.fake.slash('ask', { question: 'Did Sessions offer to resign?' })))).toMatch(/resignation/);
  });

  it.each([
    ['a dropped connection (close 4000)', () => ctx.fake.gateway.drop(4000)],
    ['op 7 reconnect', () => ctx.fake.gateway.requestReconnect()],
    ['op 9 invalid session (not resumable)', () => ctx.fake.gateway.invalidateSession(false)],
    ['a normal close (1000)', () => ctx.fake.gateway.drop(1000)],
  ])('survives %s and answers the next interaction', async (_name, fault) => {
    const before = ctx.fake.gateway.identifies + ctx.fake.gateway.resumes;
    fault();
    const deadline = Date.now() + 10_000;
    while (ctx.fake.gateway.identifies + ctx.fake.gateway.resumes === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(ctx.fake.gateway.identifies + ctx.fake.gateway.resumes).toBeGreaterThan(before);
    expect(description(answerOf(await ctx.fake.slash('quote', { text: 'Weak' })))).toMatch(/Donald Trump/);
  });

  it('resumes (not re-identifies) after a dropped connection', async () => {
    const resumes = ctx.fake.gateway.resumes;
    ctx.fake.gateway.drop(4000);
    const deadline = Date.now() + 10_000;
    while (ctx.fake.gateway.resumes === resumes && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(ctx.fake.gateway.resumes).toBe(resumes + 1);
  });

  it('heartbeats are sent and acknowledged', () => {
    expect(ctx.fake.gateway.heartbeats).toBeGreaterThan(0);
  });

  it('a rejected token stops start-up with a message that says so, and the token never appears in the log', async () => {
    const logs: string[] = [];
    const attempt = startBot({
      token: 'not-the-token',
      api: ctx.fake.apiUrl,
      holder: emptyHolder(),
      logger: createLogger('debug', ['not-the-token'], (l) => logs.push(l)),
      reload: async () => ({ articles: 0, hash: '', warnings: 0 }),
    });
    await expect(attempt).rejects.toMatchObject({ name: 'UserError', code: 'token' });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(/DISCORD_TOKEN was rejected/);
    expect([...logs, ...ctx.bot.logs].some((l) => l.includes(ctx.fake.token) || l.includes('not-the-token'))).toBe(false);
  });
});
