/**
 * Buttons and select menus: Previous/Next and the page menu (the command run again from what the
 * footer says was asked, and only the page asked for rendered), Context (a button on older
 * answers, a menu on new ones), and Share (public, with a per-user cool-down). A component whose
 * id or value is forged, or from another version of the story, is told it expired.
 */
import {
  type AttachmentBuilder,
  type APIEmbed,
  ComponentType,
  PermissionFlagsBits,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { findCommand } from '../../commands/index.js';
import { readOptionText } from '../../commands/command.js';
import { askedFromFooter, buildPage, footerOf, isPageOf, pageCount } from './build-message.js';
import { contextReply, disableShare, sharedMessage } from './button-replies.js';
import { decodeButton, decodeSelect, isOurs, type ButtonState } from './custom-id.js';
import { renderItems } from '../render/discord-items.js';
import { ANSWER_EXPIRED, EXPIRED, LOADING, PRIVATE, UNKNOWN } from './replies.js';
import type { StoryHolder } from './story-holder.js';
import { sendPage, type PagePictures } from './page-picture.js';
import { TIMELINE_PICTURE } from '../render/timeline-png.js';
import type { Story } from '../core/types.js';
import { reply, update } from './respond.js';

/** A click on a button or a pick in a select menu of one of our answers. */
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

/** The component handler; `shareCooldownSeconds` is how long a user waits between two shares. */
export function createButtonHandler(
  holder: StoryHolder,
  pictures: PagePictures,
  shareCooldownSeconds = 10,
): (interaction: ComponentInteraction) => Promise<void> {
  const lastShare = new Map<string, number>();
  return async (interaction) => {
    const menu = interaction.isStringSelectMenu();
    const state: ButtonState | null = menu ? decodeSelect(interaction.customId, interaction.values) : decodeButton(interaction.customId);
    const current = holder.current;
    if (!state)
      return void (await reply(interaction, {
        content: isOurs(interaction.customId) ? ANSWER_EXPIRED : menu ? UNKNOWN : 'This button is not one of mine.',
        ...PRIVATE,
      }));
    if (!current) return void (await reply(interaction, { content: LOADING, ...PRIVATE }));
    if (state.story !== current.hash) return void (await reply(interaction, { content: EXPIRED, ...PRIVATE }));
    if (state.action === 'context') {
      const context = { ...contextReply(current.story, state.article, state.sentence), ...PRIVATE };
      if (!menu) return void (await reply(interaction, context));
      // The answer is sent again as it is, so that the menu shows its placeholder and the same passage can be picked again.
      await update(interaction, { components: rowsOf(interaction) });
      return void (await interaction.followUp(context));
    }
    if (state.action === 'share') return share(interaction, lastShare, shareCooldownSeconds * 1000, () => sharedPage(interaction, current, pictures));
    const asked = askedFromFooter(interaction.message.embeds[0]?.footer?.text ?? '');
    const command = asked && findCommand(asked.command);
    if (!asked || !command) return void (await reply(interaction, { content: ANSWER_EXPIRED, ...PRIVATE }));
    const args = readOptionText(command, asked.text);
    const result = command.run(current.story, args);
    if (result.kind === 'usage-error') return void (await reply(interaction, { content: result.message, ...PRIVATE }));
    const rendered = renderItems(result, current.story);
    if (!isPageOf(rendered, state.page)) return void (await reply(interaction, { content: ANSWER_EXPIRED, ...PRIVATE }));
    const alreadyShared = interaction.message.components.some(
      (row) =>
        'components' in row &&
        row.components.some(
          (c) => 'customId' in c && c.customId !== null && decodeButton(c.customId)?.action === 'share' && 'disabled' in c && c.disabled === true,
        ),
    );
    await sendPage(
      interaction,
      buildPage(rendered, { command: command.name, args }, state.page, current.hash, alreadyShared),
      pictures.of(result, rendered, state.page),
    );
  };
}

/** The rows of components of the message a component is on, as Discord takes them back. */
function rowsOf(interaction: ComponentInteraction): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  return interaction.message.components
    .map((c) => c.toJSON())
    .filter((c): c is APIActionRowComponent<APIComponentInMessageActionRow> => c.type === ComponentType.ActionRow);
}

