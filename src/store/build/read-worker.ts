/**
 * A worker of the parallel build: reads its share of the articles (step 1), sends the readings,
 * then waits for the cast and sends each readable article's quotes and events (step 3).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readArticle, reportsOf, type ArticleReading } from '../../core/story/build-story.js';
import { buildCastLookup } from '../../core/people/cast-lookup.js';
import type { ArticleMetaInput, ArticleSource, Person } from '../../core/types.js';
import type { FromReader, ToReader } from './reader-messages.js';

const { sources, metadata } = workerData as { sources: ArticleSource[]; metadata: Record<string, ArticleMetaInput> };
const port = parentPort!;
const post = (message: FromReader) => port.postMessage(message);

try {
  const readings: ArticleReading[] = sources.map((s) => readArticle(s, metadata[s.id]));
  post({ kind: 'readings', readings });
  port.once('message', (message: ToReader) => {
    try {
      const cast = buildCastLookup(message.people as Person[]);
      post({ kind: 'reports', reports: readings.filter((r) => r.sentences.length > 0).map((r) => reportsOf(r, cast)) });
    } catch (error) {
      post({ kind: 'failed', message: (error as Error).stack ?? String(error) });
    }
    port.close();
  });
} catch (error) {
  post({ kind: 'failed', message: (error as Error).stack ?? String(error) });
  port.close();
}
