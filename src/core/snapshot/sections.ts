/**
 * The snapshot's container: a small JSON header and named typed arrays, laid end to end in one
 * byte array. Arrays are saved as their bytes and read back with one copy each, without parsing:
 * an archive's index and sentences are most of a snapshot, and JSON.parse was most of a start.
 *
 * Layout: `BYLINE02`, the header's length (4 bytes, little-endian), the header (UTF-8 JSON: the
 * caller's data and where each array lies), then each array at a multiple of 8 bytes.
 */
import { runSteps } from '../text/run-steps.js';

const MAGIC = 'BYLINE02';
/** Bytes copied between two yields of `readSectionsSteps`. */
const COPY_BATCH = 1 << 20;

/** The typed arrays a snapshot holds. */
export type SavedArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

const KINDS = { Uint8Array, Uint32Array, Int32Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

/** Where one array lies: its name, kind, offset in bytes from the end of the header, and length in elements. */
type Placement = [string, Kind, number, number];

/** Lays a JSON-able header and named arrays out as one byte array. */
export function writeSections(header: unknown, arrays: Record<string, SavedArray>): Uint8Array {
  requireLittleEndian();
  const placements: Placement[] = [];
  let size = 0;
  for (const [name, array] of Object.entries(arrays)) {
    const kind = array.constructor.name as Kind;
    if (KINDS[kind] !== array.constructor) throw new Error(`a snapshot cannot hold a ${array.constructor.name} (${name})`);
    placements.push([name, kind, size, array.length]);
    size += align(array.byteLength);
  }
  const head = new TextEncoder().encode(JSON.stringify({ header, arrays: placements }));
  const start = align(MAGIC.length + 4 + head.length);
  const bytes = new Uint8Array(start + size);
  bytes.set(new TextEncoder().encode(MAGIC));
  new DataView(bytes.buffer).setUint32(MAGIC.length, head.length, true);
  bytes.set(head, MAGIC.length + 4);
  for (const [name, , offset] of placements) {
    const array = arrays[name]!;
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + offset);
  }
  return bytes;
}

/** The header and arrays of `writeSections`' bytes; throws when the bytes are not such a layout, or are cut short. */
export function readSections(bytes: Uint8Array): { header: unknown; arrays: Map<string, SavedArray> } {
  return runSteps(readSectionsSteps(bytes));
}

/** `readSections`, yielding after each array's copy (an archive's postings are tens of megabytes). */
export function* readSectionsSteps(bytes: Uint8Array): Generator<void, { header: unknown; arrays: Map<string, SavedArray> }> {
  requireLittleEndian();
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a snapshot of this format');
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + headLength > bytes.length) throw new Error('snapshot is cut short');
  const { header, arrays: placements } = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headLength))) as {
    header: unknown;
    arrays: Placement[];
  };
  const start = align(MAGIC.length + 4 + headLength);
  const arrays = new Map<string, SavedArray>();
  for (const [name, kind, offset, length] of placements) {
    const Type = KINDS[kind];
    if (!Type) throw new Error(`snapshot has an array of unknown kind ${kind}`);
    const from = start + offset;
    const to = from + length * Type.BYTES_PER_ELEMENT;
    if (to > bytes.length || offset % 8 !== 0) throw new Error('snapshot is cut short');
    // A copy, so that the array owns its memory (and is aligned) and the file's bytes can be let go.
    const copy = new Uint8Array(to - from);
    for (let at = from; at < to; at += COPY_BATCH) {
      copy.set(bytes.subarray(at, Math.min(to, at + COPY_BATCH)), at - from);
      yield;
    }
    arrays.set(name, new Type(copy.buffer));
  }
  return { header, arrays };
}

function align(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/** Arrays are saved in this machine's byte order, which every platform Node runs on shares; refuse any other. */
function requireLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('snapshots need a little-endian machine');
}
