/**
 * Article ids from file paths: the path relative to the corpus folder, `/`-separated, without
 * its extension (`business/001`). An id is printed inside citations and code spans, so control
 * characters and backticks in a file name become `_`; and every article gets its own id, since
 * two articles under one id would mix their sentences in citations.
 */
import type { IngestWarning } from '../../core/types.js';

/** Characters a file name may hold that would break a citation or a terminal: controls (C0, DEL, C1), line and paragraph separators, backticks. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029`]/g;

/** A file's relative path with its unsafe characters replaced by `_`. */
export function safeName(relativePath: string): string {
  return relativePath.replace(UNSAFE, '_');
}

/**
 * One unique id per relative path, in order. The first of `dup.md` and `dup.txt` is `dup`, the
 * second keeps its extension (`dup.txt`); each change is warned about, naming the new id.
 */
export function assignIds(relativePaths: string[], warnings: IngestWarning[]): string[] {
  const taken = new Map<string, string>();
  return relativePaths.map((path) => {
    const name = safeName(path);
    if (name !== path) warnings.push({ file: name, message: 'its name holds control characters or backticks, shown as "_"' });
    let id = name.replace(/\.(txt|md)$/i, '');
    const first = taken.get(id);
    if (first !== undefined) {
      id = name;
      for (let n = 2; taken.has(id); n++) id = `${name}~${n}`;
      warnings.push({ file: name, message: `has the same id as "${first}" ("${name.replace(/\.(txt|md)$/i, '')}"); its id is "${id}"` });
    }
    taken.set(id, name);
    return id;
  });
}
