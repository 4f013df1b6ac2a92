/**
 * Finds the article files below a corpus folder. Links are followed, but each real folder and
 * each real file is visited once (known by device and inode), so that a link back up the tree
 * cannot read an article again or recurse without end. A folder that cannot be listed (no
 * permission, a path too long) is skipped with a warning; the rest of the corpus still loads.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { IngestWarning } from '../core/types.js';

/** An article file found: its path, its path relative to the corpus folder, and its status. */
export interface ArticleFile {
  path: string;
  relative: string;
  stat: Stats;
}

/** Thrown when the corpus folder itself cannot be listed; the reader turns it into a CorpusError. */
export class UnlistableFolder extends Error {}

/** A file the reader takes as an article: `.txt` or `.md`, not a README. */
export function isArticleName(name: string): boolean {
  return /\.(txt|md)$/i.test(name) && !/^readme\b/i.test(name);
}

/** Lists the article files below `dir` depth-first in name order, warning about what it skips. */
export function listArticleFiles(dir: string, warnings: IngestWarning[]): ArticleFile[] {
  const out: ArticleFile[] = [];
  const seen = new Map<string, string>();
  const rel = (path: string) => relative(dir, path).split(sep).join('/') || '.';
  const firstVisit = (path: string, stat: Stats, what: 'file' | 'folder'): boolean => {
    const key = identity(stat);
    const earlier = key === null ? undefined : seen.get(key);
    if (earlier === undefined) {
      if (key !== null) seen.set(key, rel(path));
      return true;
    }
    const where = earlier === '.' ? 'the corpus folder' : `"${earlier}"`;
    warnings.push({ file: rel(path), message: `is the same ${what} as ${where} (a link); not read again` });
    return false;
  };
  const root = statSync(dir);
  firstVisit(dir, root, 'folder');
  // An explicit stack of folder listings, not recursion: depth costs no call stack.
  const stack: { path: string; entries: Dirent[]; next: number }[] = [{ path: dir, entries: list(dir, (reason) => { throw new UnlistableFolder(reason); }), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const entry = top.entries[top.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    // A plain file that is not an article needs no status; anything else (folder, link, unknown type) does.
    if (entry.isFile() && !isArticleName(entry.name)) continue;
    const path = join(top.path, entry.name);
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      // A dangling link that is not named like an article is no loss: only articles and folders are worth a warning.
      if (isArticleName(entry.name) || entry.isDirectory()) warnings.push({ file: rel(path), message: `cannot be read (${reasonOf(error)}); skipped` });
      continue;
    }
    if (stat.isDirectory()) {
      if (!firstVisit(path, stat, 'folder')) continue;
      const entries = list(path, (reason) => warnings.push({ file: `${rel(path)}/`, message: `folder cannot be read (${reason}); skipped, the rest of the corpus is read` }));
      stack.push({ path, entries, next: 0 });
    } else if (isArticleName(entry.name)) {
      // A FIFO or a device named like an article would block or never end: only regular files are read.
      if (!stat.isFile()) warnings.push({ file: rel(path), message: 'is not a regular file; skipped' });
      else if (firstVisit(path, stat, 'file')) out.push({ path, relative: rel(path), stat });
    }
  }
  return out;
}

/** A folder's entries in name order (by code unit, the same everywhere), or none when it cannot be listed. */
function list(path: string, onError: (reason: string) => void): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    onError(reasonOf(error));
    return [];
  }
}

/** Device and inode, or null where the file system gives no inode (it then cannot tell two names of one file apart). */
function identity(stat: Stats): string | null {
  return stat.ino ? `${stat.dev}:${stat.ino}` : null;
}

/** The error's code, or its message: a path in it is already named by the warning. */
function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message;
}
