/**
 * The snapshot cache: a built story saved in `.cache/` under a key made of the corpus files and
 * the snapshot version (see snapshot-version.ts), loaded at start while valid. Any change to an
 * article or to the pipeline gives another key; a corrupt or unreadable snapshot is ignored with a warning. The file
 * is the snapshot's bytes after their SHA-256, so that damage anywhere in it is seen, not trusted.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { markUsed, pruneCache } from './prune-cache.js';
import { join } from 'node:path';
import type { IngestWarning, Story, StoryData } from '../core/types.js';
import { encodeSnapshot } from '../core/snapshot/encode-snapshot.js';
import { decodeSnapshot, decodeSnapshotSteps } from '../core/snapshot/decode-snapshot.js';
import { runInSlices } from './run-in-slices.js';
import type { Thesaurus } from '../core/index/thesaurus.js';

/** Where the snapshot of a corpus with this hash lives. */
export function snapshotPath(cacheDir: string, corpusHash: string): string {
  return join(cacheDir, `story-${corpusHash}.snapshot`);
}

const DIGEST_BYTES = 32;

/** The cached story, or null (with the reason in `warn`) when there is none or it cannot be trusted. */
export function readSnapshot(path: string, thesaurus: Thesaurus | undefined, warn: (message: string) => void): Story | null {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return null;
  }
  try {
    const bytes = file.subarray(DIGEST_BYTES);
    if (file.length < DIGEST_BYTES || !digestOf(bytes).equals(file.subarray(0, DIGEST_BYTES))) throw new Error('its checksum does not match');
    const story = decodeSnapshot(bytes, { thesaurus });
    markUsed(path);
    return story;
  } catch (error) {
    return refuse(path, error, warn);
  }
}

/**
 * `readSnapshot` for a thread that keeps serving meanwhile: the file is read and its checksum
 * worked out off this thread, and the story decoded a few milliseconds at a time.
 */
export async function readSnapshotAsync(path: string, thesaurus: Thesaurus | undefined, warn: (message: string) => void): Promise<Story | null> {
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch {
    return null;
  }
  try {
    const bytes = file.subarray(DIGEST_BYTES);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    if (file.length < DIGEST_BYTES || !digest.equals(file.subarray(0, DIGEST_BYTES))) throw new Error('its checksum does not match');
    const story = await decodeInSlices(bytes, thesaurus);
    markUsed(path);
    return story;
  } catch (error) {
    return refuse(path, error, warn);
  }
}

/** A snapshot's bytes decoded a few milliseconds at a time (see `runInSlices`). */
export function decodeInSlices(bytes: Uint8Array, thesaurus: Thesaurus | undefined): Promise<Story> {
  return runInSlices(decodeSnapshotSteps(bytes, { thesaurus }));
}

/** A snapshot that cannot be trusted: said, and removed so that it is built again. */
function refuse(path: string, error: unknown, warn: (message: string) => void): null {
  warn(`snapshot ${path} is corrupt or stale (${(error as Error).message}); rebuilding`);
  try {
    rmSync(path, { force: true });
  } catch {
    // A read-only cache: the snapshot stays, and is read and refused again next time.
  }
  return null;
}

function digestOf(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** A corpus's hash and read warnings, remembered under its files' fingerprint. */
export interface KnownCorpus {
  hash: string;
  warnings: IngestWarning[];
}

function knownPath(cacheDir: string, fingerprint: string): string {
  return join(cacheDir, `corpus-${fingerprint}.json`);
}

/** The hash remembered for a fingerprint, or null (also for a file that is not one). */
export function readKnownCorpus(cacheDir: string, fingerprint: string): KnownCorpus | null {
  try {
    const known = JSON.parse(readFileSync(knownPath(cacheDir, fingerprint), 'utf8')) as KnownCorpus;
    return typeof known.hash === 'string' && /^[0-9a-f]{8}$/.test(known.hash) && Array.isArray(known.warnings) ? known : null;
  } catch {
    return null;
  }
}

/** Remembers a corpus's hash under its fingerprint (best effort: without it the corpus is read again). */
export function rememberCorpus(cacheDir: string, fingerprint: string, known: KnownCorpus): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(knownPath(cacheDir, fingerprint), JSON.stringify(known));
  } catch {
    // Nothing is lost: the next start reads and hashes the corpus again.
  }
}

/**
 * Saves a story's snapshot (written aside, then renamed, so a reader never sees half a file).
 * False when it could not be saved (a full disk, a read-only folder): the warning names the cause.
 */
export function writeSnapshot(path: string, story: StoryData, warn: (message: string) => void): boolean {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const bytes = encodeSnapshot(story);
    const fd = openSync(temporary, 'w');
    try {
      writeFileSync(fd, digestOf(bytes));
      writeFileSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    warn(`could not save the snapshot ${path} (${(error as Error).message}); the story is served from memory and will be built again next time`);
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Left for pruning, which removes half-written files after an hour.
    }
    return false;
  }
  pruneCache(join(path, '..'));
  return true;
}
