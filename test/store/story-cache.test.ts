import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/store/load-story.js';
import { openStory } from '../../src/store/open-story.js';
import { readSnapshot, readSnapshotAsync, writeSnapshot } from '../../src/store/story-cache.js';
import { ask } from '../../src/core/answer/ask.js';
import { UserError } from '../../src/app/errors.js';
import { whoSaid } from '../../src/core/answer/quotes.js';
import { timeline } from '../../src/core/answer/timeline.js';
import { SEEDS } from '../fixtures/read-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'byline-cache-'));
const cache = join(work, 'cache');
const corpus = join(work, 'corpus');
cpSync(SEEDS, corpus, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the snapshot cache', () => {
  it('builds and saves a snapshot once, then loads it with the same answers', async () => {
    const built = await loadStory(corpus, { cacheDir: cache });
    expect(built.fromSnapshot).toBe(false);
    expect(readdirSync(cache).filter((f) => f.startsWith('story-'))).toEqual([`story-${built.hash}.snapshot`]);
    const loaded = await loadStory(corpus, { cacheDir: cache });
    expect(loaded.fromSnapshot).toBe(true);
    expect(loaded.hash).toBe(built.hash);
    for (const q of ['Did Sessions offer to resign?', 'Who is the White House press secretary?']) expect(ask(loaded.story, q)).toEqual(ask(built.story, q));
    expect(whoSaid(loaded.story, 'Weak')).toEqual(whoSaid(built.story, 'Weak'));
    expect(timeline(loaded.story)).toEqual(timeline(built.story));
  });

  it('rebuilds when an article changes', async () => {
    const before = await loadStory(corpus, { cacheDir: cache });
    writeFileSync(join(corpus, 'extra.txt'), 'Harbour opens\n\nThe new harbour opened on Monday, the council said.\n');
    const after = await loadStory(corpus, { cacheDir: cache });
    expect(after.hash).not.toBe(before.hash);
    expect(after.fromSnapshot).toBe(false);
    expect(after.story.articles).toHaveLength(6);
    rmSync(join(corpus, 'extra.txt'));
  });

  it('knows an unchanged corpus by its files (names, sizes, times) without reading them; a touched or edited file is read again', async () => {
    const first = await loadStory(corpus, { cacheDir: cache });
    expect(readdirSync(cache).filter((f) => f.startsWith('corpus-'))).not.toHaveLength(0);
    const opened = openStory(corpus, cache);
    expect(opened.hash).toBe(first.hash);
    let read = false;
    const original = opened.corpus;
    opened.corpus = () => {
      read = true;
      return original();
    };
    expect(opened.readCached()?.story.sentences).toHaveLength(first.story.sentences.length);
    expect(read).toBe(false);
    const file = join(corpus, readdirSync(corpus).find((f) => f.endsWith('.txt'))!);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const touched = await loadStory(corpus, { cacheDir: cache });
    expect(touched.hash).toBe(first.hash);
    expect(touched.fromSnapshot).toBe(true);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\bthe\b/, 'THE'));
    const edited = await loadStory(corpus, { cacheDir: cache });
    expect(edited.hash).not.toBe(first.hash);
    writeFileSync(file, text);
  });

  it('when a file is edited in place keeping its size and mtime (as cp -p, rsync -a and tar leave it), reads it again and rebuilds', async () => {
    const file = join(corpus, readdirSync(corpus).find((f) => f.endsWith('.txt'))!);
    const text = readFileSync(file, 'utf8');
    // A whole second, which every file system stores exactly.
    const mtime = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000);
    utimesSync(file, mtime, mtime);
    const first = await loadStory(corpus, { cacheDir: cache });
    expect((await loadStory(corpus, { cacheDir: cache })).fromSnapshot).toBe(true);
    // The same length, a word no other test writes: its story has no snapshot yet.
    writeFileSync(file, text.replace(/\bthe\b/, 'tHE'));
    utimesSync(file, mtime, mtime);
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual([Buffer.byteLength(text), mtime.getTime()]);
    const edited = await loadStory(corpus, { cacheDir: cache });
    expect(edited.hash).not.toBe(first.hash);
    expect(edited.fromSnapshot).toBe(false);
    expect(edited.story.sentences.some((s) => s.text.includes('tHE'))).toBe(true);
    writeFileSync(file, text);
  });

  it('ignores a corrupt snapshot with a warning, never trusting it, and rebuilds', async () => {
    const { hash } = await loadStory(corpus, { cacheDir: cache });
    writeFileSync(join(cache, `story-${hash}.snapshot`), '{"pipeline": "byline-pipeline-1", "articles": [');
    const again = await loadStory(corpus, { cacheDir: cache });
    expect(again.fromSnapshot).toBe(false);
    expect(again.warnings.map((w) => w.message).join('\n')).toMatch(/is corrupt or stale.*rebuilding/);
    expect((await loadStory(corpus, { cacheDir: cache })).fromSnapshot).toBe(true);
  });

  it('when one byte in the middle of a snapshot changes (a sentence text, say), sees it by the checksum and rebuilds', async () => {
    const { hash, story } = await loadStory(corpus, { cacheDir: cache });
    const path = join(cache, `story-${hash}.snapshot`);
    const bytes = readFileSync(path);
    const at = bytes.indexOf(Buffer.from(story.sentences[10]!.text.slice(0, 20)));
    expect(at).toBeGreaterThan(0);
    bytes[at] = bytes[at]! ^ 0x20;
    writeFileSync(path, bytes);
    const again = await loadStory(corpus, { cacheDir: cache });
    expect(again.fromSnapshot).toBe(false);
    expect(again.warnings.map((w) => w.message).join('\n')).toMatch(/checksum does not match.*rebuilding/);
    expect(again.story.sentences[10]!.text).toBe(story.sentences[10]!.text);
  });

  it('reads a snapshot off the thread and in slices (as a reload does) to the story read at once, letting the event loop turn meanwhile, and refuses a damaged one the same way', async () => {
    const { hash } = await loadStory(corpus, { cacheDir: cache });
    const path = join(cache, `story-${hash}.snapshot`);
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const story = await readSnapshotAsync(path, undefined, () => {});
    counting = false;
    expect(story?.sentences).toEqual(readSnapshot(path, undefined, () => {})?.sentences);
    expect(turns).toBeGreaterThan(1);
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x20;
    writeFileSync(path, bytes);
    const warnings: string[] = [];
    expect(await readSnapshotAsync(path, undefined, (w) => warnings.push(w))).toBeNull();
    expect(warnings.join('\n')).toMatch(/checksum does not match.*rebuilding/);
    expect(existsSync(path)).toBe(false);
  });

  it('when a snapshot is cut short, ignores it with a warning and rebuilds', async () => {
    const { hash } = await loadStory(corpus, { cacheDir: cache });
    const path = join(cache, `story-${hash}.snapshot`);
    writeFileSync(path, readFileSync(path).subarray(0, 5000));
    const again = await loadStory(corpus, { cacheDir: cache });
    expect(again.fromSnapshot).toBe(false);
    expect(again.warnings.map((w) => w.message).join('\n')).toMatch(/is corrupt or stale.*rebuilding/);
  });
});

