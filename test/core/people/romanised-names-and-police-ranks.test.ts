import { describe, expect, it } from 'vitest';
import { surnameFirst } from '../../../src/core/people/surname-first.js';
import { castUnder } from '../../support/one-article-cast.js';

const castOf = castUnder('Trade talks');

describe('a given name of two romanised syllables joined by a hyphen ("Li Gun-Mo")', () => {
  it('is written after the surname, though the story never writes the surname alone', () => {
    // Reuters 10698 and 17374 (1987).
    expect(surnameFirst('Li Gun-Mo', new Set())).toBe('Li');
    expect(surnameFirst('Wang Chien-shien', new Set())).toBe('Wang');
    expect(surnameFirst('Kim Dae-jung', new Set())).toBe('Kim');
  });

  it('is not a double-barrelled surname, whose halves are no such syllables ("Dick King-Smith", "Koffi Dei-Anang")', () => {
    expect(surnameFirst('Dick King-Smith', new Set())).toBeNull();
    expect(surnameFirst('Koffi Dei-Anang', new Set())).toBeNull();
    expect(surnameFirst('Peter Hill-Wood', new Set())).toBeNull();
  });

  it('gives the cast the surname as the alias, not the given name', () => {
    const person = castOf(
      'The letter was sent by North Korean prime minister Li Gun-Mo to his southern counterpart.',
      'Seoul said it would study the proposal.',
    ).find((p) => p.name === 'Li Gun-Mo');
    expect(person?.aliases).toContain('Li');
    expect(person?.aliases).not.toContain('Gun-Mo');
  });
});
