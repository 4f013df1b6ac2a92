/** Builds citations: the stable address of a sentence, with the article's title, outlet and URL. */
import type { Article, Citation, Sentence, Story } from '../types.js';

/** The citation of a sentence, optionally carrying the excerpt shown for it. */
export function citationOf(sentence: Sentence, article: Article, excerpt?: string): Citation {
  const citation: Citation = { article: article.id, sentence: sentence.n, title: article.title, outlet: article.outlet, url: article.url };
  if (excerpt !== undefined) citation.excerpt = excerpt;
  return citation;
}

/** One citation per article for a list of occurrences (article, sentence, excerpt), the first of each article kept. */
export function citationsPerArticle(story: Story, occurrences: { article: string; sentence: number; excerpt: string }[]): Citation[] {
  const seen = new Set<string>();
  return occurrences
    .filter((o) => !seen.has(o.article) && seen.add(o.article))
    .map((o) => citationOf(story.byArticle.get(o.article)![o.sentence - 1]!, articleById(story, o.article), o.excerpt));
}

const articleIndex = new WeakMap<Story, Map<string, Article>>();

/** The article with this id (looked up through an index kept per story). */
export function articleById(story: Story, id: string): Article {
  let index = articleIndex.get(story);
  if (!index) {
    index = new Map(story.articles.map((a) => [a.id, a]));
    articleIndex.set(story, index);
  }
  return index.get(id)!;
}
