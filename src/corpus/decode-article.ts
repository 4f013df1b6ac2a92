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
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), warning: 'not valid UTF-8; read as Windows-1252' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.1;
}
