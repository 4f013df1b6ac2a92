/**
 * Button and select-menu custom ids: compact, stateless state (an action, the story's hash, and
 * the article, sentence or page it concerns), at most 100 characters. A select menu's id names
 * the menu and the story; the option picked carries the rest (a page, or an article and sentence).
 * What does not fit is read back from the message the component is on.
 *
 * @example encodeButton({ action: 'page', story: 'a1b2c3', page: 2 }) // => 'b1|page|a1b2c3|2'
 * @example decodeSelect('b1|goto|a1b2c3', ['2']) // => { action: 'page', story: 'a1b2c3', page: 2 }
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

/** Byline's select menus: the page menu and the Context menu. */
export type SelectMenu = 'goto' | 'contexts';

/** The custom id of a select menu. */
export function encodeSelect(menu: SelectMenu, story: string): string {
  return [VERSION, menu, story].join('|');
}

/** The value of a Context menu's option: the article's position and the sentence number. */
export function contextValue(article: number, sentence: number): string {
  return `${article}.${sentence}`;
}

/** What picking `values` in a select menu of ours does, or null when the id or the value is not one we write. */
export function decodeSelect(customId: string, values: readonly string[]): ButtonState | null {
  const [version, menu, story, ...more] = customId.split('|');
  if (version !== VERSION || !story || more.length > 0 || values.length !== 1) return null;
  if (menu === 'goto') {
    const page = whole(values[0]);
    return page === null ? null : { action: 'page', story, page };
  }
  const [a, b, ...rest] = values[0]!.split('.');
  const article = whole(a);
  const sentence = whole(b);
  return menu === 'contexts' && article !== null && sentence !== null && rest.length === 0 ? { action: 'context', story, article, sentence } : null;
}

/** Whether a custom id is in our format (a button of ours, possibly from an older version or forged). */
export function isOurs(customId: string): boolean {
  return customId.startsWith(`${VERSION}|`);
}

/** The state in a custom id, or null when it is not one of ours or a number in it is not a plain whole number. */
export function decodeButton(customId: string): ButtonState | null {
  const [version, action, story, a, b, ...more] = customId.split('|');
  if (version !== VERSION || !story || more.length > 0) return null;
  if (action === 'share' && a === undefined) return { action, story };
  const page = whole(a);
  if (action === 'page' && page !== null && b === undefined) return { action, story, page };
  const sentence = whole(b);
  if (action === 'context' && page !== null && sentence !== null) return { action, story, article: page, sentence };
  return null;
}

/** A number written as we write them (digits only, no sign, point or leading zero, at most nine), or null. */
function whole(text: string | undefined): number | null {
  return text !== undefined && /^(0|[1-9]\d{0,8})$/.test(text) ? Number(text) : null;
}
