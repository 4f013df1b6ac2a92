/**
 * Finds the article files below a corpus folder. Links are followed, but each real folder and
 * each real file is visited once (known by device and inode), so that a link back up the tree
 * cannot read an article again or recurse without end. A folder that cannot be listed (no
 * permission, a path too long) is skipped with a warning; the rest of the corpus still loads.
 */
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { IngestWarning } from '../../core/types.js';

/** What tells one version of a file from another (the fingerprint's part of its status). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** An article file found: its path, its path relative to the corpus folder, and its stamp. */
export interface ArticleFile {
  path: string;
  relative: string;
  stamp: FileStamp;
}

/** Thrown when the corpus folder itself cannot be listed; the reader turns it into a user error. */
export class UnlistableFolder extends Error {}

/** A file the reader takes as an article: `.txt` or `.md`, not a README. */
export function isArticleName(name: string): boolean {
  return /\.(txt|md)$/i.test(name) && !/^readme\b/i.test(name);
}

/** Lists the article files below `dir` depth-first in name order, warning about what it skips. */
export function listArticleFiles(dir: string, warnings: IngestWarning[]): ArticleFile[] {
  const out: ArticleFile[] = [];
  // What was read, by device then inode (numbers as keys: no string built per file), with the path it was read as.
  const seen = new Map<number, Map<number, string>>();
  const firstVisit = (rel: string, stat: Stats, what: 'file' | 'folder'): boolean => {
    // A file system with no inodes (0) cannot tell two names of one file apart: each is read.
    if (!stat.ino) return true;
    let onDevice = seen.get(stat.dev);
    if (!onDevice) seen.set(stat.dev, (onDevice = new Map()));
    const earlier = onDevice.get(stat.ino);
    if (earlier === undefined) {
      onDevice.set(stat.ino, rel);
      return true;
    }
    const where = earlier === '' ? 'the corpus folder' : `"${earlier}"`;
    warnings.push({ file: rel, message: `is the same ${what} as ${where} (a link); not read again` });
    return false;
  };
  firstVisit('', statSync(dir), 'folder');
  // An explicit stack of folder listings, not recursion: depth costs no call stack. Each knows its path relative to `dir` ('' for `dir`).
  const stack: { path: string; rel: string; entries: Dirent[]; next: number }[] = [
    {
      path: dir,
      rel: '',
      entries: list(dir, (reason) => {
        throw new UnlistableFolder(reason);
      }),
      next: 0,
    },
  ];
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
    const rel = top.rel ? `${top.rel}/${entry.name}` : entry.name;
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      // A dangling link that is not named like an article is no loss: only articles and folders are worth a warning.
      if (isArticleName(entry.name) || entry.isDirectory()) warnings.push({ file: rel, message: `cannot be read (${reasonOf(error)}); skipped` });
      continue;
    }
    if (stat.isDirectory()) {
      if (!firstVisit(rel, stat, 'folder')) continue;
      const entries = list(path, (reason) =>
        warnings.push({ file: `${rel}/`, message: `folder cannot be read (${reason}); skipped, the rest of the corpus is read` }),
      );
      stack.push({ path, rel, entries, next: 0 });
    } else if (isArticleName(entry.name)) {
      // A FIFO or a device named like an article would block or never end: only regular files are read.
      if (!stat.isFile()) warnings.push({ file: rel, message: 'is not a regular file; skipped' });
      // Only the numbers are kept: a Stats (with its four Dates) per file, kept for a large corpus, made the collector's work double the listing's.
      else if (firstVisit(rel, stat, 'file'))
        out.push({ path, relative: rel, stamp: { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino } });
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

/** The error's code, or its message: a path in it is already named by the warning. */
function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message;
}
