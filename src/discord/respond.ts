/**
 * Answering an interaction whether or not it was acknowledged while the story was being read:
 * the handlers say what to send, and these send it the way the interaction now allows.
 */
import type { InteractionReplyOptions, InteractionUpdateOptions, MessageComponentInteraction, RepliableInteraction } from 'discord.js';

/**
 * Sends an answer or a private note: the reply; for a command acknowledged while the story loaded,
 * its deferred (private) reply filled in; for a component acknowledged then, a private follow-up,
 * the message it is on left as it was.
 */
export async function reply(interaction: RepliableInteraction, body: InteractionReplyOptions): Promise<void> {
  if (!interaction.deferred) return void (await interaction.reply(body));
  if (interaction.isMessageComponent()) return void (await interaction.followUp(body));
  // A reply is private or not when it is deferred; an edit cannot change that.
  const { flags: _flags, ...edit } = body;
  await interaction.editReply(edit);
}

/** Changes the message a component is on: an update, or, once the update was deferred, an edit of that message. */
export async function update(interaction: MessageComponentInteraction, body: InteractionUpdateOptions): Promise<void> {
  if (!interaction.deferred) return void (await interaction.update(body));
  const { flags: _flags, ...edit } = body as InteractionUpdateOptions & { flags?: unknown };
  await interaction.editReply(edit);
}
