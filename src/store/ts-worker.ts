/** Starts a worker thread on one of the project's TypeScript modules, from source or compiled. */
import { Worker } from 'node:worker_threads';

/** Whether this process runs the compiled JavaScript (`npm run build`, `node dist/...`) rather than the TypeScript sources through tsx. */
export const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/**
 * The module at `url` (written as its `.ts` source) as this process runs it: the source under
 * tsx, its compiled `.js` beside this one in dist/.
 */
export function runnableModule(url: URL): URL {
  return RUNNING_COMPILED ? new URL(url.href.replace(/\.ts$/, '.js')) : url;
}

/**
 * A worker running the module at `url` (a `.ts` file), which reads `workerData` and talks over
 * `parentPort`. From source, the worker registers tsx's loader first, then imports the module;
 * compiled, plain node runs the module's `.js`.
 */
export function startTsWorker(url: URL, workerData: unknown): Worker {
  if (RUNNING_COMPILED) return new Worker(runnableModule(url), { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
