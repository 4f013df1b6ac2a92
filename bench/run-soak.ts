/**
 * `npm run bench:soak -- [--corpus DIR] [--minutes N] [--rate N] [--seed N] [--json FILE]`: the
 * bot, in its own process as `npm start` runs it, under mixed traffic from the local Discord of
 * the tests, for N minutes (default 20) at N interactions a second (default 5). Prints one line a
 * minute (p50/p99 latency, interactions lost, the bot's worst main-thread block and memory) and a
 * summary: RSS at start and end, interactions lost (must be 0), the worst main-thread block. Exits
 * 1 when any interaction was lost. Everything listens on and talks to 127.0.0.1 only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadStory } from '../src/store/load-story.js';
import { DEFAULT_CACHE_DIR, readConfig } from '../src/app/config.js';
import { createLogger } from '../src/app/log.js';
import { startLoopStats } from '../src/app/loop-stats.js';
import { FakeDiscord } from '../test/support/fake-discord/index.js';
import { spawnBot } from './soak/bot-process.js';
import { RandomText, seededRandom, type FixedQueries } from './soak/random-text.js';
import { figuresByKind, figuresOf, minuteLine, type Figures } from './soak/report.js';
import { parseSoakArgs } from './soak/soak-args.js';
import { Traffic, type Outcome } from './soak/traffic.js';

/** Seconds between two statistics lines of the bot: twelve to a minute. */
const STATS_SECONDS = 5;
const MINUTE_MS = 60_000;