describe('saving a snapshot', () => {
  it('when it cannot be saved, warns and leaves no half-written file behind', async () => {
    const { story } = await loadStory(corpus, { cacheDir: cache });
    const blocked = join(work, 'blocked');
    // A folder where the snapshot should go: the rename fails.
    mkdirSync(join(blocked, 'story-0badc0de.snapshot', 'inside'), { recursive: true });
    const warnings: string[] = [];
    writeSnapshot(join(blocked, 'story-0badc0de.snapshot'), story, (message) => warnings.push(message));
    expect(warnings.join('\n')).toMatch(/could not save the snapshot/);
    expect(readdirSync(blocked)).toEqual(['story-0badc0de.snapshot']);
  });
});

describe('a snapshot in use', () => {
  it('is marked used when read, so that pruning keeps it', async () => {
    const { hash } = await loadStory(corpus, { cacheDir: cache });
    const path = join(cache, `story-${hash}.snapshot`);
    const longAgo = new Date(Date.now() - 30 * 24 * 3600_000);
    utimesSync(path, longAgo, longAgo);
    expect((await loadStory(corpus, { cacheDir: cache })).fromSnapshot).toBe(true);
    expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(60_000);
  });
});

describe('loading in a worker thread', () => {
  it('gives the same story as loading in place, through the snapshot the worker leaves', async () => {
    const asyncCache = join(work, 'async-cache');
    const loaded = await loadStory(corpus, { cacheDir: asyncCache, worker: true });
    const inPlace = await loadStory(corpus, { cacheDir: join(work, 'other-cache') });
    expect(loaded.hash).toBe(inPlace.hash);
    expect(readdirSync(asyncCache).filter((f) => f.startsWith('story-'))).toEqual([`story-${loaded.hash}.snapshot`]);
    expect(ask(loaded.story, 'Did Sessions offer to resign?')).toEqual(ask(inPlace.story, 'Did Sessions offer to resign?'));
  });

  it('reads a snapshot the worker finds in place, and rebuilds one that is corrupt with a warning', async () => {
    const asyncCache = join(work, 'corrupt-cache');
    const built = await loadStory(corpus, { cacheDir: asyncCache, worker: true });
    expect(built.fromSnapshot).toBe(false);
    expect((await loadStory(corpus, { cacheDir: asyncCache, worker: true })).fromSnapshot).toBe(true);
    writeFileSync(join(asyncCache, `story-${built.hash}.snapshot`), 'BYLINE02 and then nothing that fits');
    const rebuilt = await loadStory(corpus, { cacheDir: asyncCache, worker: true });
    expect(rebuilt.fromSnapshot).toBe(false);
    expect(rebuilt.warnings.map((w) => w.message).join('\n')).toMatch(/is corrupt or stale.*rebuilding/);
    expect(ask(rebuilt.story, 'Did Sessions offer to resign?')).toEqual(ask(built.story, 'Did Sessions offer to resign?'));
    expect((await loadStory(corpus, { cacheDir: asyncCache, worker: true })).fromSnapshot).toBe(true);
  });

  it('reports a missing corpus folder, or one without articles, as the same user error a load on this thread gives', async () => {
    await expect(loadStory(join(work, 'nowhere'), { cacheDir: join(work, 'async-cache'), worker: true })).rejects.toThrow(/corpus folder not found/);
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const onThread = await loadStory(empty, { cacheDir: join(work, 'async-cache') }).catch((error: unknown) => error);
    expect(onThread).toBeInstanceOf(UserError);
    const inWorker = await loadStory(empty, { cacheDir: join(work, 'async-cache'), worker: true }).catch((error: unknown) => error);
    expect(inWorker).toBeInstanceOf(UserError);
    expect(inWorker).toMatchObject({ code: 'corpus', message: (onThread as Error).message });
  });
});

