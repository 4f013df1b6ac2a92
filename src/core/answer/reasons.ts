/**
 * "Why…?" asks for a reason: a passage that gives one ("because", "citing", "in an effort to")
 * ranks as one of the kind asked for would, above one that only tells what happened.
 */

/** Whether a question asks why. */
export function asksWhy(question: string): boolean {
  return /^\s*why\b/i.test(question);
}

/** Whether a passage gives a reason or a purpose, by the words news uses for one. */
export function givesAReason(passage: string): boolean {
  return GIVES_A_REASON.test(passage);
}

const GIVES_A_REASON =
  /\b(because|since|as a result|due to|owing to|thanks to|cited|citing|cites|reasons?|so that|in order to|to allow|to avoid|to prevent|for fear|given the|led to|leading to|left (?:him|her|it|them|us)|blamed|blames|after (?:it|he|she|they) (?:was|were|had)|in (?:an|a) (?:effort|bid|attempt|move) to|as a way to|to try to|aimed at|in protest|on the grounds|claiming|preferring|fail(?:ed|ing) to|unable to|through (?:injury|illness|suspension)|with an? (?:\w+ )?(?:injury|problem))\b/i;
