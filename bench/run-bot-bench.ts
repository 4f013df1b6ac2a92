/**
 * `npm run bench:bot`: the bot under load and faults, through the local Discord of the tests.
 * 200 interactions spread over 10 seconds: how many were answered within 3 s, latency p50/p99;
 * then op 7, op 9, close 4000 and close 1000: how long until the bot is back and the next
 * interaction answered; then a corpus with an empty, a binary, a Windows-1252 and a 10 MB single-line file, read in
 * the background: warnings, time, and what was kept. Figures for the README, not a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeDiscord } from '../test/support/fake-discord/index.js';
import { startTestBot } from '../test/discord/bot-harness.js';
import { loadStoryAsync } from '../src/load-story-async.js';

const fake = await FakeDiscord.start();
const bot = await startTestBot(fake);
const questions = ['Did Sessions offer to resign?', 'Who is the White House press secretary?', 'Twitter eruption Monday morning', 'What did Comey reveal?'];
const latencies: number[] = [];
let apologies = 0;
const runs: Promise<void>[] = [];
for (let i = 0; i < 200; i++) {
  runs.push(
    (async () => {
      await new Promise((r) => setTimeout(r, i * 50));
      const started = performance.now();
      const record = i % 2 === 0 ? await fake.slash('ask', { question: questions[i % 4]! }) : await fake.slash('who-said', { quote: 'Weak' });
      latencies.push(performance.now() - started);
      if (record.errors.length > 0 || /^Sorry/.test(record.original?.content ?? '')) apologies++;
    })(),
  );
}
await Promise.all(runs);
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
console.log(`load      200 interactions over 10 s: ${latencies.filter((l) => l < 3000).length} answered within 3 s, p50 ${at(50)} ms, p99 ${at(99)} ms, ${apologies} apologies or errors`);

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
  console.log(`${name.padEnd(21)} back in ${(back - started).toFixed(0)} ms, next interaction ${answered ? 'answered' : 'NOT answered'} in ${(performance.now() - back).toFixed(0)} ms`);
}
await bot.stop();

// npm start with a token, on the seeds: from the process starting to connected and story loaded (both mean ready).
const started = performance.now();
const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'main.ts')], { env: { ...process.env, DISCORD_TOKEN: fake.token, DISCORD_API: fake.apiUrl, CORPUS_DIR: '', LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
let log = '';
const seen: Record<string, number> = {};
child.stderr.on('data', (d: Buffer) => {
  log += d.toString();
  for (const event of ['connected to Discord', 'story loaded']) if (log.includes(event)) seen[event] ??= performance.now() - started;
});
while (Object.keys(seen).length < 2) await new Promise((r) => setTimeout(r, 5));
child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));
console.log(`start     seeds, npm start with a token: connected in ${seen['connected to Discord']!.toFixed(0)} ms, story loaded (ready) in ${Math.max(...Object.values(seen)).toFixed(0)} ms after the process started`);
await fake.close();

const corpus = mkdtempSync(join(tmpdir(), 'byline-faulty-'));
writeFileSync(join(corpus, 'empty.txt'), '');
writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
writeFileSync(join(corpus, 'cp1252.txt'), Buffer.from('Bread prices rise\n\nA loaf costs \x932\x94 pounds, bakers said on Friday.\n', 'latin1'));
const words = 'the council said on monday that the harbour would open next year after a long delay and the mayor agreed.'.split(' ');
writeFileSync(join(corpus, 'huge.txt'), Array.from({ length: 1_800_000 }, (_, i) => words[i % words.length]).join(' '));
writeFileSync(join(corpus, 'ok.txt'), 'Ferry vote delayed\n\nThe council delayed the ferry vote on Tuesday, officials said.\n');
const reading = performance.now();
const loaded = await loadStoryAsync(corpus, join(corpus, '.cache'));
console.log(`faulty    5 files (10 MB single line among them) read in ${((performance.now() - reading) / 1000).toFixed(1)} s: ${loaded.story.articles.length} articles kept (${loaded.story.articles.map((a) => a.id).join(', ')}), ${loaded.story.sentences.length} sentences; warnings: ${loaded.warnings.map((w) => `${w.file}: ${w.message}`).join('; ')}`);
rmSync(corpus, { recursive: true, force: true });
