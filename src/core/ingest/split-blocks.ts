/**
 * Turns an article's text into blocks: one per paragraph or header line, with blank lines kept as
 * empty blocks because structure (what stands alone between blank lines) is evidence later on.
 * Hard-wrapped files (newswire style, lines cut near a fixed width) have their lines joined back
 * into paragraphs; a paragraph there starts after a blank line or at an indented line.
 */
import { isBlankLine } from './lines.js';

/** A paragraph or a header line, with the 1-based line where it starts. */
export interface Block {
  text: string;
  line: number;
}

/** Splits text into blocks, re-joining hard-wrapped lines. */
export function splitBlocks(text: string): Block[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((l) => l.replace(/\s+$/, ''));
  return isHardWrapped(lines) ? joinWrappedLines(lines) : lines.map((t, i) => ({ text: t, line: i + 1 }));
}

/** True when most lines are cut near one width, as newswires and e-mail do (not prose written one paragraph a line). */
export function isHardWrapped(lines: string[]): boolean {
  const filled = lines.filter((l) => !isBlankLine(l));
  if (filled.length < 6) return false;
  const longest = Math.max(...filled.map((l) => l.length));
  if (longest > 100) return false;
  const nearWidth = filled.filter((l) => l.length >= longest * 0.6).length;
  return nearWidth / filled.length >= 0.6;
}

function joinWrappedLines(lines: string[]): Block[] {
  const width = Math.max(...lines.map((l) => l.length));
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previousWasFull = false;
  lines.forEach((raw, i) => {
    if (isBlankLine(raw)) {
      current = null;
      previousWasFull = false;
      blocks.push({ text: '', line: i + 1 });
      return;
    }
    // A paragraph starts after a blank line, at an indent, or after a short (unfilled) line.
    const startsParagraph = current === null || /^\s/.test(raw) || !previousWasFull;
    previousWasFull = raw.length >= width * 0.75;
    if (startsParagraph) {
      current = { text: raw.trim(), line: i + 1 };
      blocks.push(current);
    } else if (current) {
      const joined: Block = current;
      joined.text = joined.text.endsWith('-') && /^\p{Ll}/u.test(raw.trim())
        ? joined.text + raw.trim()
        : `${joined.text} ${raw.trim()}`;
    }
  });
  return blocks;
}
