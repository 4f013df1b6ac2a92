import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/corpus/decode-article.js';
import { parseMetadataFile } from '../../src/corpus/parse-metadata-file.js';

describe('decodeArticle', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeArticle(Buffer.from('Caf\u00e9 “open”', 'utf8'))).toEqual({ ok: true, text: 'Café “open”' });
  });

  it('reads Windows-1252 (curly quotes at 0x93/0x94, which Latin-1 lacks) with a warning', () => {
    const decoded = decodeArticle(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xa3, 0x35]));
    expect(decoded).toEqual({ ok: true, text: '“Hi” £5', warning: 'not valid UTF-8; read as Windows-1252' });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'the file is empty'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'the file is binary, not text'],
  ])('refuses %s', (_name, bytes, reason) => {
    expect(decodeArticle(bytes)).toEqual({ ok: false, reason });
  });
});

describe('parseMetadataFile', () => {
  it('keeps valid fields, normalises dates and reports the rest', () => {
    const parsed = parseMetadataFile(JSON.stringify({ a: { outlet: ' The Ledger ', date: 'March 3, 2011', url: 7 }, b: { date: 'sometime in spring' }, c: 'x' }));
    expect(parsed.metadata).toEqual({ a: { outlet: 'The Ledger', date: '2011-03-03' }, b: {} });
    expect(parsed.problems).toEqual([
      'entry "a": url must be a non-empty string; ignored',
      'entry "b": date "sometime in spring" is not a date such as 2017-06-09; ignored',
      'entry "c" is not an object; ignored',
    ]);
  });

  it('ignores a file that is not JSON, saying so', () => {
    expect(parseMetadataFile('{oops').problems[0]).toMatch(/^not valid JSON/);
  });
});
