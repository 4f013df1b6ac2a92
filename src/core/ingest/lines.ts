/** Small shared predicates about lines of article text, used by the boilerplate and metadata steps. */
import { normalizeTypography } from './normalize-typography.js';

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
