/**
 * The Discord adapter's one entry point: routes each interaction (slash command, autocomplete,
 * context menu, button, select menu, and anything else Discord sends) to its handler, so that every one gets
 * an answer; one that needs the story while it is being read waits for it, acknowledged (see
 * wait-for-story.ts). An interaction delivered twice is answered once; the answers under way can be waited
 * for before a shutdown. One try/catch turns an unexpected error into a logged incident and a
 * short private apology.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { findAppCommand } from '../../commands/index.js';
import type { Logger } from '../app/log.js';
import { answerMessageCommand, answerSlash } from './answer-command.js';
import { autocompleteChoices } from './autocomplete.js';
import { createButtonHandler } from './handle-button.js';
import { createAdminHandler, type ReloadDeps } from './handle-admin.js';
import { recentIds } from './recent-ids.js';
import { pagePictures } from './page-picture.js';
import { pictureRenderer, type PictureRenderer } from '../render/picture-renderer.js';
import { LOADING, PRIVATE, RESTARTING, UNKNOWN } from './replies.js';
import { reply } from './respond.js';
import { storyWaitingRoom, type StoryInteraction, type WaitOptions } from './wait-for-story.js';

/** What the handler needs: the story, a logger, and how to reload (and who may). */
export interface HandlerDeps extends ReloadDeps {
  /** Seconds a user waits between two shares. */
  shareCooldownSeconds?: number;
  /** Draws pictures (a worker thread of its own unless given). */
  pictures?: PictureRenderer;
  /** How many interactions may wait for the story while it is read, and how long (default: 1,000, 14 minutes). */
  storyWait?: WaitOptions;
}

/** What an interaction that waited in vain for the story is told. */
export const WAITED_IN_VAIN = 'Sorry, the story is taking longer to read than Discord lets me wait to answer. Please try again in a few minutes.';

/** Handles interactions; `drain` waits for the answers under way. */
export interface InteractionHandler {
  (interaction: Interaction): Promise<void>;
  /** Resolves true once no answer is under way, or false after `ms` with some still going, each told it was cut short. */
  drain(ms: number): Promise<boolean>;
}

/** Builds the interaction handler. */
export function createInteractionHandler(deps: HandlerDeps): InteractionHandler {
  const { holder, logger } = deps;
  const pictures = pagePictures(deps.pictures ?? pictureRenderer(), logger);
  const button = createButtonHandler(holder, pictures, deps.shareCooldownSeconds);
  const admin = createAdminHandler(deps);
  const waitForStory = storyWaitingRoom(holder, deps.storyWait);
  const seen = recentIds();
  const underWay = new Map<Promise<void>, Interaction>();
  // An admin command acts on the bot (behind its access check); the others answer from the story.
  const slash = (interaction: ChatInputCommandInteraction) => {
    const adminCommand = adminCommandOf(interaction);
    return adminCommand ? admin(interaction, adminCommand) : answerSlash(interaction, holder, pictures);
  };
  const route = async (interaction: Interaction): Promise<void> => {
    try {
      if (needsStory(interaction)) {
        const waited = await waitForStory(interaction);
        if (waited === 'full') {
          logger.warn('too many interactions waiting for the story; told to try again', { interaction: interaction.id });
          return void (await interaction.reply({ content: LOADING, ...PRIVATE }));
        }
        if (waited === 'late') return void (await reply(interaction, { content: WAITED_IN_VAIN, ...PRIVATE }));
      }
      if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
      else if (interaction.isChatInputCommand()) await slash(interaction);
      else if (interaction.isMessageContextMenuCommand()) await answerMessageCommand(interaction, holder, pictures);
      else if (interaction.isButton() || interaction.isStringSelectMenu()) await button(interaction);
      // Other menus, modals, user commands: none is ours, but each still gets an answer.
      else if (interaction.isRepliable()) await interaction.reply({ content: UNKNOWN, ...PRIVATE });
    } catch (error) {
      logger.error('interaction failed', {
        interaction: interaction.id,
        type: interaction.type,
        command: 'commandName' in interaction ? interaction.commandName : undefined,
        user: interaction.user.id,
        error,
      });
      await apologize(interaction, logger);
    }
  };
  const handle = (async (interaction: Interaction) => {
    if (!seen.firstSight(interaction.id)) return void logger.debug('interaction delivered again; already answered', { interaction: interaction.id });
    const answering = route(interaction);
    underWay.set(answering, interaction);
    await answering.finally(() => underWay.delete(answering));
  }) as InteractionHandler;
  handle.drain = async (ms) => {
    const deadline = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
    // Answers that start while we wait are waited for too.
    while (underWay.size > 0) {
      if ((await Promise.race([Promise.allSettled([...underWay.keys()]).then(() => true), deadline])) === false) {
        await tellCutShort([...underWay.values()], logger);
        return false;
      }
    }
    return true;
  };
  return handle;
}

/** How long telling the answers cut short may take: the process is about to be killed. */
const TELL_CUT_SHORT_MS = 1500;

/** Tells each interaction still being answered at a shutdown that it was cut short (a deferred one would else show "thinking" until it fails). */
async function tellCutShort(interactions: Interaction[], logger: Logger): Promise<void> {
  const told = interactions.map(async (interaction) => {
    if (!interaction.isRepliable()) return;
    try {
      await reply(interaction, { content: RESTARTING, ...PRIVATE });
    } catch (error) {
      logger.warn('could not tell an interaction its answer was cut short', { interaction: interaction.id, error });
    }
  });
  await Promise.race([Promise.allSettled(told), new Promise((resolve) => setTimeout(resolve, TELL_CUT_SHORT_MS).unref())]);
}

/** The admin command a slash command names (it acts on the bot, not on the story), if it names one. */
function adminCommandOf(interaction: ChatInputCommandInteraction) {
  return findAppCommand('admin', interaction.commandName);
}

/** Commands (but admin commands such as /reload, which reads the story itself), the context menu, buttons and select menus answer from the story. */
function needsStory(interaction: Interaction): interaction is StoryInteraction {
  if (interaction.isChatInputCommand()) return !adminCommandOf(interaction);
  return interaction.isMessageContextMenuCommand() || interaction.isButton() || interaction.isStringSelectMenu();
}

async function autocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const story = deps.holder.current?.story;
  const focused = interaction.options.getFocused(true);
  await interaction.respond(story ? autocompleteChoices(story, findAppCommand('slash', interaction.commandName), focused.name, String(focused.value)) : []);
}

async function apologize(interaction: Interaction, logger: Logger): Promise<void> {
  const apology = { content: 'Sorry, something went wrong on my side. It has been logged; please try again.', ...PRIVATE };
  try {
    // An autocomplete cannot be told anything: it gets no choices rather than a spinner.
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (!interaction.isRepliable()) return;
    else if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (error) {
    logger.warn('could not apologise', { interaction: interaction.id, error });
  }
}
