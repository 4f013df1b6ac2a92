/**
 * A nickname in quote marks between a given name and a surname (Burkhard "Bobby" Junger, Marion 'Suge' Knight,
 * Antonio "LA" Reid): part of a name, nobody's words, and no break in the name.
 */
const NICKNAME = /(?<![\p{L}'’.-])(\p{Lu}[\p{Ll}'’-]+) (["“‘']\p{Lu}[\p{L}'’.-]*["”’'] )(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu;

/** The text with each nickname left out: "Burkhard Junger". */
export function withoutNicknames(text: string): string {
  return /["“‘']/.test(text) ? text.replace(NICKNAME, '$1 $3') : text;
}

/** The same, offsets kept: the nickname's place blanked after the surname ("John Frazier      , grain analyst"). */
export function withNicknamesBlanked(text: string): string {
  return /["“‘']/.test(text)
    ? text.replace(NICKNAME, (_m, given: string, nick: string, surname: string) => `${given} ${surname}${' '.repeat(nick.length)}`)
    : text;
}

/** Whether the quote marks opening at `start` of `text` hold a nickname. */
export function isNicknameAt(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  for (const m of text.slice(from, start + 40).matchAll(NICKNAME)) if (from + m.index + m[1]!.length + 1 === start) return true;
  return false;
}
