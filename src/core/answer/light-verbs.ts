/**
 * Light verbs: "come", "take", "get"… say little on their own; the meaning of "come out of
 * bankruptcy" or "take part" lies in the words around them, which an answer words its own way
 * ("emerged from bankruptcy"). Such a verb is often rare in a story, so its rarity weighs it as if
 * it were the question's point, and an answer without it looks as if it missed the question.
 */
import type { WeightedTerm } from './passage-features.js';
import { termOf, tokenize } from '../index/terms.js';

/** The light verbs' terms, as the index stems them ("came" → come, "carried" → carri). */
const LIGHT_VERBS = new Set(['come', 'go', 'get', 'take', 'make', 'put', 'give', 'set', 'bring', 'keep', 'turn', 'hold', 'run', 'carri', 'step']);
/**
 * Verbs whose meaning lies in the verb they lead to, when they do ("tried to settle" is answered by
 * "offered to settle"; "wants to race" by "will run again"; "willing to pay" by "£6m offer"), as
 * their stems: "tried" stems to tri.
 * Not otherwise: "Why does Harcourt want Harper and Row?" asks about the wanting.
 */
const LEADING = new Set([
  'tri',
  'try',
  'attempt',
  'seek',
  'want',
  'need',
  'manag',
  ...['willing', 'prepared', 'ready', 'eager', 'keen'].map((w) => termOf(w)!),
]);

/** How much of its weight a light verb keeps when the confidence in an answer is judged. */
const LIGHT_VERB_SHARE = 0.5;

/** The question with its light verbs, and its verbs that lead to another, weighing less (the same array when it has none). */
export function withLightVerbsLightened(question: WeightedTerm[], query: string): WeightedTerm[] {
  const leading = new Set(
    [...query.matchAll(/([\p{L}]+)\s+to\s+[\p{L}]/gu)].map((m) => termOf(tokenize(m[1]!)[0] ?? '')).filter((t): t is string => t !== null && LEADING.has(t)),
  );
  const light = (term: string) => LIGHT_VERBS.has(term) || leading.has(term);
  if (!question.some((q) => light(q.term))) return question;
  return question.map((q) => (light(q.term) ? { ...q, weight: q.weight * LIGHT_VERB_SHARE } : q));
}