const args = parseSoakArgs(process.argv.slice(2), join(import.meta.dirname, '..', 'seeds'));
// The cache `npm start` uses: a large story is built once, not at every soak.
const cache = resolve(readConfig().cacheDir ?? DEFAULT_CACHE_DIR);
const corpus = resolve(args.corpus);
const fake = await FakeDiscord.start();
let bot: Awaited<ReturnType<typeof spawnBot>> | null = null;
try {
  // The driver reads the story for its users' words (and leaves the snapshot the bot then loads, if it was not there).
  const loaded = await loadStory(corpus, { cacheDir: cache });
  const queries = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as FixedQueries;
  const traffic = new Traffic(fake, new RandomText(loaded.story, queries, seededRandom(args.seed)));
  bot = await spawnBot(fake, corpus, cache, STATS_SECONDS);
  const running = bot;
  let driverWorst = 0;
  const driverStats = startLoopStats(
    STATS_SECONDS,
    createLogger('info', [], (line) => (driverWorst = Math.max(driverWorst, Number(/"maxBlockMs":([\d.]+)/.exec(line)?.[1] ?? 0)))),
  );
  console.log(
    `soak      ${corpus}: ${loaded.story.articles.length} articles; the bot (pid ${running.pid}) is ready; ${args.minutes} min at ${args.rate} interactions/s`,
  );

  // The soak starts as a statistics window of the bot starts: its minutes are the bot's.
  const start = await running.statsAfter(performance.now(), 2 * STATS_SECONDS * 1000);
  const t0 = start.at;
  running.problems.splice(0); // what it warned of while loading the story is not the soak's
  const total = Math.round(args.minutes * 60 * args.rate);
  const perMinute = Math.round(60 * args.rate);
  const outcomes: Outcome[] = [];
  const inMinute: Promise<Outcome>[][] = [];
  const minutes: Figures[] = [];
  let printing = Promise.resolve();
  const report = (m: number) => {
    printing = printing.then(async () => {
      const done = await Promise.all(inMinute[m] ?? []);
      const end = Math.min(t0 + (m + 1) * MINUTE_MS, performance.now());
      await running.statsAfter(end, 3 * STATS_SECONDS * 1000).catch(() => null);
      const windows = running.stats.filter((s) => s.at - s.windowMs / 2 >= t0 + m * MINUTE_MS && s.at - s.windowMs / 2 < t0 + (m + 1) * MINUTE_MS);
      minutes[m] = figuresOf(done, windows);
      fake.rest.requests.splice(0); // the fake's request log, unread here, would grow all along
      console.log(minuteLine(m, minutes[m]));
    });
  };
  let sent = 0;
  for (; sent < total; sent++) {
    const due = t0 + (sent * 1000) / args.rate;
    if (performance.now() > due + MINUTE_MS) break; // a minute behind: the driver cannot keep up; say so below
    if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
    const m = Math.floor(sent / perMinute);
    if (sent > 0 && sent % perMinute === 0) report(m - 1);
    const outcome = traffic.next(m).then((o) => {
      outcomes.push(o);
      return o;
    });
    (inMinute[m] ??= []).push(outcome);
  }
  if (sent > 0) report(Math.floor((sent - 1) / perMinute));
  await printing;
  // A bot that died mid-soak has lost what was left (counted): its last line is the end.
  const end = await running.statsAfter(performance.now(), 3 * STATS_SECONDS * 1000).catch(() => running.stats.at(-1) ?? start);
  driverStats.stop();

  const during = running.stats.filter((s) => s.at > t0 && s.at <= end.at);
  const all = figuresOf(outcomes, during);
  const worst = during.reduce((w, s) => (s.maxBlockMs > w.maxBlockMs ? s : w), during[0] ?? end);
  const summary = {
    ...all,
    sent,
    planned: total,
    byKind: figuresByKind(outcomes),
    rssStartMb: start.rssMb,
    rssEndMb: end.rssMb,
    rssPeakMb: Math.max(...during.map((s) => s.rssMb), start.rssMb),
    heapStartMb: start.heapUsedMb,
    heapEndMb: end.heapUsedMb,
    worstBlockMs: worst.maxBlockMs,
    worstBlockCpuMs: worst.maxBlockCpuMs,
    worstBlockMinute: Math.floor((worst.at - worst.windowMs / 2 - t0) / MINUTE_MS) + 1,
    botCpuS: all.bot?.cpuS ?? 0,
    driverWorstBlockMs: driverWorst,
    botWarnings: running.problems.length,
  };
  console.log(
    `traffic   ${sent} of ${total} interactions sent${sent < total ? ' (the driver fell a minute behind and stopped)' : ''}: ${Object.entries(summary.byKind)
      .map(([k, f]) => `${k} ${f.count}`)
      .join(', ')}`,
  );
  console.log(
    `by kind   p99 (max) ms: ${Object.entries(summary.byKind)
      .map(([k, f]) => `${k} ${f.p99Ms} (${f.maxMs})`)
      .join(', ')}`,
  );
  console.log(
    `lost      ${all.lost} (${all.lateFirstResponses} first responses after 3 s, ${all.unanswered} never answered); ${all.errors} REST errors, ${all.apologies} apologies or "expired"`,
  );
  console.log(`latency   p50 ${all.p50Ms} ms, p99 ${all.p99Ms} ms, max ${all.maxMs} ms; first response p99 ${all.firstResponseP99Ms} ms`);
  console.log(
    `memory    RSS ${summary.rssStartMb} MB at start, ${summary.rssEndMb} MB at end (peak ${summary.rssPeakMb} MB); heap ${summary.heapStartMb} → ${summary.heapEndMb} MB`,
  );
  console.log(
    `cpu       the bot used ${summary.botCpuS} s of CPU (all its threads) over the soak, ${((summary.botCpuS * 1000) / Math.max(1, sent)).toFixed(1)} ms an interaction`,
  );
  console.log(
    `block     the bot's worst main-thread block ${summary.worstBlockMs} ms (${summary.worstBlockCpuMs} ms of it on the CPU) in minute ${summary.worstBlockMinute}; the driver's own ${driverWorst} ms`,
  );
  console.log(
    `bot log   ${running.problems.length} warnings or errors during the soak${running.problems.length ? `; first: ${running.problems.slice(0, 3).map(brief).join(' | ')}` : ''}`,
  );
  if (args.json)
    writeFileSync(
      args.json,
      `${JSON.stringify({ corpus, articles: loaded.story.articles.length, minutes: args.minutes, rate: args.rate, seed: args.seed, perMinute: minutes.map((f, i) => ({ minute: i + 1, ...f })), summary, botProblems: running.problems.slice(0, 50) }, null, 2)}\n`,
    );
  if (all.lost > 0) process.exitCode = 1;
} finally {
  await bot?.stop();
  await fake.close();
}

/** A log line without its time and context, but with the error's name: `ERROR interaction failed (DiscordAPIError[10062])`. */
function brief(line: string): string {
  const { level, msg, error } = JSON.parse(line) as { level: string; msg: string; error?: { name?: string } };
  return `${level.toUpperCase()} ${msg}${error?.name ? ` (${error.name})` : ''}`;
}
