/**
 * Checks an article's URL from `metadata.json`. It is shown as a link target in Discord's markdown
 * (`[Headline](url)`) and as text in terminals, so only a plain http(s) address is taken: one
 * that parses, has no user name or password, and holds no character that could end the link
 * or start markup (spaces, controls, parentheses, `<>`, backticks, quotes, braces, pipes,
 * backslashes). Such characters in the path are percent-encoded, as the URL standard writes them,
 * which names the same address; where that is not enough the URL is refused.
 */

/** The characters a taken URL may hold: RFC 3986's unreserved, reserved (but parentheses) and `%`. */
const PLAIN = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+$/;

/** The URL as given when it is plain; percent-encoded when that makes it plain; else null. */
export function plainHttpUrl(text: string): string | null {
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) return null;
  if (PLAIN.test(text)) return text;
  // Wikipedia's `Mercury_(planet)` or a path in German: the same address, written with escapes only.
  const encoded = url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return PLAIN.test(encoded) ? encoded : null;
}
