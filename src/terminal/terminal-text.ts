/**
 * Text on its way to a terminal. Articles, file names, metadata and what users type may hold
 * control characters; an escape sequence (ESC `[` …, or the one-byte C1 CSI) written raw would
 * move the cursor, recolour, retitle or clear the reader's terminal. So C0 and C1 controls (and
 * DEL) are dropped at the boundary, newlines and tabs kept where the output has lines.
 */

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print: every control character except newline and tab removed. */
export function forTerminal(text: string): string {
  return text.replace(CONTROLS, '');
}

/** One line safe to print (a log line, a warning): newlines and tabs become spaces, other controls go. */
export function lineForTerminal(text: string): string {
  return forTerminal(text).replace(/[\n\t]/g, ' ');
}

/** JSON safe to print: JSON.stringify escapes C0 controls but leaves DEL and C1 raw; these are escaped too (the parsed value is the same). */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
