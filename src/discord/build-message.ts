/**
 * Turns a rendered answer into one page of a Discord message: an embed within Discord's limits,
 * a footer that says what was asked (and lets a button read it back), and the buttons: Share,
 * Previous/Next when there are pages, and a Context button per excerpt. Pages hold a fixed number
 * of items, so that the page count is known from the item count and only the page shown is rendered.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type APIEmbed, type InteractionReplyOptions } from 'discord.js';
import { encodeButton } from './custom-id.js';
import { LIMITS, truncate } from './limits.js';
import type { Item, Rendered } from '../render/discord-items.js';

/** How much of the description one page may use, and how long one item may be. */
const PAGE_BUDGET = 3800;
const ITEM_MAX = 1800;
/** Excerpts with a Context button each: five a page (a row holds five buttons); plain list items: ten. */
const EXCERPTS_PER_PAGE = 5;
const LIST_ITEMS_PER_PAGE = 10;
/** Room kept per item for its number (`**123.**` and a line break). */
const NUMBER_ROOM = 16;
const FOUND = 0x2b6cb0;
const NOT_FOUND = 0x718096;

/** What was asked, as the footer shows it: `/ask question: …`, `/timeline about: … from: …`. */
export interface Asked {
  command: string;
  /** The options given, by name, in the command's order. */
  args?: Record<string, string>;
}

/** How many items a page of this answer holds: known before any item is rendered. */
export function perPage(rendered: Rendered): number {
  return rendered.excerpts ? EXCERPTS_PER_PAGE : LIST_ITEMS_PER_PAGE;
}

/** How many pages the answer has (one for an answer without items), from its item count alone. */
export function pageCount(rendered: Rendered): number {
  return Math.max(1, Math.ceil(rendered.count / perPage(rendered)));
}

/** Whether `page` is a page of this answer: a whole number from 0 to the last page. */
export function isPageOf(rendered: Rendered, page: number): boolean {
  return Number.isSafeInteger(page) && page >= 0 && page < pageCount(rendered);
}

/**
 * The items of page `index`, and only those, rendered to fit the page together: when they do not
 * fit at their full length, each gets a fair share of the page (short ones keep their length,
 * the longer ones share the rest) and is rendered again within it.
 */
export function pageItems(rendered: Rendered, index: number, budget = PAGE_BUDGET): Item[] {
  const size = perPage(rendered);
  const positions: number[] = [];
  for (let i = index * size; i < Math.min(rendered.count, (index + 1) * size); i++) positions.push(i);
  const items = positions.map((i) => rendered.item(i, ITEM_MAX));
  const room = budget - positions.length * NUMBER_ROOM;
  if (items.reduce((n, item) => n + item.text.length, 0) <= room) return items;
  const caps = fairShares(items.map((item) => item.text.length), room);
  return items.map((item, k) => (item.text.length <= caps[k]! ? item : rendered.item(positions[k]!, caps[k]!)));
}

/** Each length's share of `budget`: the shortest first keep theirs, and the rest is shared evenly. */
function fairShares(lengths: number[], budget: number): number[] {
  const caps = new Array<number>(lengths.length);
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a]! - lengths[b]!);
  let left = budget;
  order.forEach((i, k) => {
    caps[i] = Math.min(lengths[i]!, Math.floor(left / (order.length - k)));
    left -= caps[i]!;
  });
  return caps;
}

/** The footer line of a page: page number and what was asked (read back by the buttons). */
export function footerOf(asked: Asked, page: number, pages: number): string {
  const question = `/${asked.command}${Object.entries(asked.args ?? {}).map(([name, value]) => (value ? ` ${name}: ${value}` : '')).join('')}`;
  return truncate(`${pages > 1 ? `Page ${page + 1} of ${pages} · ` : ''}${question}`, LIMITS.footer);
}

/** Reads what was asked back from a footer written by `footerOf`: the command and its options as typed (`about: … from: …`). */
export function askedFromFooter(footer: string): { command: string; text: string } | null {
  const m = /(?:^|· )\/([\w-]+)(?: ([\w-]+: [\s\S]*))?$/.exec(footer);
  return m ? { command: m[1]!, text: m[2] ?? '' } : null;
}

/** One page of an answer as message options (ephemeral by default, mentions never parsed); a page out of range shows the nearest. */
export function buildPage(rendered: Rendered, asked: Asked, pageIndex: number, story: string, shared = false): InteractionReplyOptions & { embeds: APIEmbed[] } {
  const pages = pageCount(rendered);
  const index = Math.min(Math.max(Number.isSafeInteger(pageIndex) ? pageIndex : 0, 0), pages - 1);
  // The note shares the description with the items: they get what it leaves.
  const page = rendered.empty ? [] : pageItems(rendered, index, PAGE_BUDGET - (rendered.note ? rendered.note.length + 2 : 0));
  // Excerpts are numbered on a line of their own (a quote block must start its line) so that the
  // Context buttons can be told apart; plain lists are not numbered.
  const first = index * perPage(rendered);
  const numbered = page.some((item) => item.context) && (page.length > 1 || pages > 1);
  const listed = page.map((item, i) => (numbered ? `**${first + i + 1}.**\n${item.text}` : item.text)).join('\n\n');
  const description = rendered.empty ? `**No match.** ${rendered.empty}` : rendered.note ? `${rendered.note}\n\n${listed}` : listed;
  const embed: APIEmbed = {
    title: truncate(rendered.title, LIMITS.title),
    description: truncate(description, LIMITS.description),
    color: rendered.empty || rendered.note ? NOT_FOUND : FOUND,
    footer: { text: footerOf(asked, index, pages) },
  };
  const controls = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(encodeButton({ action: 'share', story })).setLabel('Share').setStyle(ButtonStyle.Primary).setDisabled(shared),
  );
  if (pages > 1) {
    controls.addComponents(
      new ButtonBuilder().setCustomId(encodeButton({ action: 'page', story, page: index - 1 })).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(index === 0),
      new ButtonBuilder().setCustomId(encodeButton({ action: 'page', story, page: index + 1 })).setLabel('Next').setStyle(ButtonStyle.Secondary).setDisabled(index === pages - 1),
    );
  }
  const rows = [controls];
  // One Context button per distinct passage: Discord refuses two buttons with the same id.
  const contexts = page
    .flatMap((item, i) => (item.context && item.context.article >= 0 ? [{ n: first + i + 1, ...item.context }] : []))
    .filter((c, i, all) => all.findIndex((o) => o.article === c.article && o.sentence === c.sentence) === i);
  if (contexts.length > 0 && !rendered.empty) {
    rows.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        contexts.slice(0, 5).map((c) => new ButtonBuilder().setCustomId(encodeButton({ action: 'context', story, article: c.article, sentence: c.sentence })).setLabel(`Context ${c.n}`).setStyle(ButtonStyle.Secondary)),
      ),
    );
  }
  return { embeds: [embed], components: rows.map((r) => r.toJSON()), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}
