/**
 * Admin commands (`/reload`): declared `access: 'admin'`, so only for the bot's owner or its home
 * server's managers (see admin-access.ts). The story is read once however many ask at once, at
 * most once per cool-down, and a failure is told to the admin who asked, with its reason, while
 * the previous story stays served.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { AppCommand } from '../../commands/index.js';
import type { ReloadAnswer, ReloadDone } from '../../commands/reload.js';
import type { Logger } from '../app/log.js';
import { adminAccess } from './admin-access.js';
import { escapeText } from './escape.js';
import { LIMITS, truncate } from './limits.js';
import { reloadGate } from './reload-gate.js';
import { PRIVATE } from './replies.js';
import { acknowledge } from './respond.js';
import { countOf } from '../core/text/count-of.js';
import type { StoryHolder } from './story-holder.js';

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

/** An admin command as the bot runs it. */
export type AdminCommandOf = Extract<AppCommand, { kind: 'admin' }>;

/** The admin commands' handler. */
export function createAdminHandler(deps: ReloadDeps): (interaction: ChatInputCommandInteraction, command: AdminCommandOf) => Promise<void> {
  const cooldown = deps.reloadCooldownSeconds ?? 30;
  const mayAct = adminAccess(deps.adminGuildId ?? null);
  const tools = { reload: reloadGate(deps.reload, cooldown * 1000) };
  return async (interaction, command) => {
    if (command.access === 'admin') {
      const access = await mayAct(interaction);
      if (!access.allowed) return void (await interaction.reply({ content: access.reason, ...PRIVATE }));
    }
    // Join (or start) the reload before the deferral's round trip: an admin asking while one runs
    // shares it, however long Discord takes to acknowledge. Its failure is an answer, told below.
    const answering = command.run(tools);
    await acknowledge(interaction);
    const answer = await answering;
    if (answer.kind === 'reload-failed') deps.logger.error('could not read the story again', { user: interaction.user.id, error: answer.error });
    await interaction.editReply({ content: truncate(reloadText(answer, deps.holder, cooldown), LIMITS.content), allowedMentions: { parse: [] } });
  };
}

/** What /reload tells the admin who asked. */
function reloadText(answer: ReloadAnswer, holder: StoryHolder, cooldown: number): string {
  if (answer.kind === 'reload-failed') {
    const serving = holder.current
      ? `Still answering from the previous version (${holder.current.hash}).`
      : 'There is no story to answer from until it can be read.';
    return `Could not re-read the story: ${escapeText((answer.error as Error).message)}. ${serving}`;
  }
  const { outcome } = answer;
  const done = outcome.result;
  const what = `${countOf(done.articles, 'article')} (version ${done.hash})`;
  return outcome.kind === 'done'
    ? `Re-read the story: ${what}${done.warnings ? `, ${done.warnings} warnings in the log` : ''}.`
    : `The story was re-read ${outcome.secondsAgo} seconds ago: ${what}. It can be re-read once every ${cooldown} seconds; try again in ${outcome.retryInSeconds} seconds.`;
}
