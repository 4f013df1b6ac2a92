/**
 * Which titles name the same office, and which a bare noun covers: one table for the cast (whose role
 * is an alias of whom) and for attribution (whom "the premier said" may stand for).
 */

/** Titles of one office, its usual title first: "the premier" is the prime minister; "the chair" is the chairman (a chairwoman is no chairman). */
const SAME_OFFICE: readonly (readonly string[])[] = [
  ['prime minister', 'premier'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
];

/** Titles a bare description's noun covers besides its own: "the minister" may be the Education Secretary (not "the prime minister"). */
const COVERED_BY: Readonly<Record<string, readonly string[]>> = { minister: ['secretary', 'chancellor'] };

const endsOn = (title: string, t: string) => title === t || title.endsWith(` ${t}`);

/** The group of titles the title ends on, if it ends on one. */
const groupOf = (title: string) => SAME_OFFICE.find((g) => g.some((t) => endsOn(title, t)));

/** The role as its office's usual title ("premier" → "prime minister", "deputy premier" → "deputy prime minister"), in small letters. */
export function officeOf(role: string): string {
  const lower = role.toLowerCase();
  const group = groupOf(lower);
  const t = group?.find((g) => endsOn(lower, g));
  return group && t ? lower.slice(0, lower.length - t.length) + group[0] : lower;
}

/** Whether the description's title ("the premier") has another name for its office that the role holds ("Prime Minister"). */
export function sameOffice(description: string, role: string): boolean {
  const group = groupOf(description.toLowerCase());
  const lower = role.toLowerCase();
  return group?.some((t) => new RegExp(`(?<![\\p{L}])${t}(?![\\p{L}])`, 'u').test(lower)) ?? false;
}

/** Whether a bare description's noun ("minister") covers a role that ends on another title ("secretary"). */
export function coversTitle(noun: string, roleLastWord: string): boolean {
  return COVERED_BY[noun]?.includes(roleLastWord) ?? false;
}
