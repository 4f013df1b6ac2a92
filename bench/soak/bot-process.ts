/**
 * The bot of the soak, in its own process as `npm start` runs it (node with tsx, src/bin/main.ts),
 * against the local Discord, with BYLINE_LOOP_STATS so that it logs its own main-thread
 * statistics. What it logs is read line by line: the statistics, its warnings and errors.
 */
import { botEnv } from '../bot-env.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOOP_STATS_MESSAGE, type LoopStats } from '../../src/app/loop-stats.js';
import type { FakeDiscord } from '../../test/support/fake-discord/index.js';
import { logRecords } from '../../test/support/log-records.js';

/** A statistics line and when the driver read it (performance.now()). */
export interface StatsLine extends LoopStats {
  at: number;
}

/** The running bot. */
export interface BotProcess {
  pid: number;
  stats: StatsLine[];
  /** Its WARN and ERROR lines, the statistics aside. */
  problems: string[];
  /** The first statistics line read after `after` (performance.now()), within `ms`. */
  statsAfter(after: number, ms: number): Promise<StatsLine>;
  /** SIGTERM, then its exit code (SIGKILL after 15 s). */
  stop(): Promise<number | null>;
}

const ROOT = join(import.meta.dirname, '..', '..');
const READY_MS = 15 * 60_000;

/** Starts the bot on `corpus` with `cache`, logging statistics every `statsSeconds`; resolves once it is connected and has its story. */
export async function spawnBot(fake: FakeDiscord, corpus: string, cache: string, statsSeconds: number): Promise<BotProcess> {
  const env = botEnv(fake, corpus, cache, { BYLINE_LOOP_STATS: String(statsSeconds) });
  delete env.npm_lifecycle_event;
  const child = spawn(
    process.execPath,
    [...(process.env.SOAK_BOT_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', join(ROOT, 'src', 'bin', 'main.ts')],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stats: StatsLine[] = [];
  const problems: string[] = [];
  let log = '';
  let pending = '';
  let exited: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exited = code))));
  child.stderr.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (log.length < 100_000) log += `${line}\n`;
      const [record] = logRecords(line);
      if (record?.msg === LOOP_STATS_MESSAGE) stats.push({ ...(record as unknown as LoopStats), at: performance.now() });
      else if (record?.level === 'warn' || record?.level === 'error') problems.push(line);
    }
  });
  const until = async (check: () => boolean, ms: number, what: string) => {
    const deadline = performance.now() + ms;
    while (!check()) {
      if (exited !== undefined) throw new Error(`the bot exited (code ${exited}) before ${what}; it logged:\n${log}`);
      if (performance.now() > deadline) throw new Error(`the bot did not ${what} within ${Math.round(ms / 1000)} s; it logged:\n${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await until(() => log.includes('connected to Discord') && log.includes('story loaded'), READY_MS, 'get ready');
  return {
    pid: child.pid!,
    stats,
    problems,
    async statsAfter(after, ms) {
      await until(() => stats.some((s) => s.at > after), ms, 'log its statistics');
      return stats.find((s) => s.at > after)!;
    },
    async stop() {
      if (exited !== undefined) return exited;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exit;
      clearTimeout(killed);
      return code;
    },
  };
}
