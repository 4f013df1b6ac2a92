/**
 * Turns a rendered answer into one page of a Discord message, sized for a phone: an embed within
 * Discord's limits (the items, then the sources they cite, numbered), a footer that says what was
 * asked (and lets a component read it back), and at most three rows of components: Share (on an
 * answer worth sharing) with Previous/Next, a page menu when there are more than two pages (first,
 * last, the pages around this one, and pages spread across the rest), and one Context menu for the
 * page's passages. Pages hold a fixed number of items, so that the page count is known from the
 * item count and only the page shown is rendered.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  StringSelectMenuBuilder,
  StringSelectMenuOptionBuilder,
  type APIEmbed,
  type InteractionReplyOptions,
} from 'discord.js';
import { contextValue, encodeButton, encodeSelect } from './custom-id.js';
import { LIMITS, truncate } from './limits.js';
import { citationLine, type Item, type Layout, type Rendered } from '../render/discord-items.js';
import { shorten, SourceNumbers } from '../render/citation-text.js';
import { COLOURS } from '../render/wording.js';

/** How much of the description one page may use, and how long one item may be. */
const PAGE_BUDGET = 3800;
const ITEM_MAX = 1800;
/** Items a page holds: few passages (a phone's screen), a few more one-line events, ten list items. */
const PER_PAGE: Record<Layout, number> = { excerpts: 3, lines: 5, list: 10 };
/** The sources' list may take this much of a page; beyond it, sources are listed without their links. */
const SOURCES_BUDGET = 1400;
/** Room kept per item for the blank line between items. */
const ITEM_GAP = 2;
/** Discord's limits on a select menu. */
const MENU_OPTIONS = 25;

/** What was asked, as the footer shows it: `/ask question: …`, `/timeline about: … from: …`. */
export interface Asked {
  command: string;
  /** The options given, by name, in the command's order. */
  args?: Record<string, string>;
}

