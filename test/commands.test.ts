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

describe('Who said this? on a shared answer', () => {
  it('reads the passage of its embed without the bold of the question\'s words or its sources\' numbers', async () => {
    const { whoSaidThisCommand } = await import('../commands/who-said-this.js');
    const embed = '> News broke that **Sessions** even **offered** his \\*resignation\\* weeks ago. [1] [2]\n*in 2 of 5 articles*\n\n[1] *Headline*';
    expect(whoSaidThisCommand.quoteIn({ content: 'Shared by <@800000000000000042>', embedTexts: [embed] })).toBe('News broke that Sessions even offered his *resignation* weeks ago.');
    expect(whoSaidThisCommand.quoteIn({ content: '', embedTexts: ['> “Weak,” [1] [2] [3] and 2 more\n— **Donald Trump**'] })).toBe('Weak,');
  });
});
