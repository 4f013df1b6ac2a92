/**
 * Parses `metadata.json`: an object keyed by article id, each value giving any of `title`,
 * `outlet`, `byline`, `date` (ISO) and `url`. Bad entries are reported, not fatal.
 *
 * @example {"business/001": {"outlet": "BBC News", "url": "https://…", "date": "2005-01-19"}}
 */
import type { ArticleMetaInput } from '../core/types.js';
import { parseExplicitDate } from '../core/dates/parse-explicit-date.js';

const FIELDS = ['title', 'outlet', 'byline', 'date', 'url'] as const;

/** The metadata by article id, and a list of problems found in the file. */
export function parseMetadataFile(text: string): { metadata: Record<string, ArticleMetaInput>; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { metadata: {}, problems: [`not valid JSON (${(error as Error).message}); ignored`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { metadata: {}, problems: ['must be an object keyed by article id; ignored'] };
  const metadata: Record<string, ArticleMetaInput> = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') {
      problems.push(`entry "${id}" is not an object; ignored`);
      continue;
    }
    const entry: ArticleMetaInput = {};
    for (const field of FIELDS) {
      const v = (value as Record<string, unknown>)[field];
      if (typeof v !== 'string' || !v.trim()) {
        if (v !== undefined) problems.push(`entry "${id}": ${field} must be a non-empty string; ignored`);
      } else if (field === 'date' && !parseExplicitDate(v)) {
        problems.push(`entry "${id}": date "${v}" is not a date such as 2017-06-09; ignored`);
      } else entry[field] = field === 'date' ? parseExplicitDate(v)! : v.trim();
    }
    metadata[id] = entry;
  }
  return { metadata, problems };
}
