/**
 * `/reload` — re-read the articles without a restart (Manage Server only). Reading files is the
 * adapter's job, so this file holds the definition; the bot carries it out.
 */
export const reloadCommand = {
  name: 'reload',
  description: 'Re-read the articles without restarting the bot',
  /** Only members who may manage the server see and use it. */
  requires: 'manage-server',
} as const;