/** How many items a page of this answer holds: known before any item is rendered. */
export function perPage(rendered: Rendered): number {
  return PER_PAGE[rendered.layout];
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
 * The items of page `index`, and only those, rendered to fit the page with the list of their
 * sources: when they do not fit at their full length, each gets a fair share of the page (short
 * ones keep their length, the longer ones share the rest) and is rendered again within it.
 */
export function pageItems(rendered: Rendered, index: number, budget = PAGE_BUDGET, sources = new SourceNumbers()): { items: Item[]; sources: string } {
  const size = perPage(rendered);
  const positions: number[] = [];
  for (let i = index * size; i < Math.min(rendered.count, (index + 1) * size); i++) positions.push(i);
  const items = positions.map((i) => rendered.item(i, ITEM_MAX, sources));
  const listed = sourceList(sources);
  const room = budget - positions.length * ITEM_GAP - (listed ? listed.length + ITEM_GAP : 0);
  if (items.reduce((n, item) => n + item.text.length, 0) <= room) return { items, sources: listed };
  const caps = fairShares(
    items.map((item) => item.text.length),
    room,
  );
  // Rendered again in the same order, each source keeps its number.
  return { items: items.map((item, k) => (item.text.length <= caps[k]! ? item : rendered.item(positions[k]!, caps[k]!, sources))), sources: listed };
}

/** The numbered sources of a page, one a line; without links when they would take too much of it, and each line shortened if even that is too much. */
function sourceList(sources: SourceNumbers): string {
  const lines = (cite: typeof citationLine) => sources.list.map((c, i) => `[${i + 1}] ${cite(c)}`).join('\n');
  const full = lines(citationLine);
  if (full.length <= SOURCES_BUDGET) return full;
  const plain = lines((c) => citationLine({ ...c, url: null }));
  if (plain.length <= SOURCES_BUDGET) return plain;
  // Shorter headlines (the outlet and date are short): each line gets its share of the room.
  const headline = Math.max(20, Math.floor(SOURCES_BUDGET / sources.list.length) - 60);
  return truncate(
    lines((c) => citationLine({ ...c, url: null, title: shorten(c.title, headline) })),
    SOURCES_BUDGET,
  );
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

/**
 * The footer line of a page: page number and what was asked (read back by the buttons). A page
 * shared for everyone has no buttons, so its "Page 1 of 3" says how to see the rest instead
 * ("Page 1 of 3 · the command for the rest · /ask question: …"), when that fits.
 */
export function footerOf(asked: Asked, page: number, pages: number, forEveryone = false): string {
  const question = `/${asked.command}${Object.entries(asked.args ?? {})
    .map(([name, value]) => (value ? ` ${name}: ${value}` : ''))
    .join('')}`;
  const paging = pages > 1 ? `Page ${page + 1} of ${pages} · ` : '';
  const forTheRest = forEveryone && paging ? `${paging}the command for the rest · ${question}` : '';
  return forTheRest && forTheRest.length <= LIMITS.footer ? forTheRest : truncate(`${paging}${question}`, LIMITS.footer);
}

/** Reads what was asked back from a footer written by `footerOf`: the command and its options as typed (`about: … from: …`). */
export function askedFromFooter(footer: string): { command: string; text: string } | null {
  const m = /(?:^|· )\/([\w-]+)(?: ([\w-]+: [\s\S]*))?$/.exec(footer);
  return m ? { command: m[1]!, text: m[2] ?? '' } : null;
}

/**
 * One page of an answer as message options (ephemeral by default, mentions never parsed); a page out
 * of range shows the nearest. `shared`: its Share button has been used; `forEveryone`: the page is the
 * public copy a Share posts, whose footer says how to see the other pages (see `footerOf`).
 */
export function buildPage(
  rendered: Rendered,
  asked: Asked,
  pageIndex: number,
  story: string,
  shared = false,
  forEveryone = false,
): InteractionReplyOptions & { embeds: APIEmbed[] } {
  const pages = pageCount(rendered);
  const index = Math.min(Math.max(Number.isSafeInteger(pageIndex) ? pageIndex : 0, 0), pages - 1);
  // The note shares the description with the items: they get what it leaves.
  const page = rendered.empty ? { items: [], sources: '' } : pageItems(rendered, index, PAGE_BUDGET - (rendered.note ? rendered.note.length + 2 : 0));
  // Items are set apart by a blank line, as are the sources: on a phone a timeline's one-line event
  // wraps to several lines, and events that follow each other run together.
  const items = page.items.map((item) => item.text).join('\n\n');
  const listed = [items, page.sources].filter(Boolean).join('\n\n');
  const description = rendered.empty ? `**No match.** ${rendered.empty}` : rendered.note ? `${rendered.note}\n\n${listed}` : listed;
  const embed: APIEmbed = {
    title: truncate(rendered.title, LIMITS.title),
    description: truncate(description, LIMITS.description),
    color: rendered.empty || rendered.note ? COLOURS.notFound : COLOURS.found,
    footer: { text: footerOf(asked, index, pages, forEveryone) },
  };
  const rows = [];
  // Share only what answers: not "No match", not the closest passages to a question nothing answers.
  const shareable = !rendered.empty && !rendered.note;
  const buttons = new ActionRowBuilder<ButtonBuilder>();
  if (shareable)
    buttons.addComponents(
      new ButtonBuilder()
        .setCustomId(encodeButton({ action: 'share', story }))
        .setLabel('Share')
        .setStyle(ButtonStyle.Primary)
        .setDisabled(shared),
    );
  if (pages > 1) {
    buttons.addComponents(
      new ButtonBuilder()
        .setCustomId(encodeButton({ action: 'page', story, page: index - 1 }))
        .setLabel('Previous')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(index === 0),
      new ButtonBuilder()
        .setCustomId(encodeButton({ action: 'page', story, page: index + 1 }))
        .setLabel('Next')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(index === pages - 1),
    );
  }
  if (buttons.components.length > 0) rows.push(buttons);
  if (pages > 2) rows.push(pageMenu(rendered, index, pages, story));
  const menu = contextMenu(page.items, story);
  if (menu && !rendered.empty) rows.push(menu);
  return { embeds: [embed], components: rows.map((r) => r.toJSON()), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

/** The pages the page menu offers (at most 25): the first and last, the two either side of this one, and pages spread evenly over the rest. */
export function menuPages(index: number, pages: number): number[] {
  if (pages <= MENU_OPTIONS) return Array.from({ length: pages }, (_, p) => p);
  const offered = new Set([0, pages - 1]);
  for (let p = index - 2; p <= index + 2; p++) if (p >= 0 && p < pages) offered.add(p);
  const step = Math.ceil(pages / (MENU_OPTIONS - offered.size));
  for (let p = step; p < pages - 1 && offered.size < MENU_OPTIONS; p += step) offered.add(p);
  return [...offered].sort((a, b) => a - b);
}

function pageMenu(rendered: Rendered, index: number, pages: number, story: string): ActionRowBuilder<StringSelectMenuBuilder> {
  const options = menuPages(index, pages).map((p) => {
    const where = p === 0 ? ' (first)' : p === pages - 1 ? ' (last)' : '';
    const option = new StringSelectMenuOptionBuilder()
      .setLabel(`Page ${p + 1} of ${pages}${where}`)
      .setValue(String(p))
      .setDefault(p === index);
    const start = rendered.startOf?.(p * perPage(rendered));
    return start ? option.setDescription(truncate(start, 100)) : option;
  });
  return new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
    new StringSelectMenuBuilder().setCustomId(encodeSelect('goto', story)).setPlaceholder('Go to page…').addOptions(options),
  );
}

/** One menu for the sentences around each passage of the page (one entry per distinct passage: Discord refuses two options with one value). */
function contextMenu(items: Item[], story: string): ActionRowBuilder<StringSelectMenuBuilder> | null {
  const seen = new Set<string>();
  const options: StringSelectMenuOptionBuilder[] = [];
  for (const { context: c } of items) {
    if (!c || seen.has(contextValue(c.article, c.sentence)) || options.length >= MENU_OPTIONS) continue;
    seen.add(contextValue(c.article, c.sentence));
    const option = new StringSelectMenuOptionBuilder().setLabel(c.label).setValue(contextValue(c.article, c.sentence));
    options.push(c.description ? option.setDescription(c.description) : option);
  }
  if (options.length === 0) return null;
  return new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
    new StringSelectMenuBuilder().setCustomId(encodeSelect('contexts', story)).setPlaceholder('Read a passage in context…').addOptions(options),
  );
}
