import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { LOOP_STATS_MESSAGE, startLoopStats, type LoopStats } from '../src/loop-stats.js';

/** The statistics lines logged so far, and a wait for the next one. */
function collect() {
  const lines: LoopStats[] = [];
  const waiting: (() => void)[] = [];
  const logger = createLogger('info', [], (line) => {
    const m = new RegExp(`INFO ${LOOP_STATS_MESSAGE} (\\{.*\\})$`).exec(line);
    if (!m) return;
    lines.push(JSON.parse(m[1]!) as LoopStats);
    for (const wake of waiting.splice(0)) wake();
  });
  const next = () => new Promise<LoopStats>((resolve) => waiting.push(() => resolve(lines.at(-1)!)));
  return { logger, next };
}

describe('startLoopStats', () => {
  it('when the main thread is blocked for 400 ms, the next line reports a worst block of about that long', async () => {
    const { logger, next } = collect();
    const stats = startLoopStats(0.1, logger);
    try {
      await next();
      const until = performance.now() + 400;
      while (performance.now() < until);
      const line = await next();
      expect(line.maxBlockMs).toBeGreaterThanOrEqual(395);
      expect(line.utilization).toBeGreaterThan(0);
      expect(line.utilization).toBeLessThanOrEqual(1);
      expect(line.rssMb).toBeGreaterThan(0);
      expect(line.heapUsedMb).toBeGreaterThan(0);
    } finally {
      stats.stop();
    }
  });

  it('each line covers its own window: a block is not reported again in the next', async () => {
    const { logger, next } = collect();
    const stats = startLoopStats(0.1, logger);
    try {
      await next();
      const until = performance.now() + 400;
      while (performance.now() < until);
      expect((await next()).maxBlockMs).toBeGreaterThanOrEqual(395);
      const quiet = await next();
      expect(quiet.maxBlockMs).toBeLessThan(395);
      expect(quiet.windowMs).toBeGreaterThanOrEqual(80);
    } finally {
      stats.stop();
    }
  });
});
