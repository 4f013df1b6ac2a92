/**
 * `/reload` — re-read the articles without a restart (the bot's owner, or the managers of its home
 * server `BYLINE_ADMIN_GUILD_ID`). Reading files is the bot's job: it hands the command a
 * `reload` that reads them (once however many ask, at most once per cool-down), and the command
 * reports what came of it, a failure included, as a value the adapter renders.
 */
import type { AdminCommand } from './command.js';

/** What a finished reload reports. */
export interface ReloadDone {
  articles: number;
  hash: string;
  warnings: number;
}

/** What a reload gets: the story read again (by this call or one it joined), or a recent result and when to try again. */
export type ReloadOutcome<T> = { kind: 'done'; result: T } | { kind: 'recent'; result: T; secondsAgo: number; retryInSeconds: number };

/** What /reload acts with: the bot's reload. */
export interface ReloadTools {
  reload(): Promise<ReloadOutcome<ReloadDone>>;
}

/** What /reload answers: what the reload came to, or why it failed (the previous story stays served). */
export type ReloadAnswer = { kind: 'reloaded'; outcome: ReloadOutcome<ReloadDone> } | { kind: 'reload-failed'; error: unknown };

/** The reload command: the bot's admins only. */
export const reloadCommand = {
  kind: 'admin',
  name: 'reload',
  description: 'Re-read the articles without restarting the bot',
  access: 'admin',
  run: (tools) =>
    tools.reload().then(
      (outcome): ReloadAnswer => ({ kind: 'reloaded', outcome }),
      (error: unknown): ReloadAnswer => ({ kind: 'reload-failed', error }),
    ),
} satisfies AdminCommand<ReloadTools, ReloadAnswer>;
