/** `npm start` with BYLINE_SHARDS=2 against the local Discord: one snapshot, two shards, each answering its own guild. */
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOf, type InteractionRecord } from '../support/fake-discord/index.js';
import { logged, type LogRecord } from '../support/log-records.js';

const ROOT = join(import.meta.dirname, '..', '..');
let fake: FakeDiscord;
let cacheDir: string;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  cacheDir = mkdtempSync(join(tmpdir(), 'byline-shards-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'bin', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', CORPUS_DIR: '', DISCORD_GUILD_ID: '', BYLINE_CACHE_DIR: cacheDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, log: () => stderr };
}

/** Waits until `check` holds, polling; fails with what was logged if it does not within `ms` (generous: every shard compiles its TypeScript, slow on a busy machine). */
async function until(check: () => boolean, log: () => string, ms = 150_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; the bot logged:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The lines with this message logged by a shard's process (`shard` given) or by either shard's. */
const ofShard = (log: string, msg: string, shard?: number): LogRecord[] =>
  logged(log, msg).filter((r) => (shard === undefined ? /^shard [01]$/.test(r.name ?? '') : r.name === `shard ${shard}`));
const description = (r: InteractionRecord) => String((r.original?.embeds[0] as { description?: string } | undefined)?.description ?? '');
/** The pid the manager logged for the latest start of `shard`. */
const pidOf = (log: string, shard: number) => Number(logged(log, 'shard started', { shard }).at(-1)?.pid);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start with BYLINE_SHARDS=2', () => {
  it('builds the snapshot once, runs two shards that load it and each answer their own guild, reloads all on a /reload, respawns a dead shard, and stops on SIGTERM', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, BYLINE_SHARDS: '2' });
    // A shard loads its story while it logs in: ready is both done, in either order.
    const ready = () => ofShard(bot.log(), 'story loaded').length === 2 && ofShard(bot.log(), 'connected to Discord').length === 2;
    await until(ready, bot.log);
    await until(() => fake.gateway.sessionShards().length === 2, bot.log);
    expect(fake.gateway.sessionShards()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    // The manager built the snapshot once, before any shard; both shards only loaded it.
    const log = bot.log();
    expect(logged(log, 'story snapshot ready')).toEqual([expect.objectContaining({ fromSnapshot: false })]);
    expect(log.indexOf('story snapshot ready')).toBeLessThan(log.indexOf('shard started'));
    for (const shard of [0, 1]) {
      expect(ofShard(log, 'story loaded', shard)[0]).toMatchObject({ fromSnapshot: true });
      // Each shard was sent only its own guild.
      expect(ofShard(log, 'connected to Discord', shard)[0]).toMatchObject({ guilds: 1 });
    }

    // A question in a guild of each shard is dispatched over that shard's session and answered.
    const guildOf = (shard: number) => fake.world.guilds.find((g) => shardOf(g.id, 2) === shard)!.id;
    const [onZero, onOne] = await Promise.all([
      fake.slash('who-said', { quote: 'Weak' }, { guildId: guildOf(0) }),
      fake.slash('sources', {}, { guildId: guildOf(1) }),
    ]);
    expect([onZero.shard, onOne.shard]).toEqual([0, 1]);
    for (const r of [onZero, onOne]) expect(r.errors).toEqual([]);
    expect(description(onZero)).toMatch(/Donald Trump/);
    expect(description(onOne)).toMatch(/Sessions plans to stay/);

    // A /reload in one shard's guild reloads the story in every shard.
    const reload = await fake.slash('reload', {}, { guildId: guildOf(0), userId: fake.world.owner.id });
    expect(reload.shard).toBe(0);
    expect(reload.original!.content).toMatch(/Re-read the story/);
    await until(() => ofShard(bot.log(), 'story loaded', 1).length === 2, bot.log);
    expect(logged(bot.log(), 'a shard reloaded the story; reloading the others', { shard: 0 })).toHaveLength(1);

    // A shard that dies is started again by the manager, identifies anew and answers its guild.
    const identifies = fake.gateway.identifies;
    const firstPid = pidOf(bot.log(), 1);
    process.kill(firstPid, 'SIGKILL');
    await until(() => logged(bot.log(), 'shard died; starting it again', { shard: 1 }).length === 1 && fake.gateway.identifies > identifies, bot.log);
    await until(() => ofShard(bot.log(), 'story loaded', 1).length === 3 && ofShard(bot.log(), 'connected to Discord', 1).length === 2, bot.log);
    expect(pidOf(bot.log(), 1)).not.toBe(firstPid);
    const again = await fake.slash('who-said', { quote: 'Weak' }, { guildId: guildOf(1) });
    expect(again.shard).toBe(1);
    expect(description(again)).toMatch(/Donald Trump/);

    // SIGTERM stops the manager and both shards, cleanly, and nobody is started again.
    const pids = [pidOf(bot.log(), 0), pidOf(bot.log(), 1)];
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(ofShard(bot.log(), 'shutting down').filter((r) => r.signal === 'SIGTERM')).toHaveLength(2);
    expect(logged(bot.log(), 'shard died; starting it again', { shard: 0 })).toEqual([]);
    expect(pids.filter(alive)).toEqual([]);
    expect(bot.log()).not.toContain(fake.token);
  }, 400_000);

  it('run by `npm start` and stopped by a SIGTERM to npm alone, stops the manager and both shards', async () => {
    const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'info',
        CORPUS_DIR: '',
        DISCORD_GUILD_ID: '',
        BYLINE_CACHE_DIR: cacheDir,
        DISCORD_TOKEN: fake.token,
        DISCORD_API: fake.apiUrl,
        BYLINE_SHARDS: '2',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    npm.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The pipe closes only when every process holding it (npm, its shell, the manager, the shards) has exited.
    const closed = new Promise<void>((resolve) => npm.stderr.on('close', resolve));
    await until(
      () => ofShard(stderr, 'story loaded').length === 2,
      () => stderr,
    );
    npm.kill('SIGTERM');
    const stopped = await Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
    expect(stopped, 'the manager or a shard still runs 15 s after npm was stopped').toBe(true);
    expect(logged(stderr, 'shutting down', { name: undefined, signal: 'SIGTERM' })).toHaveLength(1);
    expect(ofShard(stderr, 'shutting down')).toHaveLength(2);
  }, 240_000);

  it('a shard whose manager goes away (its IPC channel closes) shuts down instead of living on', async () => {
    let stderr = '';
    const shard = fork(join(ROOT, 'src', 'bin', 'shard.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        LOG_LEVEL: 'info',
        CORPUS_DIR: '',
        BYLINE_CACHE_DIR: cacheDir,
        DISCORD_TOKEN: fake.token,
        DISCORD_API: fake.apiUrl,
        SHARDING_MANAGER: 'true',
        SHARDING_MANAGER_MODE: 'process',
        SHARDS: '0',
        SHARD_COUNT: '1',
      },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    shard.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => shard.on('exit', (code) => resolve(code)));
    await until(
      () => stderr.includes('story loaded'),
      () => stderr,
    );
    shard.disconnect();
    // What it logged says why, should it ever exit otherwise.
    expect(await exited, stderr).toBe(0);
    expect(logged(stderr, 'shutting down', { name: 'shard 0', signal: 'manager gone' })).toHaveLength(1);
  }, 240_000);

  it('stops with a clear message, starting no shard, when the token is rejected', async () => {
    const bot = start({ DISCORD_TOKEN: 'rejected-token', DISCORD_API: fake.apiUrl, BYLINE_SHARDS: '2' });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/DISCORD_TOKEN was rejected/);
    expect(bot.log()).not.toMatch(/shard started/);
    expect(bot.log()).not.toContain('rejected-token');
  }, 240_000);

  it('names the key when BYLINE_SHARDS is malformed', async () => {
    const bot = start({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, BYLINE_SHARDS: 'many' });
    expect(await bot.exited).toBe(2);
    expect(bot.log()).toMatch(/BYLINE_SHARDS must be a number of shards/);
  }, 30_000);
});
