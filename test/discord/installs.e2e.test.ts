import { describe, expect, it } from 'vitest';
import { FOREIGN_GUILD, MEMBER, PERMISSIONS, type Actor, type FakeMessage, type InteractionRecord, type Place } from '../support/fake-discord/index.js';
import { fakeDiscordWithBot } from './bot-harness.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';

const EPHEMERAL = 64;
const ctx = fakeDiscordWithBot();
const ANA = '800000000000000042';

function answerOf(record: InteractionRecord): FakeMessage {
  expect(record.errors).toEqual([]);
  expect(record.original).not.toBeNull();
  return record.original!;
}
const description = (m: FakeMessage) => String((m.embeds[0] as { description?: string } | undefined)?.description ?? '');

describe('registration: where the commands can be used', () => {
  it('registers every read-only command for server and user installs, in servers, the bot’s DMs and other DMs; /reload for servers that added the bot only', async () => {
    await deployCommands(ctx.fake.token, null, ctx.fake.apiUrl);
    const body = ctx.fake.rest.commands.find((c) => c.scope === 'global')!.body;
    for (const command of body) {
      if (command.name === 'reload') {
        expect(command).toMatchObject({ contexts: [0], integration_types: [0], default_member_permissions: PERMISSIONS.ManageGuild.toString() });
      } else {
        expect(command, String(command.name)).toMatchObject({ contexts: [0, 1, 2], integration_types: [0, 1] });
      }
    }
    expect(body.find((c) => c.name === 'Who said this?')).toMatchObject({ type: 3, contexts: [0, 1, 2], integration_types: [0, 1] });
  });
});

describe.each<[string, Place]>([
  ['a DM with the bot (no server, a user instead of a member)', 'bot-dm'],
  ['a server that did not add the bot, by a user who added the app (context 0, authorized by the user only)', 'user-app-guild'],
  ['a DM between two users (context 2)', 'private-dm'],
  ['a group DM (context 2)', 'group-dm'],
])('in %s', (_where, place) => {
  const actor: Actor = { place, userId: ANA, name: 'ana', permissions: MEMBER | PERMISSIONS.UseExternalApps };

  it('slash commands answer privately, with cited embeds', async () => {
    const message = answerOf(await ctx.fake.slash('who-said', { quote: 'Weak' }, actor));
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(description(message)).toMatch(/Donald Trump/);
  });

  it('autocomplete offers the story’s speakers', async () => {
    expect((await ctx.fake.autocomplete('quotes', 'speaker', 'sess', actor))[0]).toEqual({ name: 'Jeff Sessions', value: 'Jeff Sessions' });
  });

  it('the message context menu answers about the message', async () => {
    const record = await ctx.fake.messageCommand('Who said this?', ctx.fake.userMessage('> Weak'), actor);
    expect(description(answerOf(record))).toMatch(/Donald Trump/);
  });

  it('Next pages, and Share posts the answer for everyone as the click’s follow-up, never as a channel message', async () => {
    const first = answerOf(await ctx.fake.slash('timeline', {}, actor));
    const next = await ctx.fake.click(first, ctx.fake.buttons(first).get('Next')!.customId, actor);
    expect(next.callbacks[0]!.type).toBe(7);
    expect(String((next.original!.embeds[0] as { footer: { text: string } }).footer.text)).toMatch(/^Page 2 of/);
    const before = ctx.fake.rest.requests.length;
    const click = await ctx.fake.click(first, ctx.fake.buttons(first).get('Share')!.customId, actor);
    await ctx.fake.settled(click, (r) => r.followUps.length > 0);
    expect(click.errors).toEqual([]);
    const shared = click.followUps[0]!;
    expect(shared.flags & EPHEMERAL).toBe(0);
    expect(shared.content).toBe(`Shared by <@${ANA}>`);
    // It has no buttons: its footer says how to see the other pages.
    expect(String((shared.embeds![0] as { footer: { text: string } }).footer.text)).toMatch(/^Page 1 of \d+ · the command for the rest · \/timeline$/);
    expect(shared.allowed_mentions?.parse).toEqual([]);
    expect(ctx.fake.rest.requests.slice(before).filter((r) => r.path.startsWith('/channels/'))).toEqual([]);
  });
});

describe('Share where Discord would not post the app’s message for everyone', () => {
  it('in a server that did not add the bot and does not let members use external apps, says why instead of sharing', async () => {
    const actor: Actor = { place: 'user-app-guild', userId: ANA, permissions: MEMBER };
    const answer = answerOf(await ctx.fake.slash('quote', { text: 'Weak' }, actor));
    const click = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Share')!.customId, actor);
    expect(click.followUps).toEqual([]);
    expect(click.original!.content).toMatch(/does not let apps its members added post/);
    expect(click.original!.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('in a server that did not add the bot, where the user may not send messages, says so', async () => {
    const actor: Actor = {
      place: 'user-app-guild',
      userId: ANA,
      permissions: PERMISSIONS.ViewChannel | PERMISSIONS.UseApplicationCommands | PERMISSIONS.UseExternalApps,
    };
    const answer = answerOf(await ctx.fake.slash('quote', { text: 'Weak' }, actor));
    const click = await ctx.fake.click(answer, ctx.fake.buttons(answer).get('Share')!.customId, actor);
    expect(click.followUps).toEqual([]);
    expect(click.original!.content).toMatch(/cannot send messages in this channel/);
  });

  it('the interaction really came from a server the bot is not in', () => {
    expect(ctx.fake.world.guilds.map((g) => g.id)).not.toContain(FOREIGN_GUILD.id);
  });
});

describe('/reload outside a server that added the bot', () => {
  it('is refused in a DM (Discord would not offer it there; a forged one gets no reload)', async () => {
    const record = await ctx.fake.slash('reload', {}, { place: 'bot-dm', userId: ANA });
    expect(answerOf(record).content).toMatch(/Only the bot’s owner may reload the story/);
  });
});
