/**
 * The ids of the interactions seen lately, so that one delivered twice (a gateway replay after a
 * resume) is answered once: Discord refuses a second answer, and the user would see an error.
 */

/** A bounded set of recent ids: the oldest are forgotten past `capacity`. */
export interface RecentIds {
  /** True the first time an id is seen (and remembers it), false for a repeat. */
  firstSight(id: string): boolean;
}

/** A set of at most `capacity` recent ids (an interaction can only be answered for 15 minutes anyway). */
export function recentIds(capacity = 20_000): RecentIds {
  const seen = new Set<string>();
  return {
    firstSight(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      // A Set iterates in insertion order: its first value is the oldest.
      if (seen.size > capacity) seen.delete(seen.values().next().value!);
      return true;
    },
  };
}
