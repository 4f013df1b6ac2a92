/**
 * Main-thread statistics of the bot process, logged every few seconds when BYLINE_LOOP_STATS asks
 * for them: how long the event loop was blocked at worst (no interaction is answered while it is),
 * how busy it was, and memory. Measured inside the bot, so that a load driver in another process
 * (`npm run bench:soak`) does not blur the figures with its own work.
 */
import { createHistogram, performance } from 'node:perf_hooks';
import type { Logger } from './log.js';

/** The message of the statistics line; its context is a `LoopStats`. */
export const LOOP_STATS_MESSAGE = 'loop stats';

/** One window's statistics, as the log line carries them. */
export interface LoopStats {
  /** The window's length in milliseconds. */
  windowMs: number;
  /** The longest time between two turns of the event loop in the window: the worst main-thread block (at least the sampling interval, 5 ms). */
  maxBlockMs: number;
  /**
   * The CPU time the process used during that block: about as long when the bot itself was busy,
   * much less when the machine was (the thread was waiting for a core, not working).
   */
  maxBlockCpuMs: number;
  /** The 99th percentile of the time between two turns of the loop. */
  p99TurnMs: number;
  /** The share of the window the main thread was busy (0 to 1). */
  utilization: number;
  /** The CPU time the whole process used in the window, every thread's (the picture and story workers' too). */
  cpuMs: number;
  rssMb: number;
  heapUsedMb: number;
}

/** How often the sampler turns: the time between two turns is recorded, so a block is measured to within this. */
const RESOLUTION_MS = 5;

/** Logs a `LoopStats` line every `seconds` until stopped; the timers never keep the process alive. */
export function startLoopStats(seconds: number, logger: Logger): { stop(): void } {
  // A timer of our own rather than monitorEventLoopDelay: its reset() drops the first gap after
  // it, so a block that spans the end of a window would be reported in neither.
  const gaps = createHistogram();
  let last = performance.now();
  let lastCpu = cpuMs();
  let worst = { ms: 0, cpuMs: 0 };
  const sampler = setInterval(() => {
    const now = performance.now();
    const cpu = cpuMs();
    gaps.record(Math.max(1, Math.round((now - last) * 1000)));
    if (now - last > worst.ms) worst = { ms: now - last, cpuMs: cpu - lastCpu };
    last = now;
    lastCpu = cpu;
  }, RESOLUTION_MS);
  sampler.unref();
  let since = performance.now();
  let sinceCpu = cpuMs();
  let busy = performance.eventLoopUtilization();
  const report = () => {
    const now = performance.now();
    const cpu = cpuMs();
    const memory = process.memoryUsage();
    const stats: LoopStats = {
      windowMs: Math.round(now - since),
      maxBlockMs: round(gaps.max / 1000),
      maxBlockCpuMs: round(worst.cpuMs),
      p99TurnMs: round(gaps.percentile(99) / 1000),
      utilization: round(performance.eventLoopUtilization(busy).utilization, 3),
      cpuMs: round(cpu - sinceCpu),
      rssMb: round(memory.rss / 2 ** 20),
      heapUsedMb: round(memory.heapUsed / 2 ** 20),
    };
    logger.info(LOOP_STATS_MESSAGE, { ...stats });
    gaps.reset();
    worst = { ms: 0, cpuMs: 0 };
    since = now;
    sinceCpu = cpu;
    busy = performance.eventLoopUtilization();
  };
  // Reported just after the timers due now have run, the sampler's among them: a block that ends
  // this window is counted in it, not in the next.
  const timer = setInterval(() => setImmediate(report), seconds * 1000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      clearInterval(sampler);
    },
  };
}

/** The process's CPU time so far (user and system, every thread), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
