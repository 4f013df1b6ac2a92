import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';

describe('command registry', () => {
  it('has unique names that follow Discord rules (lower case, 1-32 characters) and descriptions of 1-100 characters', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of commands) {
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options) expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
    }
  });
});
