/**
 * Interactions that arrive while the story is being read: acknowledged at once (Discord allows
 * three seconds) and answered once the story is served, within the fifteen minutes an
 * interaction's token lives. The number waiting is bounded; beyond it, the old "try again" reply.
 */
import type { ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { StoryHolder } from './story-holder.js';
import { acknowledge } from './respond.js';

/** How many interactions may wait for the story at once. */
export const WAIT_LIMIT = 1000;
/** How long one waits: under Discord's fifteen minutes, with time left to say it waited in vain. */
export const WAIT_MS = 14 * 60_000;

/** An interaction whose answer needs the story. */
export type StoryInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction | StringSelectMenuInteraction;

/** `served`: answer now (at once, or after waiting); `full`: too many wait, nothing was sent; `late`: acknowledged, but no story came in time. */
export type Waited = 'served' | 'full' | 'late';

/** How many may wait, and how long. */
export interface WaitOptions {
  limit?: number;
  waitMs?: number;
}

/** A function that returns at once while a story is served, else acknowledges the interaction and waits for one. */
export function storyWaitingRoom(holder: StoryHolder, options: WaitOptions = {}): (interaction: StoryInteraction) => Promise<Waited> {
  const limit = options.limit ?? WAIT_LIMIT;
  const waitMs = options.waitMs ?? WAIT_MS;
  let waiting = 0;
  return async (interaction) => {
    if (holder.current) return 'served';
    if (waiting >= limit) return 'full';
    waiting++;
    let timer: NodeJS.Timeout | undefined;
    try {
      // A command gets a private "thinking…" reply to fill in; a button or menu leaves its message as it is meanwhile.
      await acknowledge(interaction);
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs)));
      return await Promise.race([holder.whenServed().then(() => 'served' as const), late]);
    } finally {
      clearTimeout(timer);
      waiting--;
    }
  };
}
