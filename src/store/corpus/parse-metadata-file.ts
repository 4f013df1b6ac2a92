/**
 * Parses `metadata.json`: an object keyed by article id, each value giving any of `title`,
 * `outlet`, `byline`, `date` (ISO) and `url`. Bad entries are reported, not fatal. The file is
 * untrusted: ids go into a map with no prototype (a `__proto__` key is an id like any other),
 * every field must be a string of bounded length, and a URL must be plain http(s).
 *
 * @example {"business/001": {"outlet": "BBC News", "url": "https://…", "date": "2005-01-19"}}
 */
import type { ArticleMetaInput } from '../../core/types.js';
import { parseExplicitDate } from '../../core/text/parse-explicit-date.js';
import { plainHttpUrl } from './plain-http-url.js';

/** The longest value taken for each field (a URL as long as Discord takes in an embed). */
export const FIELD_MAX = { title: 500, outlet: 200, byline: 300, date: 64, url: 2048 } as const;
const FIELDS = Object.keys(FIELD_MAX) as (keyof typeof FIELD_MAX)[];

/** At most this many problems are listed one by one; the rest are counted in one line. */
export const PROBLEMS_LISTED = 10;

/** The metadata by article id (a map with no prototype), and a list of problems found in the file. */
export function parseMetadataFile(text: string): { metadata: Record<string, ArticleMetaInput>; problems: string[] } {
  const metadata: Record<string, ArticleMetaInput> = Object.create(null) as Record<string, ArticleMetaInput>;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { metadata, problems: [`not valid JSON (${(error as Error).message}); ignored`] };
  }
  if (!isObject(raw)) return { metadata, problems: ['must be an object keyed by article id; ignored'] };
  const problems: string[] = [];
  for (const [id, value] of Object.entries(raw)) {
    if (!isObject(value)) {
      problems.push(`entry ${quoted(id)} is not an object; ignored`);
      continue;
    }
    const entry: ArticleMetaInput = {};
    for (const [field, v] of Object.entries(value)) {
      if (!FIELDS.includes(field as keyof typeof FIELD_MAX)) problems.push(`entry ${quoted(id)}: unknown field ${quoted(field)}; ignored`);
      else {
        const checked = checkField(field as keyof typeof FIELD_MAX, v);
        if (typeof checked === 'string') entry[field as keyof typeof FIELD_MAX] = checked;
        else problems.push(`entry ${quoted(id)}: ${checked.problem}; ignored`);
      }
    }
    metadata[id] = entry;
  }
  return { metadata, problems: summarised(problems) };
}

/** A field's value as taken, or why it is not. */
function checkField(field: keyof typeof FIELD_MAX, v: unknown): string | { problem: string } {
  if (typeof v !== 'string' || !v.trim()) return { problem: `${field} must be a non-empty string` };
  if (v.length > FIELD_MAX[field]) return { problem: `${field} is longer than ${FIELD_MAX[field]} characters` };
  if (field === 'date') return parseExplicitDate(v) ?? { problem: `date ${quoted(v)} is not a date such as 2017-06-09` };
  if (field === 'url') return plainHttpUrl(v) ?? { problem: `url ${quoted(v)} is not a plain http(s) address` };
  // A title, outlet or byline is one line of text: control characters and line breaks become spaces.
  return v.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A key or value for a message: JSON-quoted (controls escaped), cut at 80 characters. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** The first problems as they are, the rest in one line: a file of 200,000 bad entries is not 200,000 warnings. */
function summarised(problems: string[]): string[] {
  if (problems.length <= PROBLEMS_LISTED) return problems;
  return [...problems.slice(0, PROBLEMS_LISTED), `and ${problems.length - PROBLEMS_LISTED} more problems like these; ignored`];
}
