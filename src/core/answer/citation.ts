/** Builds citations: the stable address of a sentence, with the article's title, outlet, date and URL. */
import type { Article, Citation, Sentence, Story } from '../types.js';
import { sourceOf } from '../copies/find-copies.js';

/** The citation of a sentence, optionally carrying the excerpt shown for it. */
export function citationOf(sentence: Sentence, article: Article, excerpt?: string): Citation {
  const citation: Citation = { article: article.id, sentence: sentence.n, title: article.title, outlet: article.outlet, date: article.date, url: article.url };
  if (excerpt !== undefined) citation.excerpt = excerpt;
  return citation;
}

/**
 * One citation per source for a list of occurrences (an article, a sentence, and the excerpt
 * `excerptOf` gives), the first of each kept: an article and its copies are one source.
 */
export function citationsPerArticle<T extends { article: string; sentence: number }>(story: Story, occurrences: T[], excerptOf: (o: T) => string): Citation[] {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const o of occurrences) {
    const article = articleById(story, o.article);
    if (seen.has(sourceOf(article))) continue;
    seen.add(sourceOf(article));
    citations.push(citationOf(story.byArticle.get(o.article)![o.sentence - 1]!, article, excerptOf(o)));
  }
  return citations;
}

/** The article with this id. */
export function articleById(story: Story, id: string): Article {
  return story.lookups.articles.get(id)!;
}
