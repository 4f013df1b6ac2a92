import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { PIPELINE_FOLDERS, PIPELINE_PACKAGES, snapshotVersion, versionOf, withoutComments } from '../../src/store/snapshot-version.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
// The versions package.json pins exactly: what must be installed.
const pinned = (JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
const PACKAGES = Object.fromEntries(PIPELINE_PACKAGES.map((name) => [name, pinned[name]!]));

/** Every file of the folders the version covers. */
function pipelineFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? pipelineFiles(join(dir, name)) : [join(dir, name)]));
}

/** TypeScript's own printing of a source, with or without its comments: the same for two sources with the same code. */
function printed(source: string, removeComments: boolean): string {
  return ts.createPrinter({ removeComments }).printFile(ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
}

describe('withoutComments', () => {
  const cases: [string, string, string][] = [
    ['line and block comments', 'const a = 1; // one\n/** Two. */\nconst b = /* inline */ 2;', 'const a = 1;\nconst b = 2;'],
    [
      'comment lines and layout',
      '  x();\n\n  // note\n  /**\n   * doc\n   */\n  if (a)\t{  y(a,  /* b */ c); z(/* none */x);  }  ',
      'x();\nif (a) { y(a, c); z(x); }',
    ],
    [
      'comment markers inside strings',
      String.raw`const s = "// not" + '/* nor */' + "it's \"//\"";`,
      String.raw`const s = "// not" + '/* nor */' + "it's \"//\"";`,
    ],
    [
      'comment markers inside a template, and comments inside its substitutions',
      'const t = `// ${a /* gone */ + `/* ${b} */`} //` + `${{ a: 1 }.a}//`;',
      'const t = `// ${a + `/* ${b} */`} //` + `${{ a: 1 }.a}//`;',
    ],
    [
      'a regular expression with comment markers, after `(`, `=`, `return` and `=>`',
      'f(/\\/\\/ x/g); const r = /[/*]/; return /a\\/*b/; const g = () => /x\\/\\//;',
      'f(/\\/\\/ x/g); const r = /[/*]/; return /a\\/*b/; const g = () => /x\\/\\//;',
    ],
    [
      'division after a value, a call, an index, a non-null assertion and `++`',
      'x = a / b / c; y = f() / 2 // half\nz = m[0] / n! / i++ / 2; // m/n',
      'x = a / b / c; y = f() / 2\nz = m[0] / n! / i++ / 2;',
    ],
  ];
  it.each(cases)('%s', (_, source, expected) => {
    expect(withoutComments(source)).toBe(expected);
  });

  it('keeps the code and drops every comment of every file it hashes, as TypeScript parses them', () => {
    const files = PIPELINE_FOLDERS.flatMap((folder) => pipelineFiles(join(SRC, folder))).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const stripped = withoutComments(source);
      // The same program once printed without comments (nothing of the code lost or changed)...
      expect(printed(stripped, true), file).toBe(printed(source, true));
      // ... and no comment left in it.
      expect(printed(stripped, false), file).toBe(printed(stripped, true));
    }
  });
});

describe('versionOf', () => {
  it('keeps the version when only comments and layout change, and changes it when code or a package changes', () => {
    const src = mkdtempSync(join(tmpdir(), 'byline-version-'));
    try {
      for (const folder of PIPELINE_FOLDERS) cpSync(join(SRC, folder), join(src, folder), { recursive: true });
      const before = versionOf(src, PACKAGES);
      expect(before).toMatch(/^[0-9a-f]{12}$/);
      const file = join(src, 'core', 'build-story.ts');
      const source = readFileSync(file, 'utf8');
      // Its header comment reworded and lengthened, a note after its first import, a line indented, a comment at its end.
      const header = ts.getLeadingCommentRanges(source, 0)![0]!;
      const firstImport = source.indexOf(';\n', source.indexOf('import ')) + 1;
      const edited = `/**\n * Reworded: what this file is for,\n * over more lines than before.\n */${source.slice(header.end, firstImport)} // why this import${source.slice(firstImport).replace('\nexport', '\n    export')}\n/* the end */\n`;
      expect(edited).not.toBe(source);
      writeFileSync(file, edited);
      expect(versionOf(src, PACKAGES)).toBe(before);
      writeFileSync(file, `${edited}export const changed = 1;\n`);
      expect(versionOf(src, PACKAGES)).not.toBe(before);
      writeFileSync(file, source);
      expect(versionOf(src, PACKAGES)).toBe(before);
      expect(versionOf(src, { ...PACKAGES, compromise: '14.17.1' })).not.toBe(before);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });

  it("is the running code's version, with the installed packages' versions (those pinned exactly), the same on every call", () => {
    for (const version of Object.values(PACKAGES)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(snapshotVersion()).toBe(versionOf(SRC, PACKAGES));
    expect(snapshotVersion()).toBe(snapshotVersion());
  });
});
