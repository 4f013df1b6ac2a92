import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/core/types.js';
import { pictureRenderer, type PictureRenderer } from '../../src/render/picture-renderer.js';
import { svgToPng } from '../../src/render/timeline-png.js';
import { timelineSvg } from '../../src/render/timeline-svg.js';

function event(date: string, article: string): TimelineEvent {
  return {
    date,
    precision: 'day',
    when: 'Monday',
    resolvedFrom: null,
    text: `Something on ${date}.`,
    citations: [{ article, sentence: 1, title: `Headline of ${article}`, outlet: 'The Gazette', url: null }],
  };
}
const svgAbout = (about: string) => timelineSvg({ about, events: [event('2021-03-01', 'a'), event('2021-04-02', 'b')] }, { first: 0, count: 5 })!;

describe('the picture renderer', () => {
  let renderer: PictureRenderer | null = null;
  afterEach(() => renderer?.close());

  it('draws on its worker what svgToPng draws, and gives a picture asked for again from the last ones it drew, the oldest forgotten first', async () => {
    renderer = pictureRenderer({ keep: 2 });
    const [a, b, c] = [svgAbout('harbour'), svgAbout('ferry'), svgAbout('bridge')];
    const first = await renderer.png(a);
    expect(first.equals(svgToPng(a))).toBe(true);
    expect(await renderer.png(a)).toBe(first);
    const second = await renderer.png(b);
    expect(second.equals(first)).toBe(false);
    // a was used after b was drawn: c pushes b out, not a.
    expect(await renderer.png(a)).toBe(first);
    await renderer.png(c);
    expect(await renderer.png(a)).toBe(first);
    const again = await renderer.png(b);
    expect(again).not.toBe(second);
    expect(again.equals(second)).toBe(true);
  });

  it('shares a picture under way with a second ask for it', async () => {
    renderer = pictureRenderer();
    const svg = svgAbout('harbour');
    const [one, two] = await Promise.all([renderer.png(svg), renderer.png(svg)]);
    expect(two).toBe(one);
  });

  it('fails a picture that cannot be drawn, every time it is asked for, and goes on drawing others', async () => {
    renderer = pictureRenderer();
    await expect(renderer.png('<svg')).rejects.toThrow(/could not be drawn/);
    await expect(renderer.png('<svg')).rejects.toThrow(/could not be drawn/);
    const svg = svgAbout('harbour');
    expect((await renderer.png(svg)).equals(svgToPng(svg))).toBe(true);
  });
});
