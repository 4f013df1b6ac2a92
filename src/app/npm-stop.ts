/**
 * `npm start` runs us under a shell, and a SIGTERM sent to npm alone (as a process manager sends
 * it) kills that shell without passing the signal on. Under `npm start` only, a process whose
 * parent has gone sends itself the SIGTERM npm meant, so the bot, a shard manager or the console
 * stops as it would on SIGTERM instead of running on unseen. A bot started any other way (nohup,
 * a service, a deploy script that exits) is left alone.
 */

/** Watches for npm's shell going away when run by `npm start`; does nothing otherwise. */
export function stopWithNpm(env: NodeJS.ProcessEnv = process.env): void {
  if (env.npm_lifecycle_event !== 'start') return;
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, 'SIGTERM');
  }, 500);
  watch.unref();
}
