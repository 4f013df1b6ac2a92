/** Byline's own messages between the shard manager and its shards, over discord.js's IPC channel. */

/** "Read the story again": a shard sends it after a /reload, and the manager passes it to the other shards. */
export const RELOAD_ALL = { byline: 'reload' } as const;

/** Whether an IPC message is {@link RELOAD_ALL}. */
export function isReloadAll(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { byline?: unknown }).byline === RELOAD_ALL.byline;
}
