import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake.close());

function start(env: Record<string, string>, options: { uid?: number; gid?: number } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', CORPUS_DIR: '', DISCORD_GUILD_ID: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, log: () => stderr };
}

describe('npm start with DISCORD_TOKEN', () => {
  it('runs the bot from the environment, answers, and shuts down cleanly on SIGTERM', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl });
    const deadline = Date.now() + 20_000;
    while (!bot.log().includes('connected to Discord') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // Connected before the story is read: it says so instead of answering.
    const early = await fake.slash('who-said', { quote: 'Weak' });
    expect(early.original!.content).toMatch(/Still reading the story|^$/);
    while (!bot.log().includes('story loaded') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const answer = await fake.slash('who-said', { quote: 'Weak' });
    expect(String((answer.original!.embeds[0] as { description: string }).description)).toMatch(/Donald Trump/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.log()).toMatch(/shutting down.*SIGTERM/);
    expect(bot.log()).not.toContain(fake.token);
  }, 30_000);

  it('when run through `npm start` and npm alone gets SIGTERM (as a process manager sends it), the bot stops too instead of running on as an orphan', async () => {
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', CORPUS_DIR: '', DISCORD_GUILD_ID: '', DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl }, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    npm.stderr.on('data', (d: Buffer) => (log += d.toString()));
    // The pipe closes only when every process holding it (npm, its shell, the bot) has exited.
    const closed = new Promise<void>((resolve) => npm.stderr.on('close', resolve));
    const deadline = Date.now() + 20_000;
    while (!(log.includes('connected to Discord') && log.includes('story loaded')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await fake.slash('quote', { text: 'Weak' })).original).not.toBeNull();
    npm.kill('SIGTERM');
    const stopped = await Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
    expect(stopped, 'the bot still runs 10 s after npm was stopped').toBe(true);
    expect(log).toMatch(/shutting down.*SIGTERM/);
  }, 30_000);

  it('when started in the background by a shell that then exits (not by npm start), runs on', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', CORPUS_DIR: '', DISCORD_GUILD_ID: '', DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl };
    // The test itself may run under `npm test`: the bot must not think it runs under `npm start`.
    delete env.npm_lifecycle_event;
    // The shell starts the bot, waits until it is surely up, and exits: the bot is handed to another parent.
    const shell = spawn('sh', ['-c', `"${process.execPath}" --import tsx src/main.ts 2>&1 & echo "pid $!"; sleep 4; exit 0`], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    shell.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const closed = new Promise<void>((resolve) => shell.stdout.on('close', resolve));
    await new Promise((resolve) => shell.on('exit', resolve));
    expect(out).toMatch(/connected to Discord[^]*story loaded|story loaded[^]*connected to Discord/);
    const pid = Number(/pid (\d+)/.exec(out)?.[1]);
    // A second and a half after its shell has gone, the bot still answers.
    await new Promise((r) => setTimeout(r, 1500));
    expect(out).not.toMatch(/shutting down/);
    expect((await fake.slash('quote', { text: 'Weak' })).original).not.toBeNull();
    process.kill(pid, 'SIGTERM');
    await closed;
    expect(out).toMatch(/shutting down.*SIGTERM/);
  }, 30_000);

  it('stops with a clear message when the token is rejected', async () => {
    const bot = start({ DISCORD_TOKEN: 'rejected-token', DISCORD_API: fake.apiUrl });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/DISCORD_TOKEN was rejected/);
    expect(bot.log()).not.toContain('rejected-token');
  }, 30_000);

  it('exits with code 2 (not 0) when the story cannot be read after connecting', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, CORPUS_DIR: 'no-such-folder-of-articles' });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/could not read the story/);
    expect(bot.log()).toMatch(/shutting down.*no story/);
  }, 30_000);

  it('when the cache folder is read-only (EACCES), serves the story from memory and says why, instead of exiting', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'byline-read-only-cache-'));
    chmodSync(cacheDir, 0o555);
    // Root writes anywhere: the bot runs as an unprivileged user, as a service does, for the folder to be read-only to it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, BYLINE_CACHE_DIR: cacheDir }, asUser);
    let exited = false;
    void bot.exited.then(() => (exited = true));
    const deadline = Date.now() + 25_000;
    while (!bot.log().includes('story loaded') && !exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    try {
      expect(bot.log()).toMatch(/could not save the snapshot .*EACCES.*served from memory/);
      expect(bot.log()).toMatch(/story loaded/);
      const answer = await fake.slash('who-said', { quote: 'Weak' });
      expect(String((answer.original!.embeds[0] as { description: string }).description)).toMatch(/Donald Trump/);
    } finally {
      bot.child.kill('SIGTERM');
      rmSync(cacheDir, { recursive: true, force: true });
    }
    expect(await bot.exited).toBe(0);
  }, 30_000);

  it('names the key when the configuration is malformed', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: 'not a url' });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/DISCORD_API must be an http\(s\) URL/);
  }, 30_000);
});
