import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, MEMBER, PERMISSIONS } from '../support/fake-discord/index.js';
import { logged } from '../support/log-records.js';
import { RESTARTING } from '../../src/discord/replies.js';

const ROOT = join(import.meta.dirname, '..', '..');
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake.close());

function start(env: Record<string, string>, options: { uid?: number; gid?: number } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'bin', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', CORPUS_DIR: '', DISCORD_GUILD_ID: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, log: () => stderr };
}

/**
 * How long a test waits for the bot to connect, load its story or answer: a limit, not a sleep. On a
 * 2-core machine busy with other builds the seeds' five articles once took over 20 s to load.
 */
const BOT_WAIT_MS = 60_000;

/** Waits until `check` holds, polling; fails with what the bot logged if it does not within `ms`. */
async function until(check: () => boolean, log: () => string, ms = BOT_WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; the bot logged:\n${log()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const embedText = (r: { original: { embeds: unknown[] } | null }) => String((r.original?.embeds[0] as { description?: string } | undefined)?.description ?? '');

describe('npm start with DISCORD_TOKEN', () => {
  it('runs the bot from the environment, answers, and shuts down cleanly on SIGTERM', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl });
    const deadline = Date.now() + BOT_WAIT_MS;
    while (!bot.log().includes('connected to Discord') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // Connected before the story is read: an early question is answered (deferred until the story is there, if it came first).
    const early = await fake.slash('who-said', { quote: 'Weak' });
    expect(embedText(early)).toMatch(/Donald Trump/);
    while (!bot.log().includes('story loaded') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const answer = await fake.slash('who-said', { quote: 'Weak' });
    expect(String((answer.original!.embeds[0] as { description: string }).description)).toMatch(/Donald Trump/);
    // The admin's first start: which application, how to add it, and whether the commands need deploying.
    await until(() => bot.log().includes('commands registered with Discord'), bot.log);
    expect(logged(bot.log(), 'application "Byline"', { level: 'info' })[0]?.id).toMatch(/^\d+$/);
    expect(bot.log()).toMatch(/add it to a server: https:\/\/discord\.com\/oauth2\/authorize\?client_id=\d+&scope=bot%20applications\.commands&permissions=0/);
    expect(bot.log()).toMatch(/commands registered with Discord (match the code|differ from the code .*run: DISCORD_GUILD_ID= npm run deploy)/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(logged(bot.log(), 'shutting down', { signal: 'SIGTERM' })).toHaveLength(1);
    expect(bot.log()).not.toContain(fake.token);
  }, 90_000);

  it('when run through `npm start` and npm alone gets SIGTERM (as a process manager sends it), the bot stops too instead of running on as an orphan', async () => {
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', CORPUS_DIR: '', DISCORD_GUILD_ID: '', DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    npm.stderr.on('data', (d: Buffer) => (log += d.toString()));
    // The pipe closes only when every process holding it (npm, its shell, the bot) has exited.
    const closed = new Promise<void>((resolve) => npm.stderr.on('close', resolve));
    const deadline = Date.now() + BOT_WAIT_MS;
    while (!(log.includes('connected to Discord') && log.includes('story loaded')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await fake.slash('quote', { text: 'Weak' })).original).not.toBeNull();
    npm.kill('SIGTERM');
    const stopped = await Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
    expect(stopped, 'the bot still runs 10 s after npm was stopped').toBe(true);
    expect(logged(log, 'shutting down', { signal: 'SIGTERM' })).toHaveLength(1);
  }, 90_000);

  it('when started in the background by a shell that then exits (not by npm start), runs on', async () => {
    const work = mkdtempSync(join(tmpdir(), 'byline-shell-'));
    const logFile = join(work, 'bot.log');
    // Loop statistics every second: the bot's own log shows time passing after its shell has gone.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'info',
      CORPUS_DIR: '',
      DISCORD_GUILD_ID: '',
      DISCORD_TOKEN: fake.token,
      DISCORD_API: fake.apiUrl,
      BYLINE_LOOP_STATS: '1',
      BOT_LOG: logFile,
    };
    // The test itself may run under `npm test`: the bot must not think it runs under `npm start`.
    delete env.npm_lifecycle_event;
    // The shell starts the bot, waits for its log to say it is up, and exits: the bot is handed to another parent.
    const script = `"${process.execPath}" --import tsx src/bin/main.ts > "$BOT_LOG" 2>&1 & echo "pid $!"; for i in $(seq 1200); do grep -q "story loaded" "$BOT_LOG" && grep -q "connected to Discord" "$BOT_LOG" && exit 0; sleep 0.1; done; exit 1`;
    const shell = spawn('sh', ['-c', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    shell.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const shellCode = await new Promise<number | null>((resolve) => shell.on('exit', resolve));
    const log = () => readFileSync(logFile, 'utf8');
    const pid = Number(/pid (\d+)/.exec(out)?.[1]);
    try {
      expect(shellCode, log()).toBe(0);
      // Two statistics lines after the shell left: the bot ran on for over a second without its parent.
      const statsLines = () =>
        log()
          .split('\n')
          .filter((line) => line.includes('loop stats')).length;
      const seen = statsLines();
      await until(() => statsLines() >= seen + 2, log);
      expect(log()).not.toMatch(/shutting down/);
      expect((await fake.slash('quote', { text: 'Weak' })).original).not.toBeNull();
      process.kill(pid, 'SIGTERM');
      await until(() => logged(log(), 'shutting down', { signal: 'SIGTERM' }).length === 1, log);
    } finally {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone, as it should be.
      }
      rmSync(work, { recursive: true, force: true });
    }
  }, 90_000);

  it('stops with a clear message when the token is rejected', async () => {
    const bot = start({ DISCORD_TOKEN: 'rejected-token', DISCORD_API: fake.apiUrl });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/DISCORD_TOKEN was rejected/);
    expect(bot.log()).not.toContain('rejected-token');
  }, 90_000);

  it('exits with code 2 (not 0) when the story cannot be read after connecting', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, CORPUS_DIR: 'no-such-folder-of-articles' });
    expect(await bot.exited).toBe(2);
    expect(logged(bot.log(), 'could not read the story', { level: 'error' })).toHaveLength(1);
    expect(logged(bot.log(), 'shutting down', { signal: 'no story' })).toHaveLength(1);
  }, 90_000);

  it('when the cache folder is read-only (EACCES), serves the story from memory and says why, instead of exiting', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'byline-read-only-cache-'));
    chmodSync(cacheDir, 0o555);
    // Root writes anywhere: the bot runs as an unprivileged user, as a service does, for the folder to be read-only to it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, BYLINE_CACHE_DIR: cacheDir }, asUser);
    let exited = false;
    void bot.exited.then(() => (exited = true));
    const deadline = Date.now() + BOT_WAIT_MS;
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
  }, 90_000);

  it('names the key when the configuration is malformed', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: 'not a url' });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/DISCORD_API must be an http\(s\) URL/);
  }, 90_000);
});

