/**
 * Related words for widening a question ("quit" → resign, step down), given to the core by its
 * caller so that the core itself reads no files. A story without one matches words as written.
 */
export interface Thesaurus {
  /** Words of the same meaning as a lower-case word or two-word phrase ("step down"), most common senses first. */
  synonyms(phrase: string): string[];
  /** Words of the opposite meaning, from the same senses ("accept" → reject, refuse): what a yes-or-no question may be answered by. */
  antonyms?(phrase: string): string[];
}
