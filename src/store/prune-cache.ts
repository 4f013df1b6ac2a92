/**
 * Keeps the snapshot cache from growing with every upgrade or edited corpus: after a snapshot is
 * written, old ones go. A snapshot stays while it is among the few most recently used, or was used
 * within a day; a running bot marks the one it serves as used every hour, so that a respawned
 * shard or a /reload still finds it however many other snapshots are written meanwhile.
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** What the cache keeps: the most recently used snapshots, anything used within a day, a half-written file for an hour. */
export const KEEP = { snapshots: 3, usedWithinMs: 24 * 3600_000, unfinishedMs: 3600_000 };

/** Removes the snapshots the cache need not keep, those of the old JSON format, half-written files and the records of removed snapshots. Best effort, file by file. */
export function pruneCache(cacheDir: string, now = Date.now()): void {
  const entries = list(cacheDir);
  const snapshots = entries.filter((e) => /^story-[0-9a-f]+\.snapshot$/.test(e.name)).sort((a, b) => b.used - a.used);
  const stale = [
    ...snapshots.slice(KEEP.snapshots).filter((e) => now - e.used > KEEP.usedWithinMs),
    ...entries.filter((e) => /^story-[0-9a-f]+\.json$/.test(e.name)),
    ...entries.filter((e) => e.name.endsWith('.tmp') && now - e.used > KEEP.unfinishedMs),
  ];
  for (const e of stale) remove(join(cacheDir, e.name));
  // A corpus record whose snapshot is gone only sends the next start to read the corpus: removed too.
  const kept = new Set(list(cacheDir).map((e) => e.name));
  for (const e of entries.filter((e) => /^corpus-.*\.json$/.test(e.name))) {
    const hash = recordedHash(join(cacheDir, e.name));
    if (hash !== null && !kept.has(`story-${hash}.snapshot`)) remove(join(cacheDir, e.name));
  }
}

/** A snapshot read or served is one in use: its time says so. */
export function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache is still read; it is only never pruned.
  }
}

let holding: NodeJS.Timeout | null = null;

/** Marks the snapshot this process serves as used now and every hour (the one before it is let go). */
export function holdSnapshot(path: string | null): void {
  if (holding) clearInterval(holding);
  holding = null;
  if (!path) return;
  markUsed(path);
  holding = setInterval(() => markUsed(path), 3600_000);
  holding.unref();
}

function list(cacheDir: string): { name: string; used: number }[] {
  try {
    return readdirSync(cacheDir).flatMap((name) => {
      try {
        return [{ name, used: statSync(join(cacheDir, name)).mtimeMs }];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function recordedHash(path: string): string | null {
  try {
    const hash = (JSON.parse(readFileSync(path, 'utf8')) as { hash?: unknown }).hash;
    return typeof hash === 'string' ? hash : null;
  } catch {
    return null;
  }
}

function remove(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing is lost: a file left behind only takes room.
  }
}
