/**
 * Renders pictures on a worker thread: one worker, started on the first picture and not keeping
 * the process alive; if it dies, the pictures under way fail and the next one starts another.
 * The last pictures drawn are kept by their SVG: the same page is asked for again and again (every
 * `/timeline`'s first page, a page shared, a page gone back to), and drawing one costs the worker
 * tens of milliseconds and a core that the answers share.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../store/ts-worker.js';

/** Turns SVG into PNG away from the caller's thread. */
export interface PictureRenderer {
  /** The PNG of an SVG drawn by us; rejects if the worker fails. */
  png(svg: string): Promise<Buffer>;
  /** Stops the worker (the next picture starts a new one). */
  close(): Promise<void>;
}

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

/** How many of the last pictures drawn are kept (a few megabytes: a picture's PNG is tens of kilobytes). */
const KEEP_PICTURES = 64;

/** A renderer on its own worker thread, keeping the last `keep` pictures it drew. */
export function pictureRenderer({ keep = KEEP_PICTURES }: { keep?: number } = {}): PictureRenderer {
  let worker: Worker | null = null;
  // By SVG, oldest first: a picture asked for again moves to the end; one under way is shared.
  const drawn = new Map<string, Promise<Buffer>>();
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = null;
  };
  const start = (): Worker => {
    const started = startTsWorker(new URL('./picture-worker.ts', import.meta.url), null);
    started.unref();
    started.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const p = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) started.unref();
      if (png) p?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else p?.reject(new Error(`the picture could not be drawn: ${error}`));
    });
    started.on('error', (error) => worker === started && failAll(error));
    started.on('exit', (code) => worker === started && failAll(new Error(`the picture worker stopped (exit code ${code})`)));
    return started;
  };
  return {
    png(svg) {
      const kept = drawn.get(svg);
      if (kept) {
        drawn.delete(svg);
        drawn.set(svg, kept);
        return kept;
      }
      const done = draw(svg);
      drawn.set(svg, done);
      if (drawn.size > keep) drawn.delete(drawn.keys().next().value!);
      // A picture that failed is drawn again when asked for again.
      done.catch(() => drawn.get(svg) === done && drawn.delete(svg));
      return done;
    },
    async close() {
      const stopping = worker;
      worker = null;
      drawn.clear();
      if (stopping) await stopping.terminate();
      failAll(new Error('the picture renderer was closed'));
    },
  };

  function draw(svg: string): Promise<Buffer> {
    worker ??= start();
    // A picture under way keeps the process alive until it is drawn.
    worker.ref();
    const id = nextId++;
    const done = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ id, svg });
    return done;
  }
}
