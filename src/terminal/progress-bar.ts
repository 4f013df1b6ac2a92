/**
 * A progress bar for a long story load on a terminal: one line on stderr, redrawn in place at
 * most ten times a second, and removed once the load is done. A load quicker than a third of a
 * second shows none.
 */
import { describeProgress, percentOf, type OnProgress } from '../store/load-progress.js';

const WIDTH = 24;
const REDRAW_MS = 100;
const FIRST_AFTER_MS = 300;

/** Where the bar is drawn: a terminal's stream (its width, when known). */
export interface BarStream {
  write(text: string): unknown;
  columns?: number;
}

/** A bar on `stream`: `onProgress` draws it, `clear` removes it. */
export function progressBar(stream: BarStream, now: () => number = () => performance.now()): { onProgress: OnProgress; clear(): void } {
  let drawn = false;
  let next = now() + FIRST_AFTER_MS;
  return {
    onProgress: (p) => {
      if (now() < next) return;
      next = now() + REDRAW_MS;
      const filled = Math.round((percentOf(p) / 100) * WIDTH);
      const line = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${describeProgress(p)}`;
      // Carriage return and erase-line: the bar overwrites itself; cut to the width so it never wraps.
      stream.write(`\r\x1b[2K${line.slice(0, Math.max(10, (stream.columns || 80) - 1))}`);
      drawn = true;
    },
    clear: () => {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
