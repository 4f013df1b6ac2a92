/** Lists the story's articles with their metadata (the `sources` answer). */
import type { Article, SourcesResult, Story } from '../types.js';

/**
 * The articles of the story in the order a reader follows it: by date, the undated after them, and
 * ties by their names as numbers read (wire 1370 before 10981, not after it as in spelling order).
 */
export function listSources(story: Story): SourcesResult {
  return {
    articles: [...story.articles].sort(readingOrder).map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      byline: a.byline,
      date: a.date,
      url: a.url,
      sentences: a.sentenceCount,
    })),
  };
}

const byName = new Intl.Collator('en', { numeric: true });

function readingOrder(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return byName.compare(a.id, b.id);
}

/** How many distinct sources the story has: a copy of another article (the same report twice in a corpus) is not one more. */
export function distinctSourceCount(story: Story): number {
  return story.articles.filter((a) => !a.copyOf).length;
}
