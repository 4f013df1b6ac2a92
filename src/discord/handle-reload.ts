/**
 * `/reload`: only for the bot's owner or its home server's managers (see admin-access.ts), read
 * once however many ask at once, at most once per cool-down, and a failure is told to the admin
 * who asked, with its reason, while the previous story stays served.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from '../app/log.js';
import { adminAccess } from './admin-access.js';
import { escapeText } from './escape.js';
import { LIMITS, truncate } from './limits.js';
import { reloadGate } from './reload-gate.js';
import { PRIVATE } from './replies.js';
import { countOf } from '../core/text/count-of.js';
import type { StoryHolder } from './story-holder.js';

/** What a finished reload reports. */
export interface ReloadDone {
  articles: number;
  hash: string;
  warnings: number;
}

/** What /reload needs. */
export interface ReloadDeps {
  holder: StoryHolder;
  logger: Logger;
  /** Reads the story again and starts serving it. */
  reload: () => Promise<ReloadDone>;
  /** The bot's home server, whose managers may reload; null: the bot's owner only. */
  adminGuildId?: string | null;
  /** Seconds after a reload before the next may start. */
  reloadCooldownSeconds?: number;
}

/** The /reload handler. */
export function createReloadHandler(deps: ReloadDeps): (interaction: ChatInputCommandInteraction) => Promise<void> {
  const cooldown = deps.reloadCooldownSeconds ?? 30;
  const mayReload = adminAccess(deps.adminGuildId ?? null);
  const reload = reloadGate(deps.reload, cooldown * 1000);
  return async (interaction) => {
    const access = await mayReload(interaction);
    if (!access.allowed) return void (await interaction.reply({ content: access.reason, ...PRIVATE }));
    // Join (or start) the reload before the deferral's round trip: an admin asking while one runs
    // shares it, however long Discord takes to acknowledge. Its failure is reported below.
    const reloading = reload();
    reloading.catch(() => undefined);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let content: string;
    try {
      const outcome = await reloading;
      const done = outcome.result;
      const what = `${countOf(done.articles, 'article')} (version ${done.hash})`;
      content =
        outcome.kind === 'done'
          ? `Re-read the story: ${what}${done.warnings ? `, ${done.warnings} warnings in the log` : ''}.`
          : `The story was re-read ${outcome.secondsAgo} seconds ago: ${what}. It can be re-read once every ${cooldown} seconds; try again in ${outcome.retryInSeconds} seconds.`;
    } catch (error) {
      deps.logger.error('could not read the story again', { user: interaction.user.id, error });
      const serving = deps.holder.current
        ? `Still answering from the previous version (${deps.holder.current.hash}).`
        : 'There is no story to answer from until it can be read.';
      content = `Could not re-read the story: ${escapeText((error as Error).message)}. ${serving}`;
    }
    await interaction.editReply({ content: truncate(content, LIMITS.content), allowedMentions: { parse: [] } });
  };
}
