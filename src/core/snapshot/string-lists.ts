/**
 * Many short lists of strings (the people and credits of each sentence, mostly none) saved as two
 * arrays over one table of the distinct strings: where each list starts, and its items' places.
 */

/** Lists packed: `starts` has one more entry than there are lists. */
export interface PackedLists {
  starts: Uint32Array;
  items: Uint32Array;
}

/** Packs lists, adding each new string to `table` (shared by all the lists of a snapshot). */
export function packLists(lists: string[][], table: string[], places: Map<string, number>): PackedLists {
  const starts = new Uint32Array(lists.length + 1);
  const items: number[] = [];
  lists.forEach((list, i) => {
    for (const item of list) {
      let place = places.get(item);
      if (place === undefined) {
        place = table.push(item) - 1;
        places.set(item, place);
      }
      items.push(place);
    }
    starts[i + 1] = items.length;
  });
  return { starts, items: Uint32Array.from(items) };
}

/** The one empty list every empty list is (most of an archive's sentences credit no outlet): frozen, so that nothing can fill it for all. */
const EMPTY = Object.freeze([]) as unknown as string[];

/** The lists back; throws when the arrays do not fit `count` lists over `table`. */
export function unpackLists({ starts, items }: PackedLists, count: number, table: string[]): string[][] {
  if (starts.length !== count + 1 || starts[count] !== items.length) throw new Error('snapshot is malformed (lists)');
  const lists: string[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const from = starts[i]!;
    const to = starts[i + 1]!;
    if (from > to) throw new Error('snapshot is malformed (lists)');
    lists[i] = from === to ? EMPTY : Array.from(items.subarray(from, to), (place) => table[place] ?? malformed());
  }
  return lists;
}

function malformed(): never {
  throw new Error('snapshot is malformed (lists)');
}
