/** Picks the best-scoring documents of a query without sorting every match. */

/**
 * The `limit` documents of highest score, in the order a stable sort by score would give them:
 * a heap of the best so far, its root the worst of them (on equal scores, the one met last).
 */
export function best(order: number[], scoreOf: (doc: number) => number, limit: number): number[] {
  const worse = (a: number, b: number) => scoreOf(order[a]!) < scoreOf(order[b]!) || (scoreOf(order[a]!) === scoreOf(order[b]!) && a > b);
  const heap: number[] = [];
  const sift = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let at = 0; at < order.length; at++) {
    if (heap.length < limit) {
      heap.push(at);
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1)
        [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1]!, heap[i]!];
    } else if (limit > 0 && worse(heap[0]!, at)) {
      heap[0] = at;
      sift(0);
    }
  }
  return heap.sort((a, b) => scoreOf(order[b]!) - scoreOf(order[a]!) || a - b).map((at) => order[at]!);
}
