import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFingerprint, readCorpus } from '../../src/corpus/read-corpus.js';

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
    const deepen = 'const fs = require("fs"); for (let i = 0; i < 20; i++) { fs.mkdirSync("d".repeat(250)); process.chdir("d".repeat(250)); } fs.writeFileSync("c.txt", "Lost\\n\\nThe lost article.");';
    expect(spawnSync(process.execPath, ['-e', deepen], { cwd: join(dir, 'deep') }).status).toBe(0);
    const read = readCorpus(dir);
    expect(read.sources.map((s) => s.id)).toEqual(['a', 'deep/b']);
    expect(messages(read)).toMatch(/ENAMETOOLONG/);
    expect(corpusFingerprint(dir)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.skipIf(process.getuid?.() === 0)('when a subfolder cannot be listed (no permission), skips it with a warning and reads the rest', () => {
    const dir = corpus({ 'a.txt': article('a'), 'locked/b.txt': article('b') });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const read = readCorpus(dir);
      expect(read.sources.map((s) => s.id)).toEqual(['a']);
      expect(messages(read)).toMatch(/locked\/: folder cannot be read \(EACCES\); skipped/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});
