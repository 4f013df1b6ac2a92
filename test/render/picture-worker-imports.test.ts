import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The modules `entry` loads when it runs: its imports that are not type-only, followed through the project's own files. */
function loadedBy(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?\bfrom\s+'([^']+)'/gm)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(path), specifier!).replace(/\.js$/, '.ts'));
      else packages.add(specifier!);
    }
  };
  visit(resolve(root, entry));
  return { files: [...files].map((f) => relative(root, f)), packages: [...packages] };
}

describe('the picture worker', () => {
  // Each worker thread loads its own copy of what it imports: compromise and the answer code would cost it tens of megabytes and most of its start.
  it('loads the picture code only: not the core answer code, nor compromise', () => {
    const { files, packages } = loadedBy('src/render/picture-worker.ts');
    expect(files).toContain('src/render/timeline-svg.ts');
    expect(files.filter((f) => f.startsWith('src/core/') || f.startsWith('commands/'))).toEqual([]);
    expect(packages.filter((p) => p === 'compromise' || p.startsWith('discord.js'))).toEqual([]);
  });
});
