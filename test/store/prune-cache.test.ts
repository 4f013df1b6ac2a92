import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdSnapshot, pruneCache } from '../../src/store/prune-cache.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
let dir = '';
afterEach(() => {
  holdSnapshot(null);
  rmSync(dir, { recursive: true, force: true });
});

/** A cache folder holding files last used the given time ago (milliseconds before now). */
function cacheWith(files: Record<string, number>, content: (name: string) => string = () => 'x'): string {
  dir = mkdtempSync(join(tmpdir(), 'byline-prune-'));
  for (const [name, ago] of Object.entries(files)) {
    writeFileSync(join(dir, name), content(name));
    const when = new Date(Date.now() - ago);
    utimesSync(join(dir, name), when, when);
  }
  return dir;
}

const left = () => readdirSync(dir).sort();

describe('pruneCache', () => {
  it('keeps the three most recently used snapshots, and any used within a day; removes the older ones', () => {
    cacheWith({
      'story-0000000a.snapshot': 1 * HOUR,
      'story-0000000b.snapshot': 2 * HOUR,
      'story-0000000c.snapshot': 3 * HOUR,
      'story-0000000d.snapshot': 20 * HOUR,
      'story-0000000e.snapshot': 2 * DAY,
      'story-0000000f.snapshot': 30 * DAY,
    });
    pruneCache(dir);
    expect(left()).toEqual(['story-0000000a.snapshot', 'story-0000000b.snapshot', 'story-0000000c.snapshot', 'story-0000000d.snapshot']);
  });

  it('keeps three snapshots however old, when there are no others', () => {
    cacheWith({ 'story-0000000a.snapshot': 40 * DAY, 'story-0000000b.snapshot': 50 * DAY, 'story-0000000c.snapshot': 60 * DAY });
    pruneCache(dir);
    expect(left()).toHaveLength(3);
  });

  it('removes snapshots of the old JSON format, and half-written files after an hour', () => {
    cacheWith({
      'story-0000000a.json': 1000,
      'story-0000000b.snapshot.123.tmp': 2 * HOUR,
      'story-0000000c.snapshot.456.tmp': 1000,
      'story-0000000d.snapshot': 1000,
    });
    pruneCache(dir);
    expect(left()).toEqual(['story-0000000c.snapshot.456.tmp', 'story-0000000d.snapshot']);
  });

  it('removes the record of a corpus whose snapshot is gone, and keeps the others', () => {
    const records: Record<string, string> = {
      'corpus-aa-11.json': '{"hash":"0000000a","warnings":[]}',
      'corpus-bb-22.json': '{"hash":"0000000f","warnings":[]}',
    };
    cacheWith(
      {
        'story-0000000a.snapshot': 1000,
        'story-0000000b.snapshot': 2000,
        'story-0000000c.snapshot': 3000,
        'story-0000000f.snapshot': 40 * DAY,
        ...Object.fromEntries(Object.keys(records).map((name) => [name, 1000])),
      },
      (name) => records[name] ?? 'x',
    );
    pruneCache(dir);
    expect(left()).toEqual(['corpus-aa-11.json', 'story-0000000a.snapshot', 'story-0000000b.snapshot', 'story-0000000c.snapshot']);
  });

  it('marks the snapshot a running bot holds as used at once and every hour after, so that it is never among the old', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    cacheWith({ 'story-0000000a.snapshot': 30 * DAY, 'story-0000000b.snapshot': 1000, 'story-0000000c.snapshot': 2000, 'story-0000000d.snapshot': 3000 });
    const held = join(dir, 'story-0000000a.snapshot');
    const age = () => Date.now() - statSync(held).mtimeMs;
    holdSnapshot(held);
    expect(age()).toBeLessThan(60_000);
    const longAgo = new Date(Date.now() - 30 * DAY);
    utimesSync(held, longAgo, longAgo);
    vi.advanceTimersByTime(HOUR);
    expect(age()).toBeLessThan(60_000);
    pruneCache(dir);
    expect(left()).toContain('story-0000000a.snapshot');
    vi.useRealTimers();
  });
});
