/**
 * "Which other companies used bankruptcy…?", "What other trade disputes are there…?" ask for more of
 * a kind than the one the story is about: a passage that lists others ("Other disputes include…",
 * "following the example set by Manville Corp, A.H. Robins Co and other firms") ranks as one of the
 * kind asked for would, above one that tells of the story's own.
 */

/** Whether a question asks for others of a kind. */
export function asksForOthers(question: string): boolean {
  return /^\s*(?:which|what|who)\s+(?:other|else)\b|^\s*(?:which|what)\s+\S+\s+(?:other|else)\b/i.test(question);
}

/** Whether a passage tells of others, or lists them. */
export function tellsOfOthers(passage: string): boolean {
  return /\b(?:other|others|another|include|includes|included|including|such as|as well as|besides|rivals?|competitors?)\b/i.test(passage);
}
