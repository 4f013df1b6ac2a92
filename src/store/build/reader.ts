/** One reader worker of the parallel build, as promises of its messages in the order it sends them. */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../ts-worker.js';
import type { ArticleMetaInput, ArticleSource } from '../../core/types.js';
import type { BuildStep } from '../../core/build-story.js';
import type { FromReader, ToReader } from './reader-messages.js';

/** A started reader. */
export interface Reader {
  /** The reader's next message of this kind; rejects if it failed or stopped. */
  next<K extends 'readings' | 'reports'>(kind: K): Promise<Extract<FromReader, { kind: K }>>;
  send(message: ToReader): void;
  stop(): Promise<void>;
}

/** Starts a reader worker on `sources`; `onProgress` hears how many of them each step has done. */
export function startReader(
  sources: ArticleSource[],
  metadata: Record<string, ArticleMetaInput>,
  onProgress?: (step: BuildStep, done: number) => void,
): Reader {
  const worker: Worker = startTsWorker(new URL('./read-worker.ts', import.meta.url), { sources, metadata });
  const arrived: FromReader[] = [];
  const waiting: { resolve: (m: FromReader) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (message: FromReader) => {
    if (message.kind === 'failed') return fail(new Error(`a reader worker failed: ${message.message}`));
    if (message.kind === 'progress') return onProgress?.(message.step, message.done);
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else arrived.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a reader worker stopped (exit code ${code})`)));
  return {
    async next(kind) {
      if (arrived.length === 0 && failure) throw failure;
      const message = arrived.shift() ?? (await new Promise<FromReader>((resolve, reject) => waiting.push({ resolve, reject })));
      if (message.kind !== kind) throw new Error(`a reader worker sent ${message.kind}, not ${kind}`);
      return message as Extract<FromReader, { kind: typeof kind }>;
    },
    send: (message) => worker.postMessage(message),
    stop: async () => void (await worker.terminate()),
  };
}
