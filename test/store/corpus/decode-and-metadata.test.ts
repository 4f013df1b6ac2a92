import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../../src/store/corpus/decode-article.js';
import { parseMetadataFile, PROBLEMS_LISTED } from '../../../src/store/corpus/parse-metadata-file.js';
import { plainHttpUrl } from '../../../src/store/corpus/plain-http-url.js';

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

  it('refuses a file whose only NUL byte lies past the first 8 KB', () => {
    const bytes = Buffer.from(`${'The council met on Monday. '.repeat(1000)}\0 and more text after it.`);
    expect(bytes.indexOf(0)).toBeGreaterThan(8192);
    expect(decodeArticle(bytes)).toEqual({ ok: false, reason: 'the file is binary, not text' });
  });
});

describe('parseMetadataFile', () => {
  it('keeps valid fields, normalises dates and reports the rest', () => {
    const parsed = parseMetadataFile(
      JSON.stringify({ a: { outlet: ' The Ledger ', date: 'March 3, 2011', url: 7 }, b: { date: 'sometime in spring' }, c: 'x' }),
    );
    expect(parsed.metadata).toEqual({ a: { outlet: 'The Ledger', date: '2011-03-03' }, b: {} });
    expect(parsed.problems).toEqual([
      'entry "a": url must be a non-empty string; ignored',
      'entry "b": date "sometime in spring" is not a date such as 2017-06-09; ignored',
      'entry "c" is not an object; ignored',
    ]);
  });

  it('parses into a map with no prototype, where "__proto__" is an id like any other', () => {
    const { metadata } = parseMetadataFile('{"__proto__": {"title": "Proto"}, "a": {"title": "A"}}');
    expect(Object.getPrototypeOf(metadata)).toBeNull();
    expect(Object.keys(metadata)).toEqual(['__proto__', 'a']);
    expect(metadata['__proto__']).toEqual({ title: 'Proto' });
    expect(metadata['constructor']).toBeUndefined();
    expect(JSON.stringify(metadata)).toContain('Proto');
  });

  it.each([
    ['a title that is a number', { title: 42 }, 'entry "a": title must be a non-empty string; ignored'],
    ['an object for an outlet', { outlet: { name: 'x' } }, 'entry "a": outlet must be a non-empty string; ignored'],
    ['a title over 500 characters', { title: 'x'.repeat(501) }, 'entry "a": title is longer than 500 characters; ignored'],
    ['a url over 2,048 characters', { url: `https://example.org/${'x'.repeat(2048)}` }, 'entry "a": url is longer than 2048 characters; ignored'],
    ['a javascript: url', { url: 'javascript:alert(1)' }, 'entry "a": url "javascript:alert(1)" is not a plain http(s) address; ignored'],
    [
      'a url that closes the markdown link and opens another',
      { url: 'https://example.org/a) [Click](https://evil.example' },
      expect.stringMatching(/^entry "a": url .* is not a plain http\(s\) address; ignored$/),
    ],
    ['an unknown field', { titel: 'Typo' }, 'entry "a": unknown field "titel"; ignored'],
  ])('refuses %s, saying why', (_name, entry, problem) => {
    const parsed = parseMetadataFile(JSON.stringify({ a: entry }));
    expect(parsed.metadata['a']).toEqual({});
    expect(parsed.problems).toEqual([problem]);
  });

  it('makes a title, outlet or byline one line: control characters and line breaks become spaces', () => {
    const { metadata } = parseMetadataFile(JSON.stringify({ a: { title: 'Mill\u001b[2J\ncloses', byline: 'Ann\u009b31m Lee' } }));
    expect(metadata['a']).toEqual({ title: 'Mill [2J closes', byline: 'Ann 31m Lee' });
  });

  it('when thousands of entries are bad, lists the first few problems and counts the rest in one line', () => {
    const entries = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`a${i}`, { date: 'someday' }]));
    const { problems } = parseMetadataFile(JSON.stringify(entries));
    expect(problems).toHaveLength(PROBLEMS_LISTED + 1);
    expect(problems.at(-1)).toBe(`and ${5000 - PROBLEMS_LISTED} more problems like these; ignored`);
  });

  it('ignores a file that is not JSON, saying so', () => {
    expect(parseMetadataFile('{oops').problems[0]).toMatch(/^not valid JSON/);
  });
});

describe('plainHttpUrl', () => {
  it.each([
    ['https://example.org/mill', 'https://example.org/mill'],
    ['http://example.org/a?b=1&c=2#top', 'http://example.org/a?b=1&c=2#top'],
    ['https://en.wikipedia.org/wiki/Mercury_(planet)', 'https://en.wikipedia.org/wiki/Mercury_%28planet%29'],
    ['https://de.wikipedia.org/wiki/Köln', 'https://de.wikipedia.org/wiki/K%C3%B6ln'],
    ['javascript:alert(1)', null],
    ['ftp://example.org/file', null],
    ['data:text/html,hi', null],
    ['https://user:secret@example.org/', null],
    ['https://example.org/a b', null],
    ['https://example.org/a\nhttps://evil.example', null],
    ['https://example.org/`code`', 'https://example.org/%60code%60'],
    ['https://example.org/<script>', 'https://example.org/%3Cscript%3E'],
    ['https://example.org/?q=`x`|y', null],
    ['example.org', null],
  ])('%s → %s', (url, expected) => {
    expect(plainHttpUrl(url)).toBe(expected);
  });
});
