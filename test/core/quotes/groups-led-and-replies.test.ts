import { describe, expect, it } from 'vitest';
import { articleUnder, speakerOf } from '../../support/attributed-quotes.js';

const article = articleUnder('AIDS CASE REPORT PUBLISHED');

describe('a group described by whom it is led by, and a reply set after a clause', () => {
  it('gives the words to the group, not to its leader', () => {
    const text = article('"Our case report raises provocative questions," said the group led by Dr. Robert Redfeld.');
    expect(speakerOf(text, 'Our case report')).toBe('the group led by Dr. Robert Redfeld');
  });

  it('gives the words "replying that" brings in to the subject of its clause', () => {
    const text = article(
      'Clayton Yeuter did not comment directly, replying that any decision would be made at the highest levels, and "I do not want to preempt that."',
    );
    expect(speakerOf(text, 'I do not want')).toBe('Clayton Yeuter');
  });
});
