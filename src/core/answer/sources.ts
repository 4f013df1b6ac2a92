/** Lists the story's articles with their metadata (the `sources` answer). */
import type { SourcesResult, Story } from '../types.js';

/** The articles of the story, in id order. */
export function listSources(story: Story): SourcesResult {
  return {
    articles: story.articles.map((a) => ({
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

/** How many distinct sources the story has: a copy of another article (the same report twice in a corpus) is not one more. */
export function distinctSourceCount(story: Story): number {
  return story.articles.filter((a) => !a.copyOf).length;
}
