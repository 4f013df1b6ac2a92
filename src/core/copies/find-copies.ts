/**
 * Finds the articles of a story that copy another: ≥ 90% of their sentences the same (after
 * folding case and punctuation) as those of an earlier article. Archives hold exact and near-exact
 * duplicates (a story filed twice, a repeat with a corrected line); a copy is no second source, so
 * "in N of M articles" counts it once. Sentences are matched through an index, and a sentence that
 * many articles share (a wire's boilerplate) is not used, so the cost stays linear in the story.
 */
import type { Article, Sentence } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';

/** The share of the longer article's sentences two articles must have in common to be one source. */
export const SAME_SENTENCES = 0.9;
/** A sentence found in more articles than this is boilerplate, not evidence of copying. */
const COMMON_SENTENCE = 20;

/**
 * Marks each article that copies an earlier one with `copyOf`: the id of the first article of its
 * group, in the order given.
 */
export function markCopies(articles: Article[], byArticle: Map<string, Sentence[]>): void {
  const folded = articles.map((a) => [...new Set((byArticle.get(a.id) ?? []).map((s) => foldForComparison(s.norm)).filter((k) => k.length > 0))]);
  const held = new Map<string, number>();
  for (const sentences of folded) for (const key of sentences) held.set(key, (held.get(key) ?? 0) + 1);
  const keys = folded.map((sentences) => sentences.filter((key) => held.get(key)! <= COMMON_SENTENCE));
  const holders = new Map<string, number[]>();
  articles.forEach((article, j) => {
    // How many sentences this article shares with each earlier one.
    const shared = new Map<number, number>();
    for (const key of keys[j]!) {
      const list = holders.get(key) ?? [];
      for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
      list.push(j);
      holders.set(key, list);
    }
    const size = keys[j]!.length;
    for (const [i, same] of [...shared].sort((a, b) => a[0] - b[0])) {
      if (size > 0 && same >= SAME_SENTENCES * Math.max(size, keys[i]!.length)) {
        article.copyOf = articles[i]!.copyOf ?? articles[i]!.id;
        break;
      }
    }
  });
}

/** The source an article stands for: the first article of its copies, or itself. */
export function sourceOf(article: Article): string {
  return article.copyOf ?? article.id;
}
