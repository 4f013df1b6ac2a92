import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/index.js';
import { logged } from '../support/log-records.js';
import { startTestBot, type RunningBot, type TestBotOptions } from './bot-harness.js';
import { deployCommands } from '../../src/discord/deploy-commands.js';
import { applicationCommands } from '../../src/discord/command-data.js';
import { botPermissionBits, inviteUrls } from '../../src/discord/invite.js';

let fake: FakeDiscord;
let bot: RunningBot | null = null;
beforeEach(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  await bot?.stop();
  bot = null;
  await fake.close();
});

/** Starts the bot and waits for the start-up report's last line (how the commands compare). */
async function startAndReport(options: TestBotOptions = {}): Promise<string[]> {
  bot = await startTestBot(fake, options);
  const logs = bot.logs;
  await fake.until(
    () => logs.some((l) => /commands registered with Discord|could not fetch the registered commands/.test(l)),
    'the report on the registered commands',
  );
  return logs;
}

describe('the invite links', () => {
  it('ask for no permission: every answer is an interaction response or follow-up, and the bot never posts in a channel', () => {
    expect(botPermissionBits()).toBe(0n);
    const links = inviteUrls('123');
    expect(links.server).toBe('https://discord.com/oauth2/authorize?client_id=123&scope=bot%20applications.commands&permissions=0&integration_type=0');
    expect(links.user).toBe('https://discord.com/oauth2/authorize?client_id=123&scope=applications.commands&integration_type=1');
  });
});

describe('an admin’s first start', () => {
  it('names the application, gives both install links, and, with no command registered, says which are missing and the line that registers them', async () => {
    const logs = (await startAndReport()).join('\n');
    const id = fake.world.applicationId;
    expect(logged(logs, 'application "Byline"', { level: 'info', id })).toHaveLength(1);
    expect(logs).toContain(
      `add it to a server: https://discord.com/oauth2/authorize?client_id=${id}&scope=bot%20applications.commands&permissions=0&integration_type=0`,
    );
    expect(logs).toContain(`https://discord.com/oauth2/authorize?client_id=${id}&scope=applications.commands&integration_type=1`);
    expect(
      logged(
        logs,
        /^the commands registered with Discord differ from the code \(globally: \/ask is not registered; .*"Who said this\?" \(context menu\) is not registered\); to register them, run: DISCORD_GUILD_ID= npm run deploy/,
        { level: 'warn' },
      ),
    ).toHaveLength(1);
    expect(logs).not.toContain(fake.token);
  });

  it('after npm run deploy, says the registered commands match the code', async () => {
    await deployCommands(fake.token, null, fake.apiUrl);
    const logs = await startAndReport();
    expect(logged(logs.join('\n'), 'the 10 commands registered with Discord match the code', { level: 'info' })).toHaveLength(1);
    expect(logs.join('\n')).not.toMatch(/differ from the code/);
  });

  it('checks the server of DISCORD_GUILD_ID and the home server of /reload, and names them in the deploy line', async () => {
    const home = fake.world.guilds[1]!.id;
    await deployCommands(fake.token, fake.world.guildId, fake.apiUrl, home);
    expect((await startAndReport({ guildId: fake.world.guildId, adminGuildId: home })).join('\n')).toMatch(
      /the 10 commands registered with Discord match the code/,
    );
    await bot!.stop();
    // The home server lost its /reload (someone deployed without BYLINE_ADMIN_GUILD_ID).
    fake.rest.commands = fake.rest.commands.filter((c) => c.scope !== `guild:${home}`);
    const logs = (await startAndReport({ guildId: fake.world.guildId, adminGuildId: home })).join('\n');
    expect(logs).toContain(
      `differ from the code (in server ${home}: /reload is not registered); to register them, run: DISCORD_GUILD_ID=${fake.world.guildId} BYLINE_ADMIN_GUILD_ID=${home} npm run deploy`,
    );
  });

  it('names what changed in a command registered before user installs (contexts, install types) and a command the code no longer has', async () => {
    const before = applicationCommands().map((c) => ({ ...c, contexts: [0], integration_types: [0] }));
    fake.rest.commands = [{ scope: 'global', body: [...before, { type: 1, name: 'old', description: 'gone' }] }];
    const logs = (await startAndReport()).join('\n');
    expect(logs).toMatch(/globally: \/ask: contexts, install types differ/);
    expect(logs).toMatch(/globally: \/old is registered but no longer in the code/);
    expect(logs).not.toMatch(/\/reload: /);
  });

  it('says when user installs are off in the Developer Portal', async () => {
    fake.world.integrationTypesConfig = { '0': {} };
    const logs = (await startAndReport()).join('\n');
    expect(
      logged(logs, 'user installs are off for this application: in the Developer Portal, on its Installation page, tick User Install', { level: 'warn' }),
    ).toHaveLength(1);
  });
});
