import { describe, expect, it } from 'vitest';
import { findCredits, outletName, outletsMentioned } from '../../../src/core/ingest/outlets.js';

describe('outletName', () => {
  it.each([
    ['The Daily Courier', 'Daily Courier'],
    ['the Globe', 'The Globe'],
    ['REUTER'.charAt(0) + 'euter', 'Reuters'],
    ['Associated Press', 'Associated Press'],
    ['Harbour council', null],
  ])('%j → %j', (phrase, expected) => {
    expect(outletName(phrase)).toBe(expected);
  });
});

describe('findCredits', () => {
  it.each([
    ['The rebate was cut, according to the Evening Herald.', [], ['Evening Herald']],
    ['The rebate was cut, the Herald reported.', ['Evening Herald'], ['Evening Herald']],
    ['Two aides told The Morning Star that the rebate was cut.', [], ['Morning Star']],
    ['An aide told the paper that the rebate was cut.', ['Morning Star'], ['Morning Star']],
    ['The rebate was cut on Monday.', ['Morning Star'], []],
  ])('%j (named before: %j) credits %j', (sentence, earlier, expected) => {
    expect(findCredits(sentence, earlier)).toEqual(expected);
  });
});

describe('outletsMentioned', () => {
  it('counts a lone masthead noun only after "the"', () => {
    expect(outletsMentioned('News broke on Monday, and the Gazette had it first.')).toEqual(['The Gazette']);
  });
});