describe('SIGTERM finishes the answers under way before exiting', () => {
  it('a reply waiting out a 429 is still sent', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl });
    await until(() => bot.log().includes('connected to Discord') && bot.log().includes('story loaded'), bot.log);
    fake.rest.fail('POST', /\/callback$/, 429, 1, 1.5);
    const before = fake.rest.requests.length;
    const answer = fake.slash('who-said', { quote: 'Weak' });
    await until(() => fake.rest.requests.slice(before).some((q) => q.status === 429 && q.path.endsWith('/callback')), bot.log);
    bot.child.kill('SIGTERM');
    expect(embedText(await answer)).toMatch(/Donald Trump/);
    expect(await bot.exited).toBe(0);
    expect(logged(bot.log(), 'shutting down', { signal: 'SIGTERM' })).toHaveLength(1);
  }, 90_000);

  it('a deferred /reload is finished, or told it was cut short when the rebuild outlasts the 8 s a shutdown waits', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'byline-drain-'));
    try {
      const corpus = join(scratch, 'corpus');
      cpSync(join(ROOT, 'seeds'), corpus, { recursive: true });
      const bot = start({
        DISCORD_TOKEN: fake.token,
        DISCORD_API: fake.apiUrl,
        CORPUS_DIR: corpus,
        BYLINE_CACHE_DIR: join(scratch, 'cache'),
        BYLINE_ADMIN_GUILD_ID: fake.world.guildId,
      });
      await until(() => bot.log().includes('connected to Discord') && bot.log().includes('story loaded'), bot.log);
      // A new article: the reload builds the story again, which takes a while.
      writeFileSync(join(corpus, 'late.txt'), 'A late report\n\nThe minister said on Tuesday that the plan was on track.\n');
      const before = fake.rest.requests.length;
      const reload = fake.slash('reload', {}, { permissions: MEMBER | PERMISSIONS.ManageGuild });
      await until(() => fake.rest.requests.slice(before).some((q) => q.method === 'POST' && q.path.endsWith('/callback')), bot.log);
      bot.child.kill('SIGTERM');
      // Finished on an idle machine; on a busy one the rebuild may outlast the wait, and the user is told so.
      expect((await reload).original!.content).toSatisfy((c: string) => c === RESTARTING || /^Re-read the story: 6 articles/.test(c));
      expect(await bot.exited).toBe(0);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('Discord unreachable at start', () => {
  it('says so in one line per attempt and tries again with backoff, then logs in once Discord is there', async () => {
    const port = await closedPort();
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: `http://127.0.0.1:${port}/api` });
    const attempts = () => logged(bot.log(), /^cannot reach Discord \(ECONNREFUSED\); trying again in [\d.]+ s$/, { level: 'warn' });
    await until(() => attempts().length >= 2, bot.log);
    expect(attempts()[0]).toMatchObject({ msg: expect.stringMatching(/in 1\.0 s$/), attempt: 1 });
    expect(attempts()[1]).toMatchObject({ msg: expect.stringMatching(/in 2\.0 s$/), attempt: 2 });
    const late = await FakeDiscord.start(fake.token, 1000, port);
    try {
      await until(() => bot.log().includes('connected to Discord') && bot.log().includes('story loaded'), bot.log);
      expect(embedText(await late.slash('who-said', { quote: 'Weak' }))).toMatch(/Donald Trump/);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.log()).not.toMatch(/Unhandled|at .*\.ts:\d+/);
      expect(bot.log()).not.toContain(fake.token);
    } finally {
      await late.close();
    }
  }, 90_000);
});
