/**
 * Guards the story's reload, which is the costliest thing a command can do: reloads asked for
 * while one runs wait for it and share its result (ten at once read the story once), and after
 * one succeeds, the next may start only after a cool-down.
 */
import type { ReloadOutcome } from '../../commands/reload.js';

export type { ReloadOutcome };

/**
 * Wraps `load` so that concurrent calls share one load, and calls within `cooldownMs` of the last
 * successful one get its result instead of loading again. A failed load sets no cool-down.
 */
export function reloadGate<T>(load: () => Promise<T>, cooldownMs: number, now: () => number = Date.now): () => Promise<ReloadOutcome<T>> {
  let running: Promise<T> | null = null;
  let last: { at: number; result: T } | null = null;
  return async () => {
    if (!running && last && now() - last.at < cooldownMs) {
      const ago = now() - last.at;
      return { kind: 'recent', result: last.result, secondsAgo: Math.floor(ago / 1000), retryInSeconds: Math.ceil((cooldownMs - ago) / 1000) };
    }
    running ??= load().then(
      (result) => {
        last = { at: now(), result };
        running = null;
        return result;
      },
      (error: unknown) => {
        running = null;
        throw error;
      },
    );
    return { kind: 'done', result: await running };
  };
}
