/** Builds citations: the stable address of a sentence, with the article's title, outlet and URL. */
import type { Article, Citation, Sentence } from '../types.js';

/** The citation of a sentence, optionally carrying the excerpt shown for it. */
export function citationOf(sentence: Sentence, article: Article, excerpt?: string): Citation {
  const citation: Citation = { article: article.id, sentence: sentence.n, title: article.title, outlet: article.outlet, url: article.url };
  if (excerpt !== undefined) citation.excerpt = excerpt;
  return citation;
}
