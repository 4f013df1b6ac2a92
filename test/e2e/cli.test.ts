import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'bin', 'cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CORPUS_DIR: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI contract', () => {
  let corpus: string;
  beforeAll(() => {
    corpus = mkdtempSync(join(tmpdir(), 'byline-cli-'));
    mkdirSync(join(corpus, 'business'));
    writeFileSync(
      join(corpus, 'business', '001.txt'),
      'Mill closes after fire\n\nThe old paper mill closed on Monday after a fire destroyed its main hall, the owners said.\n',
    );
    // Windows-1252: a pound sign (0xA3) that is not valid UTF-8.
    writeFileSync(join(corpus, 'prices.txt'), Buffer.from('Bread prices rise\n\nA loaf now costs \xa32 in most shops, bakers said on Friday.\n', 'latin1'));
    writeFileSync(join(corpus, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'README.md'), '# Not an article\n');
    writeFileSync(join(corpus, 'metadata.json'), JSON.stringify({ 'business/001': { outlet: 'Mill Town Gazette', url: 'https://example.org/mill' } }));
  });
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('ask --json prints one AskResult with citations', () => {
    const r = cli(['ask', 'Did', 'Sessions', 'offer', 'to', 'resign?', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.query).toBe('Did Sessions offer to resign?');
    const c = result.answers[0].citations[0];
    expect(Object.keys(c).sort()).toEqual(['article', 'date', 'excerpt', 'outlet', 'sentence', 'title', 'url']);
    expect(typeof result.answers[0].score).toBe('number');
  });

  it('a question nothing answers directly gives no answers, a hint, and at most three related passages shaped as answers', () => {
    const json = JSON.parse(cli(['ask', 'What did Sessions say about the Olympic Games?', '--json']).out);
    expect(json).toMatchObject({ answers: [], hint: expect.stringMatching(/olympic/) });
    expect(json.related.length).toBeGreaterThan(0);
    expect(json.related.length).toBeLessThanOrEqual(3);
    expect(Object.keys(json.related[0]).sort()).toEqual(['citations', 'highlights', 'score', 'text']);
    const text = cli(['ask', 'What did Sessions say about the Olympic Games?']).out;
    expect(text).toMatch(/answers that directly.*\nClosest passages:\n\n1\. /s);
  });

  it('a question with no good answer exits 0 with no answers and a hint', () => {
    const r = cli(['ask', 'cricket', 'world', 'cup', 'final', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ answers: [], hint: expect.any(String) });
  });

  it.each([
    ['unknown command', ['frobnicate', '--json']],
    ['empty text', ['ask', '--json']],
    ['text over 300 characters', ['ask', 'x'.repeat(301), '--json']],
    ['missing corpus folder', ['sources', '--corpus', '/nonexistent/folder', '--json']],
  ])('%s exits 2 with one line on stderr and {"error"} on stdout', (_name, args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out)).toEqual({ error: expect.any(String) });
  });

  it('a corpus with no readable article exits 2; bad usage is reported before the corpus is read', () => {
    const empty = mkdtempSync(join(tmpdir(), 'byline-empty-'));
    writeFileSync(join(empty, 'blob.txt'), Buffer.from([0, 159, 146, 150]));
    const r = cli(['sources', '--json', '--corpus', empty]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no readable article/);
    const early = cli(['ask', '--json', '--corpus', corpus]);
    expect(early.code).toBe(2);
    expect(early.err.trim().split('\n')).toEqual([expect.stringMatching(/ask needs a question/)]);
    rmSync(empty, { recursive: true, force: true });
  });

  it('a malformed LOG_LEVEL exits 2 naming the key', () => {
    const r = cli(['sources'], { LOG_LEVEL: 'loud' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/LOG_LEVEL/);
  });

  it('reads subfolders, Windows-1252 files and metadata.json; skips binary files and READMEs with warnings', () => {
    const r = cli(['sources', '--json', '--corpus', corpus]);
    expect(r.code).toBe(0);
    const { articles } = JSON.parse(r.out);
    expect(articles.map((a: { id: string }) => a.id)).toEqual(['business/001', 'prices']);
    expect(articles[0]).toMatchObject({ outlet: 'Mill Town Gazette', url: 'https://example.org/mill', title: 'Mill closes after fire' });
    expect(r.err).toMatch(/prices: not valid UTF-8; read as Windows-1252/);
    expect(r.err).toMatch(/broken: .*binary.*skipped/);
    expect(r.err).toMatch(/empty: the file is empty; skipped/);
    const ask = JSON.parse(cli(['ask', 'how much is a loaf of bread', '--json', '--corpus', corpus]).out);
    expect(ask.answers[0].text).toContain('£2');
  });

  it('who-said --json prints one WhoSaidResult with QuoteMatch entries', () => {
    const r = cli(['who-said', 'the', 'sin', 'of', 'recusal', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.query).toBe('the sin of recusal');
    expect(Object.keys(result.matches[0]).sort()).toEqual(['citations', 'cue', 'quote', 'speaker', 'speakerKind']);
    expect(['named', 'pronoun', 'anonymous', 'outlet']).toContain(result.matches[0].speakerKind);
  });

  it('who-said on an article’s own sentence gives it under ownWords, cited, and says whose words they are', () => {
    const words = ['who-said', 'The old paper mill closed on Monday after a fire destroyed its main hall', '--corpus', corpus];
    const result = JSON.parse(cli([...words, '--json']).out);
    expect(result.matches).toEqual([]);
    expect(result.ownWords).toEqual([
      {
        text: 'The old paper mill closed on Monday after a fire destroyed its main hall, the owners said.',
        citations: [expect.objectContaining({ article: 'business/001', outlet: 'Mill Town Gazette' })],
      },
    ]);
    expect(cli(words).out).toMatch(
      /^The old paper mill closed.* \[1\]\n {3}— Mill Town Gazette’s own words, not a quote\n\n\[1\] Mill Town Gazette · .*“Mill closes after fire”/,
    );
  });

  it('quotes --json for an unknown speaker exits 0 with an empty list and a hint', () => {
    const r = cli(['quotes', 'Nobody', 'Atall', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ speaker: 'Nobody Atall', quotes: [], hint: expect.any(String) });
  });

  it('timeline --json prints one TimelineResult', () => {
    const r = cli(['timeline', '--json']);
    expect(r.code).toBe(0);
    const { events } = JSON.parse(r.out);
    expect(Object.keys(events[0]).sort()).toEqual(['citations', 'date', 'precision', 'resolvedFrom', 'text', 'when']);
    const about = JSON.parse(cli(['timeline', 'Comey', '--json']).out);
    expect(about.about).toBe('Comey');
  });

  it('timeline --from --to keeps the events within the period and says so; a bad date exits 2 with the forms', () => {
    const r = JSON.parse(cli(['timeline', '--from', 'June 2017', '--to=2017-06-06', '--json']).out);
    expect(r).toMatchObject({ from: '2017-06', to: '2017-06-06' });
    expect(r.events.map((e: { date: string }) => e.date)).toEqual(['2017-06-05', '2017-06-06']);
    const bad = cli(['timeline', '--to', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/to is not a date\. Give a year \(2018\), a month \(2018-03 or March 2018\) or a day/);
    expect(cli(['timeline', '--since', '2017']).err).toMatch(/unknown option --since/);
  });

  it('timeline --png writes the picture (and the usual text); other commands refuse it', () => {
    const file = join(corpus, 'timeline.png');
    const r = cli(['timeline', 'Comey', '--png', file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Timeline: Comey/);
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const refused = cli(['ask', 'who', '--png', file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--png draws a timeline only/);
  });

  it('people --json prints the cast', () => {
    const { people } = JSON.parse(cli(['people', '--json']).out);
    expect(people[0]).toEqual({ name: expect.any(String), aliases: expect.any(Array), roles: expect.any(Array), mentions: expect.any(Number) });
  });
});

describe('CLI niceties', () => {
  it('--help prints the usage, each command and each option, and exits 0; COMMAND --help the command’s', () => {
    const all = cli(['--help']);
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/^usage: npm run -s cli -- <command>/);
    expect(all.out).toMatch(/^ {2}who-said <quote> +Who said some words/m);
    expect(all.out).toMatch(/^ {2}--all +print long lists/m);
    const one = cli(['timeline', '--help']);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(
      /^usage: npm run -s cli -- timeline \[about\].*\n {2}What happened when.*\n {2}about: Only events about a person or a topic \(optional, at most 100 characters\)/,
    );
  });

  it('a mistyped command says which one was meant, and exits 2', () => {
    const r = cli(['aks', 'Did Sessions resign?']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^byline: unknown command "aks"; did you mean ask\? usage:/);
  });

  it('"who said" as two words is who-said', () => {
    expect(cli(['who', 'said', 'weak']).out).toMatch(/^“Weak,” \[1\] \[2\] \[3\]\n {3}— Donald Trump/);
  });

  it('a long list prints its first 50 entries and how many more; --all prints all, --json is complete', () => {
    const many = mkdtempSync(join(tmpdir(), 'byline-many-'));
    try {
      for (let i = 0; i < 60; i++) writeFileSync(join(many, `${String(i).padStart(3, '0')}.txt`), `The council met on Monday for the ${i}th time.\n`);
      const cut = cli(['sources', '--corpus', many]).out.trim().split('\n');
      expect(cut.filter((l) => /^\d{3}$/.test(l))).toHaveLength(50);
      expect(cut.at(-1)).toBe('… and 10 more; use --all or --json');
      expect(cut[2]).toBe('  1 sentence');
      expect(
        cli(['sources', '--all', '--corpus', many])
          .out.trim()
          .split('\n')
          .filter((l) => /^\d{3}$/.test(l)),
      ).toHaveLength(60);
      expect(JSON.parse(cli(['sources', '--json', '--corpus', many]).out).articles).toHaveLength(60);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });
});

describe('terminal output from a hostile corpus', () => {
  const hostile = mkdtempSync(join(tmpdir(), 'byline-hostile-'));
  // An article and a file name with ANSI escapes (clear screen, red, a window title) and a C1 CSI.
  writeFileSync(
    join(hostile, 'mill\u001b]0;owned\u0007.txt'),
    'Mill closes\u001b[2J after fire\n\nThe old paper mill closed on Monday\u001b[31m after a fire destroyed its \u009b1mmain hall, the owners said.\n',
  );
  writeFileSync(join(hostile, 'metadata.json'), JSON.stringify({ other: { title: 'x' } }));
  afterAll(() => rmSync(hostile, { recursive: true, force: true }));
  const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each([
    ['text', ['sources', '--corpus', hostile]],
    ['text', ['ask', 'why did the mill \u001b[2J close?', '--corpus', hostile]],
    ['JSON', ['ask', 'why did the mill close?', '--json', '--corpus', hostile]],
  ])('prints %s and warnings with no control character from the article, its name or the question', (_kind, args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mill/);
    expect(r.out).not.toMatch(controls);
    expect(r.err).not.toMatch(controls);
  });

  it('the console prints answers and warnings with no control character from the article or what was typed', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'bin', 'main.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      input: 'sources\nask why did the mill \u001b[2J close?\n',
      env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: hostile },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/paper mill closed/);
    expect(r.stdout).not.toMatch(controls);
    expect(r.stderr).not.toMatch(controls);
  });

  it('keeps the JSON contract: the parsed value still holds the article text', () => {
    const r = cli(['ask', 'why did the mill close?', '--json', '--corpus', hostile]);
    expect(JSON.parse(r.out).answers[0].text).toContain('\u009b1mmain hall');
  });
});

describe('local console', () => {
  it('answers piped commands in both forms and says how to connect to Discord', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'bin', 'main.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '/ask question: Who is the White House press secretary?\nsources\n/help\n/ask\ntimeline twitter from: 2017-06 to: 2017-06-05\n',
      env: { ...process.env, DISCORD_TOKEN: '', CORPUS_DIR: '' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/DISCORD_TOKEN/);
    expect(r.stdout).toMatch(/White House press secretary Sean Spicer/);
    expect(r.stdout).toMatch(/As tensions rise, Sessions plans to stay/);
    expect(r.stdout).toMatch(/\/ask <question>/);
    expect(r.stdout).toMatch(/ask needs a question/);
    expect(r.stdout).toMatch(/Timeline: twitter, June 2017 to 5 June 2017\n\n5 June 2017 {2}Seemingly out of the blue/);
  });
});
