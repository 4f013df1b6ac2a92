/**
 * Finds the articles of a story that copy another: ≥ 90% of their sentences the same (after
 * folding case and punctuation) as those of an earlier article, or, for a repeat with a corrected
 * line (a wire re-sent with a typo fixed), ≥ 90% of their runs of words. Archives hold exact and
 * near-exact duplicates; a copy is no second source, so "in N of M articles" counts it once.
 * Sentences are matched through an index, and a sentence that many articles share (a wire's
 * boilerplate) is not used, so the cost stays linear in the story; runs of words are compared only
 * for the pairs whose sentences already mostly agree.
 */
import type { Article, Sentence } from '../types.js';
import { foldForComparison } from '../ingest/normalize-typography.js';

/** The share of the longer article's sentences two articles must have in common to be one source. */
export const SAME_SENTENCES = 0.9;
/** The share of sentences in common that makes two articles worth comparing word by word. */
const SOME_SENTENCES = 0.5;
/** How many words make a run, for comparing two articles word by word. */
const RUN = 4;
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
      const larger = Math.max(size, keys[i]!.length);
      const copies = same >= SAME_SENTENCES * larger || (same >= SOME_SENTENCES * larger && sameRuns(folded[i]!, folded[j]!));
      if (size > 0 && copies) {
        article.copyOf = articles[i]!.copyOf ?? articles[i]!.id;
        break;
      }
    }
  });
}

/**
 * Whether two articles' sentences have ≥ 90% of their runs of words in common (the larger's share)
 * and state the same figures: a routine wire filed daily ("The Fed entered the market to arrange
 * 1.5 billion dlrs of repurchase agreements") changes only its figures, and each day's is news.
 */
function sameRuns(a: string[], b: string[]): boolean {
  if (figuresOf(a) !== figuresOf(b)) return false;
  const x = runsOf(a);
  const y = runsOf(b);
  let both = 0;
  for (const run of x) if (y.has(run)) both++;
  return both >= SAME_SENTENCES * Math.max(x.size, y.size, 1);
}

/** The distinct runs of RUN words in an article's folded sentences. */
function runsOf(sentences: string[]): Set<string> {
  const runs = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.split(/\s+/).filter((w) => w.length > 0);
    for (let k = 0; k + RUN <= words.length; k++) runs.add(words.slice(k, k + RUN).join(' '));
    if (words.length > 0 && words.length < RUN) runs.add(words.join(' '));
  }
  return runs;
}

/** The source an article stands for: the first article of its copies, or itself. */
export function sourceOf(article: Article): string {
  return article.copyOf ?? article.id;
}

/** The figures an article's sentences state, each once, sorted: two articles compare them as one string. */
function figuresOf(sentences: string[]): string {
  return [...new Set(sentences.flatMap((s) => s.match(/\d+/g) ?? []))].sort().join(' ');
}
