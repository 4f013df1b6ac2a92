/**
 * The compiled bot, as production runs it: `npm run build` into a temporary folder, then plain
 * node on its entry points (no tsx), with only the runtime dependencies installed beside it, as
 * `npm ci --omit=dev` leaves them. The CLI answers from the seeds; the bot (its story read by a
 * worker thread), a shard manager with its shard process, and the deploy script work against the
 * local Discord.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/index.js';
import { logged, logRecords } from '../support/log-records.js';

const ROOT = join(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let out: string;
let fake: FakeDiscord;

/** Links the runtime dependencies (and theirs), and only those, into `dir`/node_modules. */
function linkRuntimeDependencies(dir: string): void {
  // Its exit status is left aside: a version npm finds unexpected is still the one installed.
  const listed = spawnSync(npm, ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8' }).stdout;
  const modules = join(ROOT, 'node_modules');
  for (const path of listed.split('\n').filter((p) => p.startsWith(modules + sep))) {
    const name = relative(modules, path);
    // A package nested in another's node_modules comes with that one.
    if (name.split(sep).includes('node_modules')) continue;
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(path, join(dir, 'node_modules', name), 'dir');
  }
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'byline-dist-'));
  const build = spawnSync(npm, ['run', 'build', '--silent', '--', '--outDir', join(out, 'dist')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  // As in the project's folder: ES modules, and the packages found above dist/.
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
  linkRuntimeDependencies(out);
  fake = await FakeDiscord.start();
}, 180_000);

afterAll(async () => {
  await fake?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The environment of a run from dist: a fresh snapshot cache, the seeds, no tsx loader inherited. */
function envWith(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    CORPUS_DIR: '',
    DISCORD_GUILD_ID: '',
    BYLINE_ADMIN_GUILD_ID: '',
    BYLINE_SHARDS: '',
    LOG_LEVEL: 'info',
    BYLINE_CACHE_DIR: join(out, 'cache'),
    ...extra,
  };
  delete env.npm_lifecycle_event;
  return env;
}

/** Starts `node dist/src/bin/<script>.js` in the project's folder (the seeds are relative to it). */
function startNode(script: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [join(out, 'dist', 'src', 'bin', `${script}.js`)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let code: number | null | undefined;
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve((code = c))));
  return { child, exited, log: () => stderr, code: () => code };
}

/** Waits until `check` holds, polling; fails with what was logged if the process exits first or `ms` pass. */
async function until(check: () => boolean, run: { log: () => string; code: () => number | null | undefined }, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (run.code() !== undefined) throw new Error(`it exited (code ${run.code()}); it logged:\n${run.log()}`);
    if (Date.now() > deadline) throw new Error(`timed out; it logged:\n${run.log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const description = (r: { original: { embeds: unknown[] } | null }) =>
  String((r.original?.embeds[0] as { description?: string } | undefined)?.description ?? '');

describe('the compiled build, run by plain node', () => {
  it('the CLI answers a question from the seeds with citations', () => {
    const r = spawnSync(process.execPath, [join(out, 'dist', 'src', 'bin', 'cli.js'), 'ask', 'Did Sessions offer to resign?', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: envWith(),
    });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { answers: { citations: { article: string }[] }[] };
    expect(result.answers.length).toBeGreaterThan(0);
    expect(result.answers[0]!.citations[0]!.article).toMatch(/^\d{3}_[0-9a-f]{16}$/);
  }, 60_000);

  it('deploy registers the commands', async () => {
    // Not spawnSync: the local Discord answering it runs on this thread.
    const deploy = startNode('deploy', envWith({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl }));
    let stdout = '';
    deploy.child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    expect(await deploy.exited, deploy.log()).toBe(0);
    expect(stdout).toMatch(/^Registered \d+ commands/);
    expect(fake.rest.commands.find((c) => c.scope === 'global')?.body.map((c) => c.name)).toContain('who-said');
  }, 60_000);

  it('the bot loads its story in a worker thread, answers a slash command, logs JSON lines, and stops on SIGTERM', async () => {
    const bot = startNode('main', envWith({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl }));
    await until(() => logged(bot.log(), 'connected to Discord').length === 1 && logged(bot.log(), 'story loaded').length === 1, bot);
    expect(description(await fake.slash('who-said', { quote: 'Weak' }))).toMatch(/Donald Trump/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const lines = bot.log().trimEnd().split('\n');
    expect(logRecords(bot.log())).toHaveLength(lines.length);
    expect(logged(bot.log(), 'shutting down', { signal: 'SIGTERM' })).toHaveLength(1);
    expect(bot.log()).not.toContain(fake.token);
  }, 90_000);

  it('a shard manager starts its shard from dist, which answers, and both stop on SIGTERM', async () => {
    const bot = startNode('main', envWith({ DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, BYLINE_SHARDS: '1' }));
    const ofShard = (msg: string) => logged(bot.log(), msg, { name: 'shard 0' });
    await until(() => ofShard('connected to Discord').length === 1 && ofShard('story loaded').length === 1, bot);
    expect(description(await fake.slash('who-said', { quote: 'Weak' }))).toMatch(/Donald Trump/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(ofShard('shutting down')).toHaveLength(1);
    expect(logged(bot.log(), 'shard stopped', { shard: 0 })).toHaveLength(1);
  }, 90_000);
});
