/**
 * Decodes an article file's bytes: UTF-8 when valid, else Windows-1252 (the usual encoding of
 * older news files) with a warning; binary content is refused.
 */

/** The decoded text, or why it could not be read, plus any warning. */
export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

/** Decodes the bytes of one article file. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary, not text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), warning: 'not valid UTF-8; read as Windows-1252' };
  }
}

/** Binary: a NUL byte anywhere (one native scan of the whole file, so none hides past a sample), or many control bytes in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return control / sample.length > 0.1;
}

/** Windows-1252's characters at 0x80–0x9F (where Latin-1 has control codes); undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 by hand: Node's TextDecoder reads this label as Latin-1 and loses curly quotes and dashes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
