/**
 * The core's entry point: article texts in, an indexed story out. Pure: the caller reads the files
 * and passes their texts (and any metadata the user gave); nothing here touches the disk.
 */
import type { ArticleMetaInput, ArticleSource, IngestWarning, Sentence, Story } from './types.js';
import { ingestArticle } from './ingest/ingest-article.js';
import { buildCast } from './people/build-cast.js';
import { buildSentenceIndex } from './index/sentence-index.js';
import type { Thesaurus } from './index/thesaurus.js';
import { buildCastLookup } from './people/cast-lookup.js';
import { extractQuotes } from './quotes/extract-quotes.js';
import { mergeQuotes } from './quotes/merge-quotes.js';
import { extractEvents } from './dates/extract-events.js';
import { mergeEvents } from './dates/merge-events.js';

/** A built story and what could not be read cleanly on the way. */
export interface BuiltStory {
  story: Story;
  warnings: IngestWarning[];
}

/** Ingests every article, finds the cast and builds the search index. */
export function buildStory(sources: ArticleSource[], metadata: Record<string, ArticleMetaInput> = {}, thesaurus?: Thesaurus): BuiltStory {
  const warnings: IngestWarning[] = [];
  // 1. Articles: each text through the ingest steps; one that yields no sentence is skipped.
  const ingested = [...sources]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((source) => ({ source, result: ingestArticle(source, metadata[source.id]) }))
    .filter(({ source, result }) => {
      if (result.sentences.length > 0) return true;
      warnings.push({ file: source.id, message: 'no readable sentence in this article; skipped' });
      return false;
    })
    .map(({ result }) => result);
  const articles = ingested.map((r) => r.article);
  const sentences: Sentence[] = ingested.flatMap((r) => r.sentences);
  // 2. People: the cast across all articles; each sentence learns whom it mentions.
  const people = buildCast(sentences);
  // 3. Quotes: extracted and attributed article by article, then merged across articles.
  const cast = buildCastLookup(people);
  const byArticle = new Map(articles.map((a) => [a.id, [] as Sentence[]]));
  for (const s of sentences) byArticle.get(s.article)!.push(s);
  const quotes = mergeQuotes([...byArticle.values()].flatMap((articleSentences) => extractQuotes(articleSentences, cast)));
  // 4. Events: dated sentences, resolved against each article's date, merged across articles.
  const found = articles.flatMap((a) => extractEvents(byArticle.get(a.id)!, a.date));
  const events = mergeEvents(found, (article, n) => byArticle.get(article)![n - 1]!);
  // 5. Index: one search index over every sentence, built once.
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const index = buildSentenceIndex(sentences.map((s, id) => ({ id, text: s.norm, people: s.people.join(' '), title: titles.get(s.article) ?? '' })));
  const story: Story = { articles, sentences, people, quotes, events, index, byArticle };
  if (thesaurus) story.thesaurus = thesaurus;
  return { story, warnings };
}
