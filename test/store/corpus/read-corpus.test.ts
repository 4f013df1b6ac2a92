import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFingerprint, readCorpus } from '../../../src/store/corpus/read-corpus.js';
import { buildStory } from '../../../src/core/build-story.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const READ_CORPUS = join(ROOT, 'src', 'store', 'corpus', 'read-corpus.ts');

const work = mkdtempSync(join(tmpdir(), 'byline-read-corpus-'));
// rm, not rmSync: a folder nested past the longest path can only be removed from inside, as rm does.
afterAll(() => void spawnSync('rm', ['-rf', work]));

let corpora = 0;
/** A fresh corpus folder holding `files` (path → text). */
function corpus(files: Record<string, string>): string {
  const dir = join(work, `c${corpora++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const article = (n: number | string) => `Harbour news ${n}\n\nThe harbour ${n} opened on Monday, the council said.\n`;
const messages = (c: { warnings: { file: string; message: string }[] }) => c.warnings.map((w) => `${w.file}: ${w.message}`).join('\n');

describe('readCorpus and links', () => {
  it('when a folder links back to its parent, reads each article once and warns about the link', () => {
    const dir = corpus({ 'news/a.txt': article('a'), 'news/b.txt': article('b') });
    symlinkSync('..', join(dir, 'news', 'loop'));
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['news/a', 'news/b']);
    expect(messages(read)).toMatch(/news\/loop: is the same folder as the corpus folder \(a link\); not read again/);
  });

  it('when two folders link to each other and back up (two loops), returns without overflowing the stack, each article once', () => {
    const dir = corpus({ 'a/one.txt': article(1), 'b/two.txt': article(2) });
    symlinkSync('../b', join(dir, 'a', 'to-b'));
    symlinkSync('../a', join(dir, 'b', 'to-a'));
    symlinkSync('..', join(dir, 'a', 'up'));
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['a/one', 'a/to-b/two']);
    expect(read.warnings.map((w) => w.file).sort()).toEqual(['a/to-b/to-a', 'a/up', 'b']);
  });

  it('when an article is linked under a second name, reads it once', () => {
    const dir = corpus({ 'a.txt': article('a') });
    symlinkSync('a.txt', join(dir, 'b.txt'));
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['a']);
    expect(messages(read)).toMatch(/b\.txt: is the same file as "a\.txt"/);
  });

  it('skips a FIFO named like an article (reading it would block for ever) with a warning', () => {
    const dir = corpus({ 'a.txt': article('a') });
    const made = spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    if (made.status !== 0) return; // No mkfifo here: nothing to test.
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['a']);
    expect(messages(read)).toMatch(/pipe\.txt: is not a regular file; skipped/);
  });
});

describe('readCorpus and folders it cannot read', () => {
  it('when one folder lies past the longest path the system takes (ENAMETOOLONG), skips it with a warning and reads the rest', () => {
    const dir = corpus({ 'a.txt': article('a'), 'deep/b.txt': article('b') });
    // Made one step at a time from inside (a relative mkdir has no length limit), as an archive can unpack it.
    const deepen =
      'const fs = require("fs"); for (let i = 0; i < 20; i++) { fs.mkdirSync("d".repeat(250)); process.chdir("d".repeat(250)); } fs.writeFileSync("c.txt", "Lost\\n\\nThe lost article.");';
    expect(spawnSync(process.execPath, ['-e', deepen], { cwd: join(dir, 'deep') }).status).toBe(0);
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['a', 'deep/b']);
    expect(messages(read)).toMatch(/ENAMETOOLONG/);
    expect(corpusFingerprint(dir)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('when a subfolder cannot be listed (no permission), skips it with a warning and reads the rest', () => {
    const dir = corpus({ 'a.txt': article('a'), 'locked/b.txt': article('b') });
    for (const open of [dirname(dir), dir]) chmodSync(open, 0o755);
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      // Root reads any folder: the reader runs as an unprivileged user there, as a bot should.
      const script = `import { readCorpus } from ${JSON.stringify(READ_CORPUS)}; const r = readCorpus(${JSON.stringify(dir)}); console.log(JSON.stringify({ ids: r.sources.map((s) => s.id), warnings: r.warnings.map((w) => w.file + ': ' + w.message) }));`;
      const asRoot = process.getuid?.() === 0;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        cwd: ROOT,
        ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: tmpdir() } } : {}),
      });
      expect(run.status, run.stderr).toBe(0);
      const read = JSON.parse(run.stdout) as { ids: string[]; warnings: string[] };
      expect(read.ids).toEqual(['a']);
      expect(read.warnings.join('\n')).toMatch(/locked\/: folder cannot be read \(EACCES\); skipped/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('readCorpus ids', () => {
  it('when dup.txt and dup.md both exist, gives each its own id (the second keeps its extension) and warns', () => {
    const dir = corpus({ 'dup.md': article('markdown'), 'dup.txt': article('text') });
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['dup', 'dup.txt']);
    expect(messages(read)).toMatch(/dup\.txt: has the same id as "dup\.md" \("dup"\); its id is "dup\.txt"/);
    // Each article keeps its own sentences under its own id.
    const { story } = buildStory(read.sources, read.metadata);
    expect(story.articles.map((a) => a.id).sort()).toEqual(['dup', 'dup.txt']);
    const textOf = (id: string) =>
      story.sentences
        .filter((s) => s.article === id)
        .map((s) => s.text)
        .join(' ');
    expect(textOf('dup')).toMatch(/markdown/);
    expect(textOf('dup.txt')).toMatch(/text/);
  });

  it('when a file name holds a newline or a backtick, its id has "_" there, stays unique, and a warning says so', () => {
    const dir = corpus({ 'line\nbreak.txt': article(1), 'back`tick.txt': article(2), 'back_tick.txt': article(3), 'esc\u001b[31m.txt': article(4) });
    const read = readCorpus(dir);
    const ids = read.sources.map((s) => s.id);
    expect(ids).toEqual(['back_tick', 'back_tick.txt', 'esc_[31m', 'line_break']);
    for (const id of ids) expect(id).not.toMatch(/[\u0000-\u001f`]/);
    expect(messages(read)).toMatch(/back_tick\.txt: its name holds control characters or backticks/);
  });
});

describe('readCorpus and metadata.json', () => {
  it('when 200,000 entries name no article, warns once with the count', () => {
    const entries: Record<string, { title: string }> = {};
    for (let i = 0; i < 200_000; i++) entries[`missing/${i}`] = { title: `T${i}` };
    const dir = corpus({ 'a.txt': article('a'), 'metadata.json': JSON.stringify(entries) });
    const read = readCorpus(dir);
    expect(read.warnings).toEqual([{ file: 'metadata.json', message: '200000 entries name no article ("missing/0", "missing/1", "missing/2", …); ignored' }]);
  });

  it('when an entry is keyed "__proto__", it is the metadata of the article of that name, not the prototype of the map', () => {
    const dir = corpus({ '__proto__.txt': article('p'), 'title.txt': article('t'), 'metadata.json': '{"__proto__": {"title": "Proto headline"}}' });
    const read = readCorpus(dir);
    expect(Object.getPrototypeOf(read.metadata)).toBeNull();
    expect(Object.keys(read.metadata)).toEqual(['__proto__']);
    expect(read.metadata['title']).toBeUndefined();
    const { story } = buildStory(read.sources, read.metadata);
    expect(story.articles.find((a) => a.id === '__proto__')?.title).toBe('Proto headline');
    expect(story.articles.find((a) => a.id === 'title')?.title).not.toBe('Proto headline');
  });
});
