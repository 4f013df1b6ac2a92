/**
 * Answering an interaction whether or not it was acknowledged while the story was being read:
 * the handlers say what to send, and these send it the way the interaction now allows.
 */
import {
  MessageFlags,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from 'discord.js';

/**
 * The acknowledgements under way: discord.js marks an interaction deferred only once Discord has
 * answered the deferral, and a reply sent meanwhile (a shutdown telling it was cut short, say) is
 * refused as already acknowledged. So the deferral is remembered, and an answer waits for it.
 */
const deferrals = new WeakMap<object, Promise<unknown>>();

/** Acknowledges an interaction for an answer to come: a private "thinking…" for a command, nothing shown for a component. */
export async function acknowledge(interaction: RepliableInteraction): Promise<void> {
  const deferral = interaction.isMessageComponent() ? interaction.deferUpdate() : interaction.deferReply({ flags: MessageFlags.Ephemeral });
  deferrals.set(interaction, deferral);
  await deferral;
}

/** Waits for an acknowledgement under way, if there is one (its failure is its own caller's to tell). */
async function acknowledged(interaction: RepliableInteraction | MessageComponentInteraction): Promise<void> {
  await deferrals.get(interaction)?.catch(() => undefined);
}

/**
 * Sends an answer or a private note: the reply; for a command acknowledged while the story loaded,
 * its deferred (private) reply filled in; for a component acknowledged then, a private follow-up,
 * the message it is on left as it was.
 */
export async function reply(interaction: RepliableInteraction, body: InteractionReplyOptions): Promise<void> {
  await acknowledged(interaction);
  if (!interaction.deferred) return void (await interaction.reply(body));
  if (interaction.isMessageComponent()) return void (await interaction.followUp(body));
  // A reply is private or not when it is deferred; an edit cannot change that.
  const { flags: _flags, ...edit } = body;
  await interaction.editReply(edit);
}

/** Changes the message a component is on: an update, or, once the update was deferred, an edit of that message. */
export async function update(interaction: MessageComponentInteraction, body: InteractionUpdateOptions): Promise<void> {
  await acknowledged(interaction);
  if (!interaction.deferred) return void (await interaction.update(body));
  const { flags: _flags, ...edit } = body as InteractionUpdateOptions & { flags?: unknown };
  await interaction.editReply(edit);
}
