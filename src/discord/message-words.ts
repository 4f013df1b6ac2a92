/**
 * The words of a Discord message as plain text, for the "Who said this?" context menu: a user's
 * message without its markdown, or, for one of Byline's own answers (shared in the channel), the
 * excerpt it quotes without the answer's markup (quote marks `> `, bold, escapes, citation lines).
 */

/** A message as the context menu sees it: its text and its embeds' descriptions. */
export interface TargetMessage {
  content: string;
  embedTexts: string[];
}

/** What a shared answer's text says before its embed: not words to look up. */
const SHARED_BY = /^Shared by <@!?\d+>$/;

/**
 * The words to look up in a message, as plain text: the quoted lines (`> `) of its text if it
 * has any, else its text; for a message whose text says nothing (a shared answer), the first
 * excerpt of its embeds, else the sentence an "In context" embed shows in bold.
 */
export function messageWords(message: TargetMessage): string {
  const content = message.content.trim();
  if (content && !SHARED_BY.test(content)) return plainText(quoteBlocks(content)[0] ?? content);
  const embeds = message.embedTexts.filter((t) => t.trim());
  for (const text of embeds) {
    const excerpt = quoteBlocks(text)[0];
    // An answer's passage ends with its sources' numbers (`[1] [2] and 2 more`): not the article's words.
    if (excerpt) return plainText(excerpt.replace(/(?:\s*\[\d+\])+(?: and \d+ more)?\s*$/, ''));
  }
  for (const text of embeds) {
    const bold = /\*\*((?:\\.|[^*\\])+)\*\*/.exec(text);
    if (bold) return plainText(bold[1]!);
  }
  return plainText(embeds.join('\n'));
}

/** The quote blocks of Discord markdown (consecutive `> ` lines, or everything after `>>> `), each as its lines' text. */
export function quoteBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] | null = null;
  const lines = markdown.split('\n');
  for (const [i, line] of lines.entries()) {
    const all = /^>>> ?(.*)$/.exec(line);
    // Everything after `>>>` is quoted, to the end of the message.
    if (all) return [...blocks, [...(current ?? []), all[1]!, ...lines.slice(i + 1)].join('\n').trim()].filter(Boolean);
    const quoted = /^> ?(.*)$/.exec(line);
    if (quoted) (current ??= []).push(quoted[1]!);
    else if (current) {
      blocks.push(current.join('\n').trim());
      current = null;
    }
  }
  if (current) blocks.push(current.join('\n').trim());
  return blocks.filter(Boolean);
}

/**
 * Discord markdown read as the words it shows: links as their text, mentions, custom emoji and
 * timestamps dropped, emphasis and code marks removed, escapes undone, a cut-off excerpt's `…`
 * taken off.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(<?https?:[^)\s]*>?\)/g, '$1')
    .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<?https?:\/\/\S+>?/g, ' ')
    .replace(/^(?:#{1,3}|-#) /gm, '')
    .replace(/\\([^\p{L}\p{N}\s])|(\*\*|__|~~|\|\||[*_`])/gu, (_m, escaped: string | undefined) => escaped ?? '')
    .replace(/\u200b/g, '')
    .replace(/^\s*…|…\s*$/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
