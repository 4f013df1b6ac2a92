/**
 * A question about how something ended (its result, score, verdict or vote, or who won) is not
 * answered by a passage that announces the event still to come: "What was the result of the vote?"
 * is not answered by "A decision … is set to be made", nor "What was the score?" by "ahead of
 * Tuesday's first leg".
 */

/** Whether `passage` only announces the event whose outcome `question` asks. */
export function announcedOnly(question: string, passage: string): boolean {
  return OUTCOME_ASKED.test(question) && ANNOUNCES.test(passage);
}

const OUTCOME_ASKED = /^\s*(?:what|how)\s+(?:was|were|did)\b.*\b(?:result|score|outcome|verdict|scoreline|vote|tally)s?\b|^\s*who\s+won\b/i;
// Not a bare "will": "Liverpool won 3-1 and will play Chelsea" tells who won.
const ANNOUNCES =
  /\b(?:is|are|was|were)\s+(?:set|due|expected|scheduled|likely)\s+to\b|\bahead of\b|\bwill be (?:introduced|debated|voted on|put to|held|heard|published)\b/i;
