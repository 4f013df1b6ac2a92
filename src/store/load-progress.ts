/**
 * How far a story load has come, reported as it goes: the corpus files read, the articles read
 * (ingested, their names found), and the articles whose quotes and dates were found. Building a
 * large story takes minutes; these let a log or a terminal show that it moves.
 */

/** How often a load that takes a while says, in a log or on a pipe, how far it has come. */
export const PROGRESS_EVERY_MS = 5000;

/** A step of the load and how many of its items are done. */
export interface LoadProgress {
  step: 'files' | 'articles' | 'quotes';
  done: number;
  total: number;
}

/** Hears the progress of a load (called often: whoever shows it decides how often it is seen). */
export type OnProgress = (progress: LoadProgress) => void;

const STEP_NAMES: Record<LoadProgress['step'], string> = { files: 'reading files', articles: 'reading articles', quotes: 'finding quotes and dates' };

/** The progress in words: `reading articles 1,200/2,000 (60%)`. */
export function describeProgress(p: LoadProgress): string {
  return `${STEP_NAMES[p.step]} ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} (${percentOf(p)}%)`;
}

/** The whole percentage done. */
export function percentOf(p: LoadProgress): number {
  return p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
}

/**
 * Passes on only the reports that move a step by a whole percent (and each step's first and
 * last): what crosses a thread boundary stays a hundred messages a step however large the corpus.
 */
export function byPercent(onProgress: OnProgress): OnProgress {
  let last = { step: '', percent: -1 };
  return (p) => {
    const percent = percentOf(p);
    if (p.step === last.step && percent === last.percent && p.done !== p.total) return;
    last = { step: p.step, percent };
    onProgress(p);
  };
}

/**
 * Progress as lines for a log or a pipe: one every `everyMs` at most, the first after `everyMs`
 * (a load quicker than that says nothing).
 */
export function progressLines(write: (line: string) => void, everyMs: number, now: () => number = () => performance.now()): OnProgress {
  let next = now() + everyMs;
  return (p) => {
    if (now() < next) return;
    next = now() + everyMs;
    write(`loading the story: ${describeProgress(p)}`);
  };
}
