/**
 * Renders pictures on a worker thread: one worker, started on the first picture and not keeping
 * the process alive; if it dies, the pictures under way fail and the next one starts another.
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

/** A renderer on its own worker thread. */
export function pictureRenderer(): PictureRenderer {
  let worker: Worker | null = null;
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
      worker ??= start();
      // A picture under way keeps the process alive until it is drawn.
      worker.ref();
      const id = nextId++;
      const done = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, svg });
      return done;
    },
    async close() {
      const stopping = worker;
      worker = null;
      if (stopping) await stopping.terminate();
      failAll(new Error('the picture renderer was closed'));
    },
  };
}
