/**
 * Turns a matched sentence into a passage a reader can understand alone: a sentence that opens with
 * a pronoun, a connective or a quotation's continuation gets the sentence before it.
 */
import type { Sentence } from '../types.js';

const LEANS_ON_PREVIOUS =
  /^["'“‘]*(he|she|it|they|them|his|her|its|their|this|that|these|those|but|and|so|yet|still|instead|also|however|meanwhile|then|such)\b/i;

/** True when a sentence cannot stand alone (it leans on the one before). */
export function leansOnPrevious(sentence: Sentence): boolean {
  return LEANS_ON_PREVIOUS.test(sentence.norm) || /^[\p{Ll}]/u.test(sentence.norm);
}

/** A passage: its text and the first sentence number it covers (the sentence's own, or the one before). */
export interface Passage {
  text: string;
  from: number;
}

/** The passage for a sentence: itself, or the previous sentence of its paragraph and itself. */
export function passageOf(sentence: Sentence, articleSentences: Sentence[]): Passage {
  const previous = articleSentences[sentence.n - 2];
  const joins = previous && previous.paragraph === sentence.paragraph && leansOnPrevious(sentence);
  return joins ? { text: `${previous.text} ${sentence.text}`, from: previous.n } : { text: sentence.text, from: sentence.n };
}
