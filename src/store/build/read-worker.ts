/**
 * A worker of the parallel build: reads its share of the articles (step 1), sends the readings,
 * then waits for the cast and sends each readable article's quotes and events (step 3).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readArticle, reportsOf, type ArticleReading, type BuildStep } from '../../core/story/build-story.js';
import { buildCastLookup } from '../../core/people/cast-lookup.js';
import type { ArticleMetaInput, ArticleSource, Person } from '../../core/types.js';
import type { FromReader, ToReader } from './reader-messages.js';
import { byPercent } from '../load-progress.js';

const { sources, metadata } = workerData as { sources: ArticleSource[]; metadata: Record<string, ArticleMetaInput> };
const port = parentPort!;
const post = (message: FromReader) => port.postMessage(message);
// Only this worker's articles and quotes are counted here (never files).
const progress = byPercent(({ step, done }) => post({ kind: 'progress', step: step as BuildStep, done }));

try {
  const readings: ArticleReading[] = sources.map((s, i) => {
    const reading = readArticle(s, metadata[s.id]);
    progress({ step: 'articles', done: i + 1, total: sources.length });
    return reading;
  });
  post({ kind: 'readings', readings });
  port.once('message', (message: ToReader) => {
    try {
      const cast = buildCastLookup(message.people as Person[]);
      const readable = readings.filter((r) => r.sentences.length > 0);
      const reports = readable.map((r, i) => {
        const report = reportsOf(r, cast);
        progress({ step: 'quotes', done: i + 1, total: readable.length });
        return report;
      });
      post({ kind: 'reports', reports });
    } catch (error) {
      post({ kind: 'failed', message: (error as Error).stack ?? String(error) });
    }
    port.close();
  });
} catch (error) {
  post({ kind: 'failed', message: (error as Error).stack ?? String(error) });
  port.close();
}
