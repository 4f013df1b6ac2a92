/** The messages between the parallel build and its reader workers. */
import type { ArticleReading, ArticleReports, BuildStep } from '../../core/build-story.js';
import type { Person } from '../../core/types.js';

/** From a reader: its readings (one per source given, in order), then the reports of the readable ones; meanwhile how many of its articles each step has done. */
export type FromReader =
  | { kind: 'readings'; readings: ArticleReading[] }
  | { kind: 'reports'; reports: ArticleReports[] }
  | { kind: 'progress'; step: BuildStep; done: number }
  | { kind: 'failed'; message: string };

/** To a reader: the story's cast, once every article has been read. */
export interface ToReader {
  people: Person[];
}
