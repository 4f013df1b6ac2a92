/**
 * The Discord adapter's one entry point: maps each interaction (slash command, autocomplete,
 * context menu, button) to a command's arguments, runs it, renders the answer and replies. One
 * try/catch turns an unexpected error into a logged incident and a short private apology.
 */
import { ComponentType, MessageFlags, PermissionFlagsBits, type APIActionRowComponent, type APIComponentInMessageActionRow, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { findCommand } from '../../commands/index.js';
import { reloadCommand } from '../../commands/reload.js';
import { whoSaidThisCommand } from '../../commands/who-said-this.js';
import type { Answer, UsageError } from '../../commands/command.js';
import type { Logger } from '../log.js';
import { autocompleteChoices } from './autocomplete.js';
import { askedFromFooter, buildPage, type Asked } from './build-message.js';
import { decodeButton } from './custom-id.js';
import { renderItems } from './render-items.js';
import type { StoryHolder } from './story-holder.js';
import { contextReply, disableShare, sharedMessage } from './button-replies.js';

/** What the handler needs: the story, a logger, and how to reload. */
export interface HandlerDeps {
  holder: StoryHolder;
  logger: Logger;
  reload: () => Promise<{ articles: number; hash: string; warnings: number }>;
  /** Seconds a user waits between two shares. */
  shareCooldownSeconds?: number;
}

const PRIVATE = { flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
const LOADING = 'Still reading the story; try again in a minute.';
const EXPIRED = 'This button is from an older version of the story and has expired. Run the command again for a fresh answer.';

/** Builds the interaction handler. */
export function createInteractionHandler(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  const lastShare = new Map<string, number>();
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
      else if (interaction.isChatInputCommand()) await chatInput(interaction, deps);
      else if (interaction.isMessageContextMenuCommand()) await contextMenu(interaction, deps);
      else if (interaction.isButton()) await button(interaction, deps, lastShare);
    } catch (error) {
      deps.logger.error('interaction failed', { interaction: interaction.id, type: interaction.type, command: 'commandName' in interaction ? interaction.commandName : undefined, user: interaction.user.id, error });
      await apologize(interaction, deps.logger);
    }
  };
}

async function autocomplete(interaction: AutocompleteInteraction, deps: HandlerDeps): Promise<void> {
  const story = deps.holder.current?.story;
  const focused = interaction.options.getFocused(true);
  await interaction.respond(story ? autocompleteChoices(story, interaction.commandName, String(focused.value)) : []);
}

async function chatInput(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  if (interaction.commandName === reloadCommand.name) return reload(interaction, deps);
  const current = deps.holder.current;
  if (!current) return void (await interaction.reply({ content: LOADING, ...PRIVATE }));
  const command = findCommand(interaction.commandName);
  if (!command) return void (await interaction.reply({ content: 'This command is not known here; the commands may need deploying again.', ...PRIVATE }));
  const option = command.options[0];
  const value = option ? (interaction.options.getString(option.name) ?? undefined) : undefined;
  const asked: Asked = option && value ? { command: command.name, option: option.name, value } : { command: command.name };
  await answer(interaction, command.run(current.story, option ? { [option.name]: value } : {}), asked, deps);
}

async function contextMenu(interaction: MessageContextMenuCommandInteraction, deps: HandlerDeps): Promise<void> {
  const current = deps.holder.current;
  if (!current) return void (await interaction.reply({ content: LOADING, ...PRIVATE }));
  const target = interaction.targetMessage;
  const words = whoSaidThisCommand.quoteIn({ content: target.content, embedTexts: target.embeds.map((e) => e.description ?? '') });
  await answer(interaction, whoSaidThisCommand.run(current.story, words), { command: 'who-said', option: 'quote', value: words }, deps);
}

async function answer(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, result: Answer | UsageError, asked: Asked, deps: HandlerDeps): Promise<void> {
  if (result.kind === 'usage-error') return void (await interaction.reply({ content: result.message, ...PRIVATE }));
  await interaction.reply(buildPage(renderItems(result, deps.holder.current!.story), asked, 0, deps.holder.current!.hash));
}

async function reload(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return void (await interaction.reply({ content: 'Only members who can manage this server may reload the story.', ...PRIVATE }));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const done = await deps.reload();
  await interaction.editReply({ content: `Re-read the story: ${done.articles} articles (version ${done.hash})${done.warnings ? `, ${done.warnings} warnings in the log` : ''}.`, allowedMentions: { parse: [] } });
}

async function button(interaction: ButtonInteraction, deps: HandlerDeps, lastShare: Map<string, number>): Promise<void> {
  const state = decodeButton(interaction.customId);
  const current = deps.holder.current;
  if (!state) return void (await interaction.reply({ content: 'This button is not one of mine.', ...PRIVATE }));
  if (!current) return void (await interaction.reply({ content: LOADING, ...PRIVATE }));
  if (state.story !== current.hash) return void (await interaction.reply({ content: EXPIRED, ...PRIVATE }));
  if (state.action === 'context') return void (await interaction.reply({ ...contextReply(current.story, state.article, state.sentence), ...PRIVATE }));
  if (state.action === 'share') return share(interaction, deps, lastShare);
  const asked = askedFromFooter(interaction.message.embeds[0]?.footer?.text ?? '');
  const command = asked && findCommand(asked.command);
  if (!asked || !command) return void (await interaction.reply({ content: EXPIRED, ...PRIVATE }));
  const result = command.run(current.story, asked.option ? { [asked.option]: asked.value } : {});
  if (result.kind === 'usage-error') return void (await interaction.reply({ content: result.message, ...PRIVATE }));
  const alreadyShared = interaction.message.components.some((row) => 'components' in row && row.components.some((c) => 'customId' in c && c.customId !== null && decodeButton(c.customId)?.action === 'share' && 'disabled' in c && c.disabled === true));
  const { flags: _flags, ...page } = buildPage(renderItems(result, current.story), asked, state.page, current.hash, alreadyShared);
  await interaction.update(page);
}

async function share(interaction: ButtonInteraction, deps: HandlerDeps, lastShare: Map<string, number>): Promise<void> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.SendMessages)) return void (await interaction.reply({ content: 'You cannot send messages in this channel, so this answer cannot be shared here.', ...PRIVATE }));
  const cooldown = (deps.shareCooldownSeconds ?? 10) * 1000;
  const last = lastShare.get(interaction.user.id) ?? 0;
  if (Date.now() - last < cooldown) return void (await interaction.reply({ content: `You just shared an answer; wait ${Math.ceil((cooldown - (Date.now() - last)) / 1000)} seconds before sharing again.`, ...PRIVATE }));
  for (const [user, at] of lastShare) if (Date.now() - at >= cooldown) lastShare.delete(user);
  lastShare.set(interaction.user.id, Date.now());
  const rows = interaction.message.components.map((c) => c.toJSON()).filter((c): c is APIActionRowComponent<APIComponentInMessageActionRow> => c.type === ComponentType.ActionRow);
  await interaction.update({ components: disableShare(rows) });
  await interaction.followUp(sharedMessage(interaction.user.id, interaction.message.embeds.map((e) => e.toJSON())));
}

async function apologize(interaction: Interaction, logger: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  const apology = { content: 'Sorry, something went wrong on my side. It has been logged; please try again.', ...PRIVATE };
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (error) {
    logger.warn('could not apologise', { interaction: interaction.id, error });
  }
}
