/**
 * Light verbs: "come", "take", "get"… say little on their own; the meaning of "come out of
 * bankruptcy" or "take part" lies in the words around them, which an answer words its own way
 * ("emerged from bankruptcy"). Such a verb is often rare in a story, so its rarity weighs it as if
 * it were the question's point, and an answer without it looks as if it missed the question.
 */
import type { WeightedTerm } from './passage-features.js';

/** The light verbs' terms, as the index stems them ("came" → come, "carried" → carri). */
const LIGHT = ['come', 'go', 'get', 'take', 'make', 'put', 'give', 'set', 'bring', 'keep', 'turn', 'hold', 'run', 'carri', 'step'];
/**
 * Verbs whose meaning lies in the verb they lead to: "tried to settle" is answered by "offered to
 * settle", "wants to race" by "will run again" ("tried" stems to tri, "try" to try).
 */
const LEADING = ['tri', 'try', 'attempt', 'seek', 'want', 'need', 'manag'];
const LIGHT_VERBS = new Set([...LIGHT, ...LEADING]);

/** How much of its weight a light verb keeps when the confidence in an answer is judged. */
const LIGHT_VERB_SHARE = 0.5;

/** The question with its light verbs weighing less (the same array when it has none). */
export function withLightVerbsLightened(question: WeightedTerm[]): WeightedTerm[] {
  if (!question.some((q) => LIGHT_VERBS.has(q.term))) return question;
  return question.map((q) => (LIGHT_VERBS.has(q.term) ? { ...q, weight: q.weight * LIGHT_VERB_SHARE } : q));
}
