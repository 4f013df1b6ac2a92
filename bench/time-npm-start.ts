/**
 * Part of `npm run bench:bot`: `npm start` with a token against the local Discord, as a user runs
 * it, timed from the spawn to ready (connected to Discord and the story loaded, whichever is last).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FakeDiscord } from '../test/support/fake-discord/index.js';
import { botEnv } from './bot-env.js';

/** One start: milliseconds to connected and to ready, and whether the story came from its snapshot. */
export interface StartTiming {
  connected: number;
  ready: number;
  fromSnapshot: boolean;
}

/** Runs `npm start` on `corpus` with `cache`, waits until it is ready, stops it (SIGTERM to npm) and waits until it has exited. */
export async function timeNpmStart(fake: FakeDiscord, corpus: string, cache: string): Promise<StartTiming> {
  const env = botEnv(fake, corpus, cache);
  const started = performance.now();
  const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent'], {
    cwd: join(import.meta.dirname, '..'),
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const seen: Record<string, number> = {};
  const closed = new Promise<void>((resolve) => child.stderr.on('close', resolve));
  child.stderr.on('data', (d: Buffer) => {
    log += d.toString();
    for (const event of ['connected to Discord', 'story loaded']) if (log.includes(event)) seen[event] ??= performance.now() - started;
  });
  const deadline = Date.now() + 120_000;
  while (Object.keys(seen).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGTERM');
  await closed;
  if (Object.keys(seen).length < 2) throw new Error(`npm start was not ready within two minutes:\n${log}`);
  return { connected: seen['connected to Discord']!, ready: Math.max(...Object.values(seen)), fromSnapshot: log.includes('"fromSnapshot":true') };
}
