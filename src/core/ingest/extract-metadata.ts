/**
 * Reads an article's metadata from its structure: the header lines above the first paragraph
 * (headline, deck, "By …" byline, outlet, date line), the removed boilerplate (an author bio names
 * the writer and outlet, a wire sign-off names the agency, a leading `date …` token the date) and a
 * dateline such as "LONDON (Reuters) -". Metadata the user gives wins over all of it.
 */
import type { ArticleMetaInput } from '../types.js';
import type { Block } from './split-blocks.js';
import type { RemovedBlock } from './strip-boilerplate.js';
import { endsLikeSentence, isBlankLine, isDateLine, wordsOf } from './lines.js';
import { outletName } from './outlets.js';
import { parseExplicitDate } from '../text/parse-explicit-date.js';
import { normalizeTypography } from './normalize-typography.js';

/** What the text and the user say about an article, and the blocks that are its body. */
export interface ArticleMetadata {
  headline: string | null;
  outlet: string | null;
  byline: string | null;
  date: string | null;
  url: string | null;
  /** Header lines that are the article's own words (headline, deck): cited like sentences. */
  headerLines: Block[];
  body: Block[];
}

const BYLINE = /^By\s+([\p{Lu}][\p{L}'’.-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{Lu}][\p{L}'’.-]*)*)/u;
const DATELINE_OUTLET = /^[A-Z][A-Za-z .,'-]{1,40}\(([^)]{2,30})\)\s*[-—–]/;

/** Extracts metadata from a stripped article, letting `given` override what is inferred. */
export function extractMetadata(blocks: Block[], removed: RemovedBlock[], given: ArticleMetaInput = {}): ArticleMetadata {
  const filled = blocks.filter((b) => !isBlankLine(b.text));
  const bodyStart = findBodyStart(filled);
  const header = bodyStart < 0 ? [] : filled.slice(0, bodyStart);
  const body = bodyStart < 0 ? filled : filled.slice(bodyStart);
  const found: { outlet: string | null; byline: string | null; date: string | null } = { outlet: null, byline: null, date: null };
  const headerLines: Block[] = [];

  // Header lines: each is a byline, an outlet, a date line or a headline/deck.
  for (const block of header) {
    const text = normalizeTypography(block.text).trim();
    const byline = BYLINE.exec(text);
    if (byline && wordsOf(text).length <= 14) found.byline ??= byline[1]!.trim();
    else if (wordsOf(text).length <= 5 && outletName(text)) found.outlet ??= outletName(text);
    else if (isDateLine(text)) found.date ??= parseExplicitDate(text);
    else headerLines.push({ ...block, text: block.text.replace(/\s+/g, ' ').trim() });
  }

  // Removed boilerplate: a bio names writer and outlet, a sign-off the agency, a token the date.
  for (const r of removed) {
    const text = normalizeTypography(r.text).trim();
    if (r.reason === 'bio') {
      found.byline ??= /^(\S+(?:\s+[\p{Lu}]\S*){1,3})\s+(?:is|was|has been)\b/u.exec(text)?.[1] ?? null;
      found.outlet ??= outletName(/\b(?:at|for|with)\s+([^.,]+)/.exec(text)?.[1] ?? '');
    } else if (r.reason === 'metadata-token') {
      found.date ??= parseExplicitDate(text);
    } else if (r.position === 'tail') {
      found.outlet ??= outletName(/\p{Ll}/u.test(text) ? text : titleCase(text));
    }
  }

  // Dateline: "CITY (Agency) -" opening the first paragraph.
  const dateline = body[0] ? DATELINE_OUTLET.exec(normalizeTypography(body[0].text)) : null;
  if (dateline) found.outlet ??= outletName(dateline[1]!);

  const headline = headerLines[0]?.text ?? null;
  return {
    headline: given.title ?? headline,
    outlet: given.outlet ?? found.outlet,
    byline: given.byline ?? found.byline,
    date: given.date ? (parseExplicitDate(given.date) ?? given.date) : found.date,
    url: given.url ?? null,
    headerLines,
    body,
  };
}

/**
 * Where the body begins: the first block of prose (a line in capitals is a headline, not prose). An article of tables or fragments (no prose)
 * starts its body after the headline, or after a date line among the first lines.
 */
function findBodyStart(blocks: Block[]): number {
  const isProse = (t: string) => /\p{Ll}/u.test(t) && (wordsOf(t).length > 25 || (endsLikeSentence(t) && wordsOf(t).length >= 6));
  const prose = blocks.findIndex((b) => isProse(b.text));
  if (prose >= 0 || blocks.length === 0) return prose;
  const dateLine = blocks.slice(0, 4).findIndex((b) => isDateLine(normalizeTypography(b.text).trim()));
  return Math.min(dateLine + 1 || 1, blocks.length);
}

function titleCase(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
