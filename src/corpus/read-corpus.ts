/**
 * Reads a corpus folder: every `.txt` or `.md` file below it (README files excepted) becomes an
 * article whose id is its path relative to the folder without the extension, and an optional
 * `metadata.json` beside them gives titles, outlets, bylines, dates and URLs by article id.
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import type { ArticleMetaInput, ArticleSource, IngestWarning } from '../core/types.js';
import { decodeArticle } from './decode-article.js';
import { parseMetadataFile } from './parse-metadata-file.js';

/** The user cannot fix this by retrying: the folder is missing or holds no article. */
export class CorpusError extends Error {}

/** What was read from a corpus folder. */
export interface Corpus {
  sources: ArticleSource[];
  metadata: Record<string, ArticleMetaInput>;
  warnings: IngestWarning[];
}

/** The optional file of per-article metadata, beside the articles. */
export const METADATA_FILE = 'metadata.json';

/** Reads every article of the folder `dir`. */
export function readCorpus(dir: string): Corpus {
  if (!isDirectory(dir)) throw new CorpusError(`corpus folder not found: ${dir}`);
  const warnings: IngestWarning[] = [];
  const sources: ArticleSource[] = [];
  for (const path of listArticleFiles(dir)) {
    const id = relative(dir, path).split(sep).join('/').replace(/\.(txt|md)$/i, '');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      warnings.push({ file: id, message: `cannot be read (${(error as Error).message}); skipped` });
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      warnings.push({ file: id, message: `${decoded.reason}; skipped` });
      continue;
    }
    if (decoded.warning) warnings.push({ file: id, message: decoded.warning });
    sources.push({ id, text: decoded.text });
  }
  if (sources.length === 0) throw new CorpusError(`no readable article (.txt or .md) in ${dir}`);
  const metadata = readMetadata(join(dir, METADATA_FILE), warnings);
  const ids = new Set(sources.map((s) => s.id));
  for (const id of Object.keys(metadata)) if (!ids.has(id)) warnings.push({ file: METADATA_FILE, message: `entry "${id}" names no article; ignored` });
  return { sources, metadata, warnings };
}

/**
 * A quick fingerprint of the folder's files, from their names, sizes and modification times (as
 * make and git tell a changed file): it finds the story's hash without reading every article.
 */
export function corpusFingerprint(dir: string): string {
  if (!isDirectory(dir)) throw new CorpusError(`corpus folder not found: ${dir}`);
  // One line per file, hashed at once; each path made relative by cutting the folder's own (every path is the folder joined with more).
  const prefix = join(dir, '_').slice(0, -1).length;
  const lines = [...listArticleFiles(dir), join(dir, METADATA_FILE)].map((path) => {
    let stat: Stats | undefined;
    try {
      stat = statSync(path);
    } catch {
      // A file gone or unreadable since the listing: its line says so.
    }
    return `${path.slice(prefix)}\0${stat ? `${stat.size}\0${stat.mtimeMs}\0${stat.ino}` : 'missing'}\n`;
  });
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 16);
}

function readMetadata(path: string, warnings: IngestWarning[]): Record<string, ArticleMetaInput> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const parsed = parseMetadataFile(text);
  warnings.push(...parsed.problems.map((message) => ({ file: METADATA_FILE, message })));
  return parsed.metadata;
}

function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    // Links are followed: a linked folder is read like any other.
    if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path))) out.push(...listArticleFiles(path));
    else if (/\.(txt|md)$/i.test(entry.name) && !/^readme\b/i.test(entry.name)) out.push(path);
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
