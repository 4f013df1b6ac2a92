/**
 * Turns a rendered answer into one page of a Discord message: an embed within Discord's limits,
 * a footer that says what was asked (and lets a button read it back), and the buttons: Share,
 * Previous/Next when there are pages, and a Context button per excerpt.
 */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type APIEmbed, type InteractionReplyOptions } from 'discord.js';
import { encodeButton } from './custom-id.js';
import { LIMITS, truncate } from './limits.js';
import type { Item, Rendered } from './render-items.js';

/** How much of the description one page may use, and how many items it holds at most. */
const PAGE_BUDGET = 3800;
const ITEM_MAX = 1800;
/** Excerpts with a Context button each: five a page (a row holds five buttons); plain list items: ten. */
const EXCERPTS_PER_PAGE = 5;
const LIST_ITEMS_PER_PAGE = 10;
const FOUND = 0x2b6cb0;
const NOT_FOUND = 0x718096;

/** What was asked, as the footer shows it: `/ask question: …`. */
export interface Asked {
  command: string;
  option?: string;
  value?: string;
}

/** How many items a page of these items holds. */
function perPage(items: Item[]): number {
  return items.some((i) => i.context) ? EXCERPTS_PER_PAGE : LIST_ITEMS_PER_PAGE;
}

/** Splits items into pages that fit an embed. */
export function paginate(items: Item[]): Item[][] {
  const limit = perPage(items);
  const pages: Item[][] = [];
  let page: Item[] = [];
  let size = 0;
  for (const raw of items) {
    const item = { ...raw, text: truncate(raw.text, ITEM_MAX) };
    if (page.length > 0 && (page.length >= limit || size + item.text.length + 2 > PAGE_BUDGET)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(item);
    size += item.text.length + 2;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The footer line of a page: page number and what was asked (read back by the buttons). */
export function footerOf(asked: Asked, page: number, pages: number): string {
  const question = `/${asked.command}${asked.option && asked.value ? ` ${asked.option}: ${asked.value}` : ''}`;
  return truncate(`${pages > 1 ? `Page ${page + 1} of ${pages} · ` : ''}${question}`, LIMITS.footer);
}

/** Reads what was asked back from a footer written by `footerOf`. */
export function askedFromFooter(footer: string): Asked | null {
  const m = /(?:^|· )\/([\w-]+)(?: ([\w-]+): ([\s\S]*))?$/.exec(footer);
  if (!m) return null;
  return m[2] ? { command: m[1]!, option: m[2], value: m[3] ?? '' } : { command: m[1]! };
}

/** One page of an answer as message options (ephemeral by default, mentions never parsed). */
export function buildPage(rendered: Rendered, asked: Asked, pageIndex: number, story: string, shared = false): InteractionReplyOptions & { embeds: APIEmbed[] } {
  const pages = paginate(rendered.items);
  const index = Math.min(Math.max(pageIndex, 0), Math.max(pages.length - 1, 0));
  const page = pages[index] ?? [];
  // Excerpts are numbered on a line of their own (a quote block must start its line) so that the
  // Context buttons can be told apart; plain lists are not numbered.
  const first = pages.slice(0, index).reduce((n, p) => n + p.length, 0);
  const numbered = page.some((item) => item.context) && (page.length > 1 || pages.length > 1);
  const listed = page.map((item, i) => (numbered ? `**${first + i + 1}.**\n${item.text}` : item.text)).join('\n\n');
  const description = rendered.empty ? `**No match.** ${rendered.empty}` : rendered.note ? `${rendered.note}\n\n${listed}` : listed;
  const embed: APIEmbed = {
    title: truncate(rendered.title, LIMITS.title),
    description: truncate(description, LIMITS.description),
    color: rendered.empty || rendered.note ? NOT_FOUND : FOUND,
    footer: { text: footerOf(asked, index, pages.length) },
  };
  const controls = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(encodeButton({ action: 'share', story })).setLabel('Share').setStyle(ButtonStyle.Primary).setDisabled(shared),
  );
  if (pages.length > 1) {
    controls.addComponents(
      new ButtonBuilder().setCustomId(encodeButton({ action: 'page', story, page: index - 1 })).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(index === 0),
      new ButtonBuilder().setCustomId(encodeButton({ action: 'page', story, page: index + 1 })).setLabel('Next').setStyle(ButtonStyle.Secondary).setDisabled(index === pages.length - 1),
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
