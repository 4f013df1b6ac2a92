/**
 * Turns a matched sentence into a passage a reader can understand alone: a sentence that opens with
 * a pronoun, a connective or a quotation's continuation gets the sentence before it.
 */
import type { Sentence } from '../types.js';

const LEANS_ON_PREVIOUS = /^["'“‘]*(he|she|it|they|them|his|her|its|their|this|that|these|those|such)\b/i;
/** A connective that ties a sentence to the one before: it leans on it only when what follows does ("But he said…", not "Meanwhile Labour backbencher Stephen Pound…"). */
const CONNECTIVE = /^["'“‘]*(?:but|and|so|yet|still|instead|also|however|meanwhile|then)\b,?\s*/i;

/** True when a sentence cannot stand alone (it leans on the one before). */
export function leansOnPrevious(sentence: Sentence): boolean {
  const rest = sentence.norm.replace(CONNECTIVE, '');
  if (rest !== sentence.norm && !/^(?:the|a|an)\s/i.test(rest) && /^\p{Lu}/u.test(rest) && !LEANS_ON_PREVIOUS.test(rest)) return false;
  return LEANS_ON_PREVIOUS.test(sentence.norm) || CONNECTIVE.test(sentence.norm) || /^[\p{Ll}]/u.test(sentence.norm);
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
