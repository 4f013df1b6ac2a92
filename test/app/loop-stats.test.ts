import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/log.js';
import { LOOP_STATS_MESSAGE, startLoopStats, type LoopStats } from '../../src/app/loop-stats.js';

/** The statistics lines logged so far, and a wait for the next one. */
function collect() {
  const lines: LoopStats[] = [];
  const waiting: (() => void)[] = [];
  const logger = createLogger('info', [], (line) => {
    const { level, msg, time: _time, ...stats } = JSON.parse(line) as LoopStats & { level: string; msg: string; time: string };
    if (level !== 'info' || msg !== LOOP_STATS_MESSAGE) return;
    lines.push(stats);
    for (const wake of waiting.splice(0)) wake();
  });
  const next = () => new Promise<LoopStats>((resolve) => waiting.push(() => resolve(lines.at(-1)!)));
  return { logger, next };
}

/** Keeps this thread busy for `ms`: a block the bot works through. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Runs `check` with loop statistics logged every 0.1 s, from the first line on, and stops them after. */
async function withLoopStats(check: (next: () => Promise<LoopStats>) => Promise<void>): Promise<void> {
  const { logger, next } = collect();
  const stats = startLoopStats(0.1, logger);
  try {
    await next();
    await check(next);
  } finally {
    stats.stop();
  }
}

describe('startLoopStats', () => {
  it('when the main thread is blocked for 400 ms, the next line reports a worst block of about that long', async () => {
    await withLoopStats(async (next) => {
      spin(400);
      const line = await next();
      expect(line.maxBlockMs).toBeGreaterThanOrEqual(395);
      expect(line.utilization).toBeGreaterThan(0);
      expect(line.utilization).toBeLessThanOrEqual(1);
      expect(line.rssMb).toBeGreaterThan(0);
      expect(line.heapUsedMb).toBeGreaterThan(0);
    });
  });

  it('tells a block the bot worked through (CPU time about as long) from one it waited through (little CPU time)', async () => {
    await withLoopStats(async (next) => {
      spin(400);
      const working = await next();
      await next();
      // Blocked without working, as when the thread waits for a core the machine gives to others.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
      const waiting = await next();
      expect(working.maxBlockMs).toBeGreaterThanOrEqual(395);
      expect(waiting.maxBlockMs).toBeGreaterThanOrEqual(395);
      // Generous bounds: on a busy machine the spinning thread itself may wait for a core part of the time.
      expect(working.maxBlockCpuMs).toBeGreaterThan(working.maxBlockMs / 10);
      expect(waiting.maxBlockCpuMs).toBeLessThan(waiting.maxBlockMs / 4);
    });
  });

  it('each line covers its own window: a block is not reported again in the next', async () => {
    await withLoopStats(async (next) => {
      spin(400);
      expect((await next()).maxBlockMs).toBeGreaterThanOrEqual(395);
      const quiet = await next();
      expect(quiet.maxBlockMs).toBeLessThan(395);
      expect(quiet.windowMs).toBeGreaterThanOrEqual(80);
    });
  });
});
