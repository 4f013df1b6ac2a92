/**
 * The picture worker's side: turns each SVG it is sent into PNG bytes. Loading the font, drawing
 * and encoding take tens of milliseconds, which the bot's main thread, busy with every
 * interaction, should not spend.
 */
import { parentPort } from 'node:worker_threads';
import { svgToPng } from './timeline-png.js';

parentPort!.on('message', ({ id, svg }: { id: number; svg: string }) => {
  try {
    parentPort!.postMessage({ id, png: svgToPng(svg) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
