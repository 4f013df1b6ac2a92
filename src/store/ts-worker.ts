/** Starts a worker thread on one of the project's TypeScript modules. */
import { Worker } from 'node:worker_threads';

/**
 * A worker running the module at `url` (a `.ts` file): it registers tsx's loader first, then
 * imports the module, which reads `workerData` and talks over `parentPort`.
 */
export function startTsWorker(url: URL, workerData: unknown): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
