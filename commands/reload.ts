/**
 * `/reload` — re-read the articles without a restart (the bot's owner, or the managers of its home
 * server `BYLINE_ADMIN_GUILD_ID`). Reading files is the adapter's job, so this file holds the
 * definition; the bot carries it out (src/discord/handle-reload.ts).
 */
export const reloadCommand = {
  name: 'reload',
  description: 'Re-read the articles without restarting the bot',
  /** Who may use it: the bot's owner anywhere, and the home server's managers there. */
  requires: 'owner-or-home-server-manager',
} as const;
