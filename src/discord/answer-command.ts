/**
 * Slash commands and message commands (the context menu's "Who said this?"): reads the options as
 * the command defines them (or the words of the message, without their markup), runs the command on the story being
 * served, and replies with the first page of the answer (filling in the reply deferred while the
 * story was read, when it was).
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { findAppCommand } from '../../commands/index.js';
import { usageOf, type Answer, type UsageError } from '../../commands/command.js';
import { buildPage, type Asked } from './build-message.js';
import { renderItems } from '../render/discord-items.js';
import { messageWords } from './message-words.js';
import { LOADING, PRIVATE, UNKNOWN } from './replies.js';
import { reply } from './respond.js';
import type { StoryHolder } from './story-holder.js';
import { sendPage, type PagePictures } from './page-picture.js';

/** Answers a slash command that answers from the story. */
export async function answerSlash(interaction: ChatInputCommandInteraction, holder: StoryHolder, pictures: PagePictures): Promise<void> {
  const command = findAppCommand('slash', interaction.commandName);
  if (!command) return void (await reply(interaction, { content: UNKNOWN, ...PRIVATE }));
  if (!holder.current) return void (await reply(interaction, { content: LOADING, ...PRIVATE }));
  const args: Record<string, string> = {};
  for (const option of command.options) {
    const given = interaction.options.get(option.name);
    // Every option is text; another type comes from an old registration or a forged interaction.
    if (given && given.type !== ApplicationCommandOptionType.String) {
      return void (await reply(interaction, { content: `${option.name} must be text. Usage: /${usageOf(command)}`, ...PRIVATE }));
    }
    if (given && typeof given.value === 'string' && given.value) args[option.name] = given.value;
  }
  await answer(interaction, command.run(holder.current.story, args), { command: command.name, args }, holder, pictures);
}

/** Answers a message context-menu command on the words of its message (such as "Who said this?" on the message's quote). */
export async function answerMessageCommand(interaction: MessageContextMenuCommandInteraction, holder: StoryHolder, pictures: PagePictures): Promise<void> {
  const command = findAppCommand('message', interaction.commandName);
  if (!command) return void (await reply(interaction, { content: UNKNOWN, ...PRIVATE }));
  if (!holder.current) return void (await reply(interaction, { content: LOADING, ...PRIVATE }));
  const target = interaction.targetMessage;
  const words = messageWords({ content: target.content, embedTexts: target.embeds.map((e) => e.description ?? '') });
  await answer(interaction, command.run(holder.current.story, words), command.asked(words), holder, pictures);
}

async function answer(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  result: Answer | UsageError,
  asked: Asked,
  holder: StoryHolder,
  pictures: PagePictures,
): Promise<void> {
  if (result.kind === 'usage-error') return void (await reply(interaction, { content: result.message, ...PRIVATE }));
  const current = holder.current!;
  const rendered = renderItems(result, current.story);
  await sendPage(interaction, buildPage(rendered, asked, 0, current.hash), pictures.of(result, rendered, 0));
}
