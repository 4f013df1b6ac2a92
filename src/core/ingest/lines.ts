/** Small shared predicates about lines of article text, used by the boilerplate and metadata steps. */
import { normalizeTypography } from './normalize-typography.js';
import { parseExplicitDate } from '../text/parse-explicit-date.js';

/** The words of a line (letters and digits runs). */
export function wordsOf(line: string): string[] {
  return normalizeTypography(line).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/** True when a line ends like a sentence: `.`, `!` or `?`, possibly inside closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["')\]]*\s*$/.test(normalizeTypography(line).trim());
}

/** True for a line with no letters or digits at all (a separator such as `-` or `* * *`). */
export function isSeparatorLine(line: string): boolean {
  return line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line);
}

/** True for a blank line (also one made only of non-breaking spaces). */
export function isBlankLine(line: string): boolean {
  return normalizeTypography(line).trim() === '';
}

/** True for a short line without sentence punctuation: a headline, a label or a widget. */
export function isHeadlineLike(line: string, maxWords = 20): boolean {
  const words = wordsOf(line);
  return words.length > 0 && words.length <= maxWords && !endsLikeSentence(line);
}

/** A header line that is mostly a date (and perhaps a time and topic tags), not a headline. */
export function isDateLine(text: string): boolean {
  if (!parseExplicitDate(text)) return false;
  const rest = text.replace(/\[[^\]]*\]/g, '').replace(/[\d:.,/-]+/g, ' ');
  return wordsOf(rest).length <= 4;
}

/**
 * A line that is only a date stamp ("26-FEB-1987 17:11:26.97 [earn]"): a date line with no lower
 * case outside its topic tags, so never the wrapped end of a sentence ("… said on March 26, 1987.").
 */
export function isDateStamp(line: string): boolean {
  const text = normalizeTypography(line).trim();
  return !/\p{Ll}/u.test(text.replace(/\[[^\]]*\]/g, '')) && isDateLine(text);
}
