import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The core's folders, lowest first: a file may import from its own folder and from folders below
 * it, never above. text/ holds what every step shares (particles, word runs, dates as written);
 * ingest/ reads one article; index/ its terms and near-duplicates; people/, quotes/, dates/ and
 * copies/ find what the articles report; story/ builds a story and prepares its look-ups;
 * snapshot/ saves and loads it; answer/ answers from it. types.ts, the shapes of the data every
 * layer passes on (declarations only), is read by every layer.
 */
const LAYERS = ['text', 'ingest', 'index', 'people', 'quotes', 'dates', 'copies', 'story', 'snapshot', 'answer'];
const core = resolve(import.meta.dirname, '../../src/core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Each file of the core (as `folder/file.ts`) with the core files it imports. */
const imports = filesUnder(core).map((path) => {
  const specifiers = [...readFileSync(path, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'/gm)].map((m) => m[1]!);
  const local = specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      relative(core, resolve(dirname(path), s))
        .replace(/\.js$/, '.ts')
        .split(sep)
        .join('/'),
    );
  return { file: relative(core, path).split(sep).join('/'), local, packages: specifiers.filter((s) => !s.startsWith('.')) };
});

const layerOf = (file: string) => LAYERS.indexOf(file.split('/')[0]!);

describe('the core imports downward only', () => {
  it('every folder of the core has its place in the layers', () => {
    expect(imports.filter((f) => f.file !== 'types.ts' && layerOf(f.file) < 0).map((f) => f.file)).toEqual([]);
  });

  it('no file imports from a folder above its own', () => {
    const upward = imports.flatMap((f) =>
      f.file === 'types.ts' ? [] : f.local.filter((to) => to !== 'types.ts' && layerOf(to) > layerOf(f.file)).map((to) => `${f.file} → ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('nothing outside the core is imported, nor the disk, the environment or Discord', () => {
    expect(imports.flatMap((f) => f.local.filter((to) => to.startsWith('..')).map((to) => `${f.file} → ${to}`))).toEqual([]);
    expect(
      imports.flatMap((f) =>
        f.packages.filter((p) => /^(node:)?(fs|fs\/promises|path|process|child_process|worker_threads)$|^discord\.js/.test(p)).map((p) => `${f.file} → ${p}`),
      ),
    ).toEqual([]);
    expect(filesUnder(core).filter((path) => /\bprocess\.env\b/.test(readFileSync(path, 'utf8')))).toEqual([]);
  });
});
