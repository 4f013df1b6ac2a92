/**
 * The timeline picture as PNG: `timeline-svg.ts`'s drawing rendered by resvg with the DejaVu font
 * from its npm package and no system font, so that it looks the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { TimelineResult } from '../core/types.js';
import { PICTURE_FONT, timelineSvg, type PictureWindow } from './timeline-svg.js';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** The file name the picture is attached and written under. */
export const TIMELINE_PICTURE = 'timeline.png';

/** The PNG of a timeline page, or null when no event of the timeline has a date. */
export function timelinePng(result: TimelineResult, window: PictureWindow): Buffer | null {
  const svg = timelineSvg(result, window);
  return svg === null ? null : svgToPng(svg);
}

/** An SVG of ours as PNG, drawn with the packaged font only. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: PICTURE_FONT }, logLevel: 'off' });
  return resvg.render().asPng();
}
