/**
 * `npm run bench:bot -- [--corpus DIR]`: the bot under load and faults, through the local Discord
 * of the tests, on the seeds or the story of DIR. 200 interactions spread over 10 seconds: how
 * many were answered within 3 s, latency p50/p99; then op 7, op 9, close 4000 and close 1000: how
 * long until the bot is back and the next interaction answered; then `npm start` itself, from
 * nothing and from the snapshot, timed to ready; then a corpus with an empty, a binary, a
 * Windows-1252 and a 10 MB single-line file, read in the background: warnings, time, and what
 * was kept. Figures for docs/performance.md, not a test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeDiscord } from '../test/support/fake-discord/index.js';
import { startTestBot } from '../test/discord/bot-harness.js';
import { loadStory } from '../src/store/load-story.js';
import { warmUp } from '../src/core/answer/warm-up.js';
import { timeNpmStart } from './time-npm-start.js';

const args = process.argv.slice(2);
const corpus = resolve(args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : join(import.meta.dirname, '..', 'seeds'));
const cache = mkdtempSync(join(tmpdir(), 'byline-bench-bot-'));
const story = await loadStory(corpus, { cacheDir: cache });
warmUp(story.story);
const fake = await FakeDiscord.start();
const bot = await startTestBot(fake, { story });
const queries = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as Record<'ask' | 'whoSaid', string[]>;
const questions = queries.ask;
const latencies: number[] = [];
let apologies = 0;
const runs: Promise<void>[] = [];
for (let i = 0; i < 200; i++) {
  runs.push(
    (async () => {
      await new Promise((r) => setTimeout(r, i * 50));
      const started = performance.now();
      const record =
        i % 2 === 0
          ? await fake.slash('ask', { question: questions[(i / 2) % questions.length]! })
          : await fake.slash('who-said', { quote: queries.whoSaid[((i - 1) / 2) % queries.whoSaid.length]! });
      latencies.push(performance.now() - started);
      if (record.errors.length > 0 || /^Sorry/.test(record.original?.content ?? '')) apologies++;
    })(),
  );
}
await Promise.all(runs);
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
console.log(`corpus    ${corpus}: ${story.story.articles.length} articles`);
console.log(
  `load      200 interactions over 10 s: ${latencies.filter((l) => l < 3000).length} answered within 3 s, p50 ${at(50)} ms, p99 ${at(99)} ms, ${apologies} apologies or errors`,
);

// Gateway faults: the time until the bot is back (identified or resumed), then the next interaction's answer.
const faults: [string, () => void][] = [
  ['op 7 reconnect', () => fake.gateway.requestReconnect()],
  ['op 9 invalid session', () => fake.gateway.invalidateSession(false)],
  ['close 4000', () => fake.gateway.drop(4000)],
  ['close 1000', () => fake.gateway.drop(1000)],
];
for (const [name, fault] of faults) {
  const before = fake.gateway.identifies + fake.gateway.resumes;
  const started = performance.now();
  fault();
  while (fake.gateway.identifies + fake.gateway.resumes === before) await new Promise((r) => setTimeout(r, 5));
  const back = performance.now();
  const record = await fake.slash('quote', { text: 'Weak' });
  const answered = record.original !== null && record.errors.length === 0 && !/^Sorry/.test(record.original?.content ?? '');
  console.log(
    `${name.padEnd(21)} back in ${(back - started).toFixed(0)} ms, next interaction ${answered ? 'answered' : 'NOT answered'} in ${(performance.now() - back).toFixed(0)} ms`,
  );
}
await bot.stop();

// npm start with a token, as a user runs it: from nothing (no snapshot; once for a large corpus), then three times from the snapshot.
const large = story.story.sentences.length > 10_000;
for (const fromSnapshot of [false, true]) {
  const runs = [];
  for (let i = 0; i < (large && !fromSnapshot ? 1 : 3); i++) {
    const runCache = fromSnapshot ? cache : mkdtempSync(join(tmpdir(), 'byline-bench-cold-'));
    runs.push(await timeNpmStart(fake, corpus, runCache));
    if (!fromSnapshot) rmSync(runCache, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 500));
  }
  if (runs.some((r) => r.fromSnapshot !== fromSnapshot)) throw new Error('npm start did not start as expected (from its snapshot or not)');
  const seconds = (ms: number[]) => ms.map((m) => (m / 1000).toFixed(2)).join(', ');
  console.log(
    `start     npm start with a token, ${fromSnapshot ? 'from the snapshot' : 'from nothing (story built)'}: connected ${seconds(runs.map((r) => r.connected))} s, ready ${seconds(runs.map((r) => r.ready))} s after npm was started`,
  );
}
await fake.close();
rmSync(cache, { recursive: true, force: true });

const faulty = mkdtempSync(join(tmpdir(), 'byline-faulty-'));
writeFileSync(join(faulty, 'empty.txt'), '');
writeFileSync(join(faulty, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
writeFileSync(join(faulty, 'cp1252.txt'), Buffer.from('Bread prices rise\n\nA loaf costs \x932\x94 pounds, bakers said on Friday.\n', 'latin1'));
const words = 'the council said on monday that the harbour would open next year after a long delay and the mayor agreed.'.split(' ');
writeFileSync(join(faulty, 'huge.txt'), Array.from({ length: 1_800_000 }, (_, i) => words[i % words.length]).join(' '));
writeFileSync(join(faulty, 'ok.txt'), 'Ferry vote delayed\n\nThe council delayed the ferry vote on Tuesday, officials said.\n');
const reading = performance.now();
const loaded = await loadStory(faulty, { cacheDir: join(faulty, '.cache'), worker: true });
console.log(
  `faulty    5 files (10 MB single line among them) read in ${((performance.now() - reading) / 1000).toFixed(1)} s: ${loaded.story.articles.length} articles kept (${loaded.story.articles.map((a) => a.id).join(', ')}), ${loaded.story.sentences.length} sentences; warnings: ${loaded.warnings.map((w) => `${w.file}: ${w.message}`).join('; ')}`,
);
rmSync(faulty, { recursive: true, force: true });