/**
 * Why the answer cannot be posted for everyone where the click comes from, or null when it can.
 * The public copy is the click's follow-up, which Discord posts wherever the user may send
 * messages: in a server, if the member may; in a DM or group DM, always. In a server that did not
 * add the bot (the user added the app to their own account), Discord makes the app's messages
 * private unless the server lets its members use external apps.
 */
export function whyNotShareable(interaction: ComponentInteraction): string | null {
  if (interaction.guildId === null) return null;
  const permissions = interaction.memberPermissions;
  if (!permissions?.has(PermissionFlagsBits.SendMessages)) return 'You cannot send messages in this channel, so this answer cannot be shared here.';
  const addedByServer = interaction.authorizingIntegrationOwners.guildId !== null;
  if (!addedByServer && !permissions.has(PermissionFlagsBits.UseExternalApps))
    return 'This server does not let apps its members added post in its channels, so this answer cannot be shared here. Copy it, or ask a server admin to add the bot.';
  return null;
}

/** The public copy of a page: its embeds, and its picture when it has one. */
interface SharedPage {
  embeds: APIEmbed[];
  picture: Promise<AttachmentBuilder | null> | undefined;
}

/**
 * The page a Share is on, rendered again for everyone from what its footer says was asked, with a
 * picture of its own, drawn again (the private answer's attachment may not outlive it). A footer
 * that does not read back to the same page (cut short, or from an older version) is shared as it stands.
 */
function sharedPage(interaction: ComponentInteraction, current: { story: Story; hash: string }, pictures: PagePictures): SharedPage {
  const embed = interaction.message.embeds[0];
  const asIs = { embeds: interaction.message.embeds.map((e) => e.toJSON()), picture: undefined };
  const footer = embed?.footer?.text ?? '';
  const asked = askedFromFooter(footer);
  const command = asked && findCommand(asked.command);
  if (!embed || !asked || !command) return asIs;
  const args = readOptionText(command, asked.text);
  const result = command.run(current.story, args);
  if (result.kind === 'usage-error') return asIs;
  const rendered = renderItems(result, current.story);
  const page = Number(/^Page (\d+) of/.exec(footer)?.[1] ?? 1) - 1;
  const picture = embed.image ? pictures.of(result, rendered, page) : undefined;
  const again = { command: command.name, args };
  if (footerOf(again, page, pageCount(rendered)) !== footer) return { ...asIs, picture };
  return { embeds: buildPage(rendered, again, page, current.hash, false, true).embeds, picture };
}

async function share(interaction: ComponentInteraction, lastShare: Map<string, number>, cooldown: number, pageOf: () => SharedPage): Promise<void> {
  const refused = whyNotShareable(interaction);
  if (refused) return void (await reply(interaction, { content: refused, ...PRIVATE }));
  const last = lastShare.get(interaction.user.id) ?? 0;
  if (Date.now() - last < cooldown)
    return void (await reply(interaction, {
      content: `You just shared an answer; wait ${Math.ceil((cooldown - (Date.now() - last)) / 1000)} seconds before sharing again.`,
      ...PRIVATE,
    }));
  for (const [user, at] of lastShare) if (Date.now() - at >= cooldown) lastShare.delete(user);
  lastShare.set(interaction.user.id, Date.now());
  await update(interaction, { components: disableShare(rowsOf(interaction)) });
  const page = pageOf();
  const shared = sharedMessage(interaction.user.id, page.embeds);
  const picture = await (page.picture ?? null);
  if (!picture) return void (await interaction.followUp(shared));
  const [first, ...rest] = shared.embeds;
  await interaction.followUp({ ...shared, embeds: first ? [{ ...first, image: { url: `attachment://${TIMELINE_PICTURE}` } }, ...rest] : [], files: [picture] });
}
