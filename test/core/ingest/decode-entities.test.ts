import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/core/ingest/decode-entities.js';
import { ingestArticle } from '../../../src/core/ingest/ingest-article.js';

describe('decodeEntities', () => {
  it.each([
    ['a decimal reference in a name', 'Jos&#233; Ramos spoke.', 'José Ramos spoke.'],
    ['a hexadecimal reference', 'pass&#xE9;', 'passé'],
    ['named references', 'AT&amp;T said &quot;no&quot; &lt;ok&gt;', 'AT&T said "no" <ok>'],
    ['a pound sign', 'cost &#163;6m', 'cost £6m'],
    ['a control-character marker stays as written', '00:02:59.13&#5;&#5;RM', '00:02:59.13&#5;&#5;RM'],
    ['an unknown name stays as written', 'R&D &foo; costs', 'R&D &foo; costs'],
    ['text without an ampersand is returned as it is', 'Plain text.', 'Plain text.'],
  ])('%s', (_name, input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('ingestArticle: HTML entities', () => {
  it('decodes entities before sentences are made, in the shown text and the matched one', () => {
    const { sentences } = ingestArticle({
      id: 'a1',
      text: 'Ferry fares rise\n\nHarbour chief Ren&#233; Duval said fares would rise. Smith &amp; Sons agreed.\n',
    });
    expect(sentences.map((s) => s.text)).toContain('Harbour chief René Duval said fares would rise.');
    expect(sentences.map((s) => s.norm)).toContain('Smith & Sons agreed.');
  });
});
