/**
 * Turns an article's text into blocks: one per paragraph or header line, with blank lines kept as
 * empty blocks because structure (what stands alone between blank lines) is evidence later on.
 * Hard-wrapped files (newswire style, lines cut near a fixed width) have their lines joined back
 * into paragraphs; a paragraph there starts after a blank line or at an indented line.
 */
import { isBlankLine, isDateStamp } from './lines.js';

/** A paragraph or a header line, with the 1-based line where it starts. */
export interface Block {
  text: string;
  line: number;
}

/** Splits text into blocks, re-joining hard-wrapped lines. */
export function splitBlocks(text: string): Block[] {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+$/, ''));
  return isHardWrapped(lines) ? joinWrappedLines(lines) : joinBrokenParagraphs(lines.map((t, i) => ({ text: t, line: i + 1 })));
}

/**
 * A paragraph that opens in lower case after one that stopped mid-sentence goes on with it: a scraped page
 * sets an emphasised word or a dropped link apart by blank lines ("Parry revealed Real Madrid" / "did" / "ask for
 * an option …"). Not after the first line, a headline; not a word with an inner capital ("iPod", "eBay").
 */
function joinBrokenParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  const first = blocks.find((b) => !isBlankLine(b.text));
  let last: Block | null = null;
  let blanks = 0;
  for (const block of blocks) {
    if (isBlankLine(block.text)) {
      blanks++;
      out.push(block);
      continue;
    }
    const goesOn = last !== null && last !== first && /[\p{L}\p{N},]$/u.test(last.text) && /^\p{Ll}+(?![\p{Lu}])/u.test(block.text);
    if (goesOn) {
      out.splice(out.length - blanks, blanks);
      last!.text = `${last!.text} ${block.text.trim()}`;
    } else {
      out.push(block);
      last = block;
    }
    blanks = 0;
  }
  return out;
}

/** True when most lines are cut near one width, as newswires and e-mail do (not prose written one paragraph a line). */
export function isHardWrapped(lines: string[]): boolean {
  // A wire's date stamp may run long with its topics ("27-APR-1987 09:06:52.84 [trade,alum,zinc,…]"): no measure of the width.
  const filled = lines.filter((l) => !isBlankLine(l) && !isDateStamp(l));
  if (filled.length < 3) return false;
  const longest = longestLength(filled);
  if (longest > 100) return false;
  const nearWidth = filled.filter((l) => l.length >= longest * 0.6).length;
  // Lines that stop mid-sentence and go on in lower case on the next line are wrapped, whatever their length.
  const brokenMidSentence = lines.filter((l, i) => /[\p{L}\p{N},]$/u.test(l) && /^[\p{Ll}\p{N}]/u.test(lines[i + 1] ?? '')).length;
  // Newswires mark paragraphs by an indent under lines of one width.
  const indentedStarts = lines.filter((l, i) => i > 0 && /^\s{2,}\S/.test(l) && !isBlankLine(lines[i - 1]!)).length;
  return nearWidth / filled.length >= 0.6 || brokenMidSentence >= 2 || indentedStarts >= 1;
}

/** The length of the longest line (a loop: spreading a million lines into Math.max overflows the stack). */
function longestLength(lines: string[]): number {
  let longest = 0;
  for (const l of lines) longest = Math.max(longest, l.length);
  return longest;
}

/** Opening brackets minus closing ones in a line. */
function bracketBalance(text: string): number {
  return (text.match(/[<([]/g) ?? []).length - (text.match(/[>)\]]/g) ?? []).length;
}

/** A line of five words or more, in small letters among them, that ends on a word or a comma: a sentence cut by a wrap. */
const MID_SENTENCE_PROSE = /^(?=.*\p{Ll})(?:\S+\s+){4,}\S*[\p{L},]$/u;
/** A wire's table row ("Shr loss nil vs profit 19 cts"), which ends on a word too. */
const TABLE_ROW = /\bvs\b|\d/;

function joinWrappedLines(lines: string[]): Block[] {
  const width = longestLength(lines.filter((l) => !isDateStamp(l)));
  const blocks: Block[] = [];
  let current: Block | null = null;
  // The current paragraph's brackets left open, counted line by line (recounting the whole
  // paragraph at every line was quadratic in a file of thousands of short lines).
  let openBrackets = 0;
  let lastLine = '';
  let previousWasFull = false;
  let previousHasLowerCase = false;
  // Where indents mark paragraphs (newswires), a short line does not end one.
  const indented = lines.some((l) => /^\s{2,}\S/.test(l));
  lines.forEach((raw, i) => {
    if (isBlankLine(raw)) {
      current = null;
      previousWasFull = false;
      blocks.push({ text: '', line: i + 1 });
      return;
    }
    // A paragraph starts after a blank line, at an indent, or after a short (unfilled) line,
    // unless the line carries on a sentence (it starts in lower case).
    // A figure carries on a sentence cut after a word ("said it set March" / "26 as the record date"),
    // as a small letter does.
    const carriesOn =
      /^\p{Ll}/u.test(raw) ||
      (current !== null && openBrackets > 0) ||
      (indented && previousHasLowerCase) ||
      // Where no indent marks paragraphs, a line of prose that stops mid-sentence goes on ("said it named Peter" /
      // "L. Scott, chairman …"): a wire's first line is short for its dateline, not for a paragraph's end.
      (!indented && current !== null && MID_SENTENCE_PROSE.test(lastLine) && !TABLE_ROW.test(lastLine)) ||
      (/^\p{N}/u.test(raw) && previousHasLowerCase && /\p{L}$/u.test(lastLine));
    // A date stamp stands alone even under a headline in lower case ("Venezuela seeks 'flexibility'
    // from banks" above "26-FEB-1987 17:11:26.97"): joined, the article would lose its date.
    const startsParagraph = current === null || /^\s/.test(raw) || (!previousWasFull && !carriesOn) || isDateStamp(raw);
    previousHasLowerCase = /\p{Ll}/u.test(raw);
    // A line without lower case (a capitalised headline, a date line) is never carried on.
    previousWasFull = raw.length >= width * 0.75 && /\p{Ll}/u.test(raw);
    if (startsParagraph) {
      current = { text: raw.trim(), line: i + 1 };
      openBrackets = bracketBalance(current.text);
      blocks.push(current);
    } else if (current) {
      openBrackets += bracketBalance(raw);
      const joined: Block = current;
      // The paragraph ends as its last line does: asking the joined text would flatten it at every line.
      joined.text = lastLine.endsWith('-') && /^\p{Ll}/u.test(raw.trim()) ? joined.text + raw.trim() : `${joined.text} ${raw.trim()}`;
    }
    lastLine = raw.trim();
  });
  return blocks;
}
