/**
 * What the buttons answer with: the sentences around an excerpt (Context), the public copy of a
 * shared answer saying who shared it, and the private answer's buttons with Share disabled.
 */
import { COLOURS } from '../render/wording.js';
import type { APIActionRowComponent, APIEmbed, APIComponentInMessageActionRow } from 'discord.js';
import type { Story } from '../core/types.js';
import { decodeButton } from './custom-id.js';
import { escapeText } from './escape.js';
import { LIMITS, truncate } from './limits.js';
import { citationLine } from '../render/discord-items.js';

const AROUND = 2;

/** The sentences around sentence `n` of the `article`-th article, the cited one in bold. */
export function contextReply(story: Story, article: number, n: number): { embeds: APIEmbed[] } {
  const a = story.articles[article];
  const sentences = a ? (story.byArticle.get(a.id) ?? []) : [];
  if (!a || !sentences[n - 1]) return { embeds: [{ description: 'That passage is no longer in the story.' }] };
  const around = sentences.slice(Math.max(0, n - 1 - AROUND), n + AROUND);
  const description = around.map((s) => (s.n === n ? `**${escapeText(s.text)}**` : escapeText(s.text))).join(' ');
  const cite = citationLine({ article: a.id, sentence: n, title: a.title, outlet: a.outlet, date: a.date, url: a.url });
  return { embeds: [{ title: 'In context', description: truncate(`${description}\n\n${cite}`, LIMITS.description), color: COLOURS.found }] };
}

/** The public message a Share click posts: the answer's page rendered for everyone (`buildPage`), saying who shared it, pinging nobody. */
export function sharedMessage(userId: string, embeds: APIEmbed[]): { content: string; embeds: APIEmbed[]; allowedMentions: { parse: [] } } {
  return { content: `Shared by <@${userId}>`, embeds, allowedMentions: { parse: [] } };
}

/** The same rows of buttons with Share disabled (it has been used). */
export function disableShare(rows: APIActionRowComponent<APIComponentInMessageActionRow>[]): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  return rows.map((row) => ({
    ...row,
    components: row.components.map((c) => ('custom_id' in c && decodeButton(c.custom_id)?.action === 'share' ? { ...c, disabled: true } : c)),
  }));
}
