/**
 * Button custom ids: compact, stateless state (an action, the story's hash, and the article,
 * sentence or page it concerns), at most 100 characters. What does not fit is read back from the
 * message the button is on.
 *
 * @example encodeButton({ action: 'page', story: 'a1b2c3', page: 2 }) // => 'b1|page|a1b2c3|2'
 */

/** What a button does. */
export type ButtonState =
  | { action: 'share'; story: string }
  | { action: 'page'; story: string; page: number }
  | { action: 'context'; story: string; article: number; sentence: number };

const VERSION = 'b1';

/** The custom id of a button. */
export function encodeButton(state: ButtonState): string {
  if (state.action === 'share') return [VERSION, 'share', state.story].join('|');
  if (state.action === 'page') return [VERSION, 'page', state.story, state.page].join('|');
  return [VERSION, 'context', state.story, state.article, state.sentence].join('|');
}

/** The state in a custom id, or null when it is not one of ours. */
export function decodeButton(customId: string): ButtonState | null {
  const [version, action, story, a, b] = customId.split('|');
  if (version !== VERSION || !story) return null;
  if (action === 'share') return { action, story };
  if (action === 'page' && a !== undefined) return { action, story, page: Number(a) };
  if (action === 'context' && a !== undefined && b !== undefined) return { action, story, article: Number(a), sentence: Number(b) };
  return null;
}
