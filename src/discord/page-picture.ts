/**
 * The picture that goes with a page of an answer (today only /timeline's): drawn on the picture
 * worker, attached as `timeline.png` with alt text, and shown as the embed's image. A page is
 * sent with its picture when the picture is ready within a moment; otherwise the interaction is
 * deferred and the page follows with it. A picture that cannot be drawn is logged and left out:
 * the text holds the whole answer.
 */
import { acknowledge, reply, update } from './respond.js';
import {
  AttachmentBuilder,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Answer } from '../../commands/command.js';
import type { TimelineEvent } from '../core/types.js';
import type { Logger } from '../app/log.js';
import { dateLabel } from '../render/date-axis.js';
import type { Rendered } from '../render/discord-items.js';
import type { PictureRenderer } from '../render/picture-renderer.js';
import { TIMELINE_PICTURE } from '../render/timeline-png.js';
import { timelineSvg } from '../render/timeline-svg.js';
import { perPage } from './build-message.js';

/** How long a reply waits for its picture before it defers (Discord wants a first response within 3 s). */
const PICTURE_WAIT_MS = 1500;

/** Draws the pictures of answer pages. */
export interface PagePictures {
  /** The picture of page `page`, or null (never rejects) when the answer has none or it failed; undefined when the answer has no picture at all. */
  of(answer: Answer, rendered: Rendered, page: number): Promise<AttachmentBuilder | null> | undefined;
}

/** Pictures drawn by `renderer`, failures logged. */
export function pagePictures(renderer: PictureRenderer, logger: Logger): PagePictures {
  return {
    of(answer, rendered, page) {
      if (answer.kind !== 'timeline') return undefined;
      const size = perPage(rendered);
      // Built here, on the main thread: only the page's events are laid out one by one, the rest are one mark per pixel.
      const svg = timelineSvg(answer.result, { first: page * size, count: size });
      if (svg === null) return undefined;
      return renderer.png(svg).then(
        (png) => new AttachmentBuilder(png, { name: TIMELINE_PICTURE, description: altText(answer.result.events, page * size, size) }),
        (error: unknown) => {
          logger.warn('timeline picture failed; the page goes without it', { error });
          return null;
        },
      );
    },
  };
}

/** Replies with (or, from a button or a menu, updates to) a page, with its picture when it has one. */
export async function sendPage(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction | StringSelectMenuInteraction,
  page: InteractionReplyOptions,
  picture: Promise<AttachmentBuilder | null> | undefined,
): Promise<void> {
  // An update or an edit replaces the attachments (discord.js adds the new files' descriptions to the array given: a fresh one each time).
  const send = (options: InteractionReplyOptions) =>
    interaction.isMessageComponent() ? update(interaction, { ...withoutFlags(options), attachments: [] }) : reply(interaction, options);
  if (!picture) return void (await send(page));
  let timer: NodeJS.Timeout | undefined;
  const early = await Promise.race([picture, new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), PICTURE_WAIT_MS)))]);
  clearTimeout(timer);
  if (early !== 'late') return void (await send(withPicture(page, early)));
  // An interaction acknowledged while the story loaded is already deferred.
  if (!interaction.deferred) await acknowledge(interaction);
  await interaction.editReply({ ...withoutFlags(withPicture(page, await picture)), attachments: [] });
}

/** The page with its picture attached and shown as the embed's image (any earlier picture replaced). */
function withPicture(page: InteractionReplyOptions, picture: AttachmentBuilder | null): InteractionReplyOptions {
  if (!picture) return page;
  const [first, ...rest] = (page.embeds ?? []) as Record<string, unknown>[];
  const embeds = first ? [{ ...first, image: { url: `attachment://${TIMELINE_PICTURE}` } }, ...rest] : [];
  return { ...page, embeds, files: [picture] };
}

function withoutFlags({ flags: _flags, ...rest }: InteractionReplyOptions): Omit<InteractionReplyOptions, 'flags'> {
  return rest;
}

/** What the picture shows, for those who cannot see it. */
function altText(events: TimelineEvent[], first: number, count: number): string {
  const dated = events.filter((e) => e.date !== null);
  if (dated.length === 0) return 'Timeline picture: no dated events.';
  const span = `${dated.length} dated event${dated.length === 1 ? '' : 's'} from ${dateLabel(dated[0]!.date!)} to ${dateLabel(dated[dated.length - 1]!.date!)}`;
  const shown = Math.min(first + count, dated.length);
  return `Timeline picture: ${span} on a date axis, coloured by article${shown > first ? `; events ${first + 1} to ${shown} of the list numbered` : ''}.`;
}
