/**
 * A long list saved as JSON in pieces, one piece a line, so that it is read back a piece at a
 * time: one JSON.parse of an archive's events or quotes holds a thread for a tenth of a second,
 * and a bot reloading its story must keep answering between pieces.
 */

/** Items per piece: small enough that one piece parses in a few milliseconds. */
const PIECE = 200;
const NEWLINE = 0x0a;

/** The list as UTF-8 lines, each a JSON array of at most `PIECE` items (JSON never writes a raw line break). */
export function writeJsonPieces(list: readonly unknown[]): Uint8Array {
  const lines: string[] = [];
  for (let from = 0; from < list.length; from += PIECE) lines.push(JSON.stringify(list.slice(from, from + PIECE)));
  return new TextEncoder().encode(lines.join('\n'));
}

/** The list back, yielding after each piece; throws when a piece is not a JSON array. */
export function* readJsonPieces(bytes: Uint8Array): Generator<void, unknown[]> {
  const list: unknown[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let from = 0; from < bytes.length; ) {
    let to = bytes.indexOf(NEWLINE, from);
    if (to < 0) to = bytes.length;
    const piece: unknown = JSON.parse(decoder.decode(bytes.subarray(from, to)));
    if (!Array.isArray(piece)) throw new Error('snapshot is malformed (list)');
    for (const item of piece) list.push(item);
    from = to + 1;
    yield;
  }
  return list;
}
