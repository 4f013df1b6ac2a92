import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/quotes/find-quote-spans.js';

describe('findQuoteSpans: a doubled opening mark', () => {
  it('reads ""…" as one quote, not an empty one and a stray closing mark', () => {
    expect(findQuoteSpans('The suit says Acme will pay an ""unfair and grossly low" price for Bolt.').map((s) => s.text)).toEqual(['unfair and grossly low']);
  });
});