describe('loading in a worker thread without a writable cache', () => {
  it('when the cache is off (BYLINE_CACHE_DIR=off), builds in the worker and serves from memory, with a warning saying so', async () => {
    const loaded = await loadStory(corpus, { cacheDir: null, worker: true });
    expect(loaded.fromSnapshot).toBe(false);
    expect(loaded.warnings.map((w) => `${w.file}: ${w.message}`).join('\n')).toMatch(
      /snapshot cache: off \(BYLINE_CACHE_DIR=off\): the story is served from memory/,
    );
    const inPlace = await loadStory(corpus, { cacheDir: null });
    expect(loaded.hash).toBe(inPlace.hash);
    expect(ask(loaded.story, 'Did Sessions offer to resign?')).toEqual(ask(inPlace.story, 'Did Sessions offer to resign?'));
  });

  it.skipIf(!existsSync('/dev/full'))('when the disk is full (ENOSPC), serves the story from memory with a warning that names the cause', async () => {
    const full = join(work, 'full-cache');
    mkdirSync(full);
    const { hash, story } = await loadStory(corpus, { cacheDir: null });
    // The snapshot is written to a temporary file first: linked to /dev/full, every write fails with ENOSPC, as on a full disk.
    symlinkSync('/dev/full', join(full, `story-${hash}.snapshot.${process.pid}.tmp`));
    const loaded = await loadStory(corpus, { cacheDir: full, worker: true });
    expect(loaded.warnings.map((w) => w.message).join('\n')).toMatch(/could not save the snapshot .*ENOSPC.*served from memory/);
    expect(loaded.story.sentences).toHaveLength(story.sentences.length);
    expect(readdirSync(full).filter((f) => f.startsWith('story-'))).toEqual([]);
  });
});
