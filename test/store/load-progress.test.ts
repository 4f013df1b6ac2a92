import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byPercent, describeProgress, progressLines, type LoadProgress } from '../../src/store/load-progress.js';
import { loadStory } from '../../src/store/load-story.js';
import { progressBar } from '../../src/terminal/progress-bar.js';
import { SEEDS } from '../fixtures/read-fixture.js';

describe('describeProgress', () => {
  it.each<[LoadProgress, string]>([
    [{ step: 'files', done: 3, total: 5 }, 'reading files 3/5 (60%)'],
    [{ step: 'articles', done: 1200, total: 2000 }, 'reading articles 1,200/2,000 (60%)'],
    [{ step: 'quotes', done: 1999, total: 2000 }, 'finding quotes and dates 1,999/2,000 (99%)'],
  ])('%j → %s', (progress, expected) => expect(describeProgress(progress)).toBe(expected));
});

describe('byPercent', () => {
  it('passes on one report per whole percent of a step, 0 to 100', () => {
    const heard: number[] = [];
    const report = byPercent((p) => heard.push(p.done));
    for (let done = 1; done <= 1000; done++) report({ step: 'articles', done, total: 1000 });
    expect(heard.length).toBe(101);
    expect(heard.at(-1)).toBe(1000);
  });
});

describe('progressLines', () => {
  it('writes nothing for a load quicker than the interval, then at most a line per interval', () => {
    let clock = 0;
    const lines: string[] = [];
    const report = progressLines(
      (line) => lines.push(line),
      5000,
      () => clock,
    );
    report({ step: 'files', done: 1, total: 10 });
    clock = 4999;
    report({ step: 'files', done: 9, total: 10 });
    expect(lines).toEqual([]);
    clock = 5000;
    report({ step: 'articles', done: 2, total: 10 });
    clock = 7000;
    report({ step: 'articles', done: 5, total: 10 });
    clock = 10_000;
    report({ step: 'quotes', done: 1, total: 10 });
    expect(lines).toEqual(['loading the story: reading articles 2/10 (20%)', 'loading the story: finding quotes and dates 1/10 (10%)']);
  });
});

describe('progressBar', () => {
  it('draws one line in place, cut to the terminal’s width, and clears it', () => {
    let clock = 0;
    const written: string[] = [];
    const bar = progressBar({ write: (text) => written.push(text), columns: 40 }, () => clock);
    bar.onProgress({ step: 'files', done: 1, total: 2 });
    expect(written).toEqual([]);
    clock = 1000;
    bar.onProgress({ step: 'articles', done: 1, total: 2 });
    expect(written).toEqual(['\r\x1b[2K[############------------] reading arti']);
    bar.clear();
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
});

describe('loadStory with onProgress', () => {
  it.each([false, true])(
    'reports every file read and every article built (worker: %s), and nothing when the snapshot serves',
    async (worker) => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'byline-progress-'));
      try {
        const heard: LoadProgress[] = [];
        await loadStory(SEEDS, { cacheDir, worker, onProgress: (p) => heard.push(p) });
        expect(heard.filter((p) => p.step === 'files').at(-1)).toEqual({ step: 'files', done: 5, total: 5 });
        expect(heard.filter((p) => p.step === 'articles').at(-1)).toEqual({ step: 'articles', done: 5, total: 5 });
        expect(heard.filter((p) => p.step === 'quotes').at(-1)).toEqual({ step: 'quotes', done: 5, total: 5 });
        const again: LoadProgress[] = [];
        await loadStory(SEEDS, { cacheDir, worker, onProgress: (p) => again.push(p) });
        expect(again).toEqual([]);
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
