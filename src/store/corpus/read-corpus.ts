/**
 * Reads a corpus folder: every `.txt` or `.md` file below it (README files excepted) becomes an
 * article whose id is its path relative to the folder without the extension, and an optional
 * `metadata.json` beside them gives titles, outlets, bylines, dates and URLs by article id.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning } from '../../core/types.js';
import { UserError } from '../../app/errors.js';
import { decodeArticle } from './decode-article.js';
import { parseMetadataFile } from './parse-metadata-file.js';
import { listArticleFiles, UnlistableFolder, type ArticleFile, type FileStamp } from './list-article-files.js';
import { assignIds } from './article-ids.js';

/** What was read from a corpus folder. */
export interface Corpus {
  sources: ArticleSource[];
  /** By article id, in a map with no prototype. */
  metadata: Record<string, ArticleMetaInput>;
  warnings: IngestWarning[];
}

/** The optional file of per-article metadata, beside the articles. */
export const METADATA_FILE = 'metadata.json';

/** Reads every article of the folder `dir`; `onFile` hears how many of the files have been read. */
export function readCorpus(dir: string, onFile?: (done: number, total: number) => void): Corpus {
  const warnings: IngestWarning[] = [];
  const files = articleFiles(dir, warnings);
  const ids = assignIds(
    files.map((f) => f.relative),
    warnings,
  );
  const sources: ArticleSource[] = [];
  files.forEach((file, i) => {
    onFile?.(i + 1, files.length);
    const id = ids[i]!;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.path);
    } catch (error) {
      warnings.push({ file: id, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); skipped` });
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      warnings.push({ file: id, message: `${decoded.reason}; skipped` });
      return;
    }
    if (decoded.warning) warnings.push({ file: id, message: decoded.warning });
    sources.push({ id, text: decoded.text });
  });
  if (sources.length === 0) throw new UserError('corpus', `no readable article (.txt or .md) in ${dir}`);
  const metadata = readMetadata(join(dir, METADATA_FILE), warnings);
  warnUnmatched(metadata, new Set(sources.map((s) => s.id)), warnings);
  return { sources, metadata, warnings };
}

/**
 * A quick fingerprint of the folder's files, from their names, sizes, modification and change
 * times and inodes: it finds the story's hash without reading every article. The change time is
 * the one no copy tool can set back: `cp -p`, `rsync -a` and tar restore the size and mtime of a
 * file they rewrite in place, never its ctime.
 */
export function corpusFingerprint(dir: string): string {
  const files = articleFiles(dir, []);
  const lines = files.map((f) => `${f.relative}\0${statLine(f.stamp)}\n`);
  let metadata: string;
  try {
    metadata = statLine(statSync(join(dir, METADATA_FILE)));
  } catch {
    metadata = 'missing';
  }
  lines.push(`${METADATA_FILE}\0${metadata}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 16);
}

function statLine(stat: FileStamp): string {
  return `${stat.size}\0${stat.mtimeMs}\0${stat.ctimeMs}\0${stat.ino}`;
}

/** The article files of `dir`, or a user error when the folder is missing or cannot be listed. */
function articleFiles(dir: string, warnings: IngestWarning[]): ArticleFile[] {
  if (!isDirectory(dir)) throw new UserError('corpus', `corpus folder not found: ${dir}`);
  try {
    return listArticleFiles(dir, warnings);
  } catch (error) {
    if (error instanceof UnlistableFolder) throw new UserError('corpus', `the corpus folder ${dir} cannot be read (${error.message})`);
    throw error;
  }
}

function readMetadata(path: string, warnings: IngestWarning[]): Record<string, ArticleMetaInput> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return Object.create(null) as Record<string, ArticleMetaInput>;
  }
  const parsed = parseMetadataFile(text);
  warnings.push(...parsed.problems.map((message) => ({ file: METADATA_FILE, message })));
  return parsed.metadata;
}

/** One warning for the entries that name no article, however many (a few named as examples). */
function warnUnmatched(metadata: Record<string, ArticleMetaInput>, ids: Set<string>, warnings: IngestWarning[]): void {
  const unmatched = Object.keys(metadata).filter((id) => !ids.has(id));
  if (unmatched.length === 0) return;
  const named = unmatched.slice(0, 3).map((id) => JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id));
  const message =
    unmatched.length === 1
      ? `entry ${named[0]} names no article; ignored`
      : `${unmatched.length} entries name no article (${named.join(', ')}${unmatched.length > 3 ? ', …' : ''}); ignored`;
  warnings.push({ file: METADATA_FILE, message });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
