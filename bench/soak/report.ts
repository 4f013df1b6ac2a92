/** The soak's figures: per minute and for the whole run, as lines to print and as JSON. */
import type { StatsLine } from './bot-process.js';
import type { Outcome } from './traffic.js';

/** One minute of the soak (or the whole of it). */
export interface Figures {
  interactions: number;
  lost: number;
  lateFirstResponses: number;
  unanswered: number;
  errors: number;
  apologies: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  firstResponseP99Ms: number;
  /** The bot's worst main-thread block in the minute, its busiest share of a window, the CPU time it used (all its threads), its memory at the minute's end. */
  bot: { worstBlockMs: number; worstBlockCpuMs: number; utilization: number; cpuS: number; rssMb: number; heapUsedMb: number } | null;
}

/** The value below which `p` percent of `values` lie (nearest rank); 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The figures of some interactions and of the bot's statistics lines over the same time. */
export function figuresOf(outcomes: Outcome[], stats: StatsLine[]): Figures {
  const answered = outcomes.filter((o) => o.lost !== 'unanswered');
  const ms = answered.map((o) => o.ms);
  const first = outcomes.flatMap((o) => (o.firstMs === null ? [] : [o.firstMs]));
  const last = stats.at(-1);
  const worst = stats.reduce((w, s) => (s.maxBlockMs > w.maxBlockMs ? s : w), stats[0]!);
  return {
    interactions: outcomes.length,
    lost: outcomes.filter((o) => o.lost !== null).length,
    lateFirstResponses: outcomes.filter((o) => o.lost === 'late').length,
    unanswered: outcomes.filter((o) => o.lost === 'unanswered').length,
    errors: outcomes.reduce((n, o) => n + o.errors, 0),
    apologies: outcomes.filter((o) => o.apology).length,
    p50Ms: round(percentile(ms, 50)),
    p99Ms: round(percentile(ms, 99)),
    maxMs: round(Math.max(0, ...ms)),
    firstResponseP99Ms: round(percentile(first, 99)),
    bot: last
      ? {
          worstBlockMs: worst.maxBlockMs,
          worstBlockCpuMs: worst.maxBlockCpuMs,
          utilization: Math.max(...stats.map((s) => s.utilization)),
          cpuS: round(stats.reduce((n, s) => n + s.cpuMs, 0) / 1000),
          rssMb: last.rssMb,
          heapUsedMb: last.heapUsedMb,
        }
      : null,
  };
}

/** The line printed for minute `index` (from 0). */
export function minuteLine(index: number, f: Figures): string {
  const bot = f.bot
    ? `; bot: worst block ${f.bot.worstBlockMs} ms (CPU ${f.bot.worstBlockCpuMs} ms), busiest ${Math.round(f.bot.utilization * 100)}%, CPU ${f.bot.cpuS} s, RSS ${f.bot.rssMb} MB, heap ${f.bot.heapUsedMb} MB`
    : '; bot: no statistics';
  return `minute ${String(index + 1).padStart(3)}: ${f.interactions} interactions, ${f.lost} lost, ${f.errors} errors, ${f.apologies} apologies; p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms, first response p99 ${f.firstResponseP99Ms} ms${bot}`;
}

/** How many interactions of each kind, and how long their answers took: the kind that is slow stands out. */
export function figuresByKind(outcomes: Outcome[]): Record<string, { count: number; p50Ms: number; p99Ms: number; maxMs: number }> {
  const kinds = new Map<string, number[]>();
  for (const o of outcomes) if (o.lost !== 'unanswered') kinds.set(o.kind, [...(kinds.get(o.kind) ?? []), o.ms]);
  const entries = [...kinds].map(
    ([kind, ms]) => [kind, { count: ms.length, p50Ms: round(percentile(ms, 50)), p99Ms: round(percentile(ms, 99)), maxMs: round(Math.max(...ms)) }] as const,
  );
  return Object.fromEntries(entries.sort((a, b) => b[1].count - a[1].count));
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
