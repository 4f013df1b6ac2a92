/**
 * The verb a who-question asks the doer of: "Who *directed* the film?", "Who is *bidding* for the
 * unit?", "Who did Federer *beat*?". A passage that names people beside another happening
 * ("Kombou plays Vince Everett in Jailhouse Rock" for "Who directed Jailhouse Rock?") does not
 * answer it. Read from the words' places, not by tagging the question: a who-question's verb
 * stands right after "who" and its auxiliaries, or past the subject of "did" (and tagging costs
 * more than the rest of an answer). (Required of dates, sums and places too, the verb cost more
 * right answers than it saved: articles tell those in other words, "raise the alarm" as "warned";
 * only a sum paid, spent or earned is required to be told as such, below.)
 */

import { postsOfRoleVerb } from './role-verbs.js';

/** Auxiliaries: "be" and "have" forms, and those that leave their verb in its base form. */
const BE = /^(is|are|was|were|be|been|being)$/i;
const HAVE = /^(has|have|had)$/i;
const DO_OR_MODAL = /^(do|does|did|will|would|can|could|should|shall|may|might|must)$/i;
/** What follows a verb, not a subject: a preposition, an article, a possessive, the question's end. */
const AFTER_A_VERB = /^(for|to|in|on|at|from|with|by|of|about|into|over|after|before|during|since|the|a|an|his|her|its|their|this|that|these|those|)$/i;
/** Words of a subject before its verb that are not names: "did the board…". */
const DETERMINER = /^(the|a|an|his|her|its|their|this|that|these|those)$/i;
/** Words after "who" that are no verb: "Who else…", "Who exactly…". */
const NOT_A_VERB = /^(else|exactly|now|then|today|first|also|still|ever|really|in|at|of|among|from|on)$/i;
/**
 * Verbs whose meaning lies in the words around them ("take the prize", "become leader") or that
 * ask of nothing in particular: no passage need repeat them.
 */
const EMPTY_VERB =
  /^(become|becomes|became|remain|remains|remained|seem|seems|seemed|take|takes|took|taken|taking|go|goes|went|gone|going|get|gets|got|getting|make|makes|made|making|come|comes|came|coming|give|gives|gave|given|put|puts|set|sets|bring|brings|brought|keep|keeps|kept|turn|turns|turned|happen|happens|happened|say|says|said|tell|tells|told|mean|means|meant|need|needs|needed|want|wants|wanted|expect|expects|expected|do|does|did|done)$/i;

/**
 * The verb a who-question asks the doer of, as written: null when it asks what someone is ("Who
 * will be chief executive?", "Who is Ebbers' lawyer?"), whom something befell ("Who was
 * appointed…?") or through an empty verb ("Who took the prize?").
 */
export function whoQuestionVerb(question: string): string | null {
  const words = question
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[?.!,;:]+$/, ''));
  if (!/^who$/i.test(words[0] ?? '')) return null;
  // "Who runs Marsh?" asks who holds a post, which the answer names, not the verb ("Marsh chief executive Michael Cherkasky").
  if (postsOfRoleVerb(question) !== null) return null;
  let i = 1;
  while (i < words.length && (BE.test(words[i]!) || HAVE.test(words[i]!) || DO_OR_MODAL.test(words[i]!))) i++;
  const aux = i > 1 ? words[i - 1]! : '';
  // "Who did Federer beat?": past the subject, the first word in small letters before a preposition or the end.
  if (DO_OR_MODAL.test(aux) && /^\p{Lu}|^(the|a|an|his|her|its|their|this|that|these|those)$/u.test(words[i] ?? '')) {
    while (i < words.length && (/^\p{Lu}/u.test(words[i]!) || DETERMINER.test(words[i]!))) i++;
    return verbAt(words, i) && AFTER_A_VERB.test(words[i + 1] ?? '') ? words[i]!.toLowerCase() : null;
  }
  if (!verbAt(words, i)) return null;
  const word = words[i]!.toLowerCase();
  // After "is": only "Who is bidding…?" asks a doer; "Who was appointed…?" asks whom it befell, "Who is the…" what someone is.
  if (BE.test(aux)) return /ing$/.test(word) ? word : null;
  return word;
}

/** Whether word `i` can be the question's verb: in small letters, no article, no empty verb. */
function verbAt(words: string[], i: number): boolean {
  const word = words[i];
  return (
    word !== undefined &&
    /^\p{Ll}+$/u.test(word) &&
    !DETERMINER.test(word) &&
    !NOT_A_VERB.test(word) &&
    !EMPTY_VERB.test(word) &&
    !(NAMING_VERB.test(word) && !PARTICLE.test(words[i + 1] ?? ''))
  );
}

/**
 * Verbs that name what someone said of something ("Who called the claims a downright lie?", "Who
 * described the Budget as…?"): articles tell the saying by any verb of it ("accused Labour of…",
 * "dismissed the Budget as…"), so no passage need repeat them. Not with a particle: "called for"
 * asks for a demand.
 */
const NAMING_VERB = /^(call|calls|called|describe|describes|described|brand|brands|branded|label|labels|labelled|labeled|dub|dubs|dubbed)$/i;
const PARTICLE = /^(for|on|off|up|in|out|back|upon)$/i;

/** Verbs of paying and earning: a sum paid is told by the payment, while a price or a value is told in many other words. */
const PAYMENT_VERB = /^(pay|pays|paid|paying|spend|spends|spent|spending|earn|earns|earned|earning|charge|charges|charged|charging)$/i;

/**
 * The verb of payment a how-much question asks the sum of ("How much was Ebbers *paid*…?", "How
 * much has Pennzoil *spent* on lawyers?"), as written, or null; not a noun ("How much does the
 * charge cost?") nor a verb after "to" ("How much will it cost to pay off…?" asks the cost).
 */
export function paymentQuestionVerb(question: string): string | null {
  const m = /^\s*how\s+much\s+(?:money\s+|cash\s+)?(?:is|are|was|were|will|would|did|does|do|has|have|had)\b(.*)$/i.exec(question);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).map((w) => w.replace(/[?.!,;:]+$/, ''));
  const at = words.findIndex((w, i) => PAYMENT_VERB.test(w) && !DETERMINER.test(words[i - 1] ?? '') && !/^to$/i.test(words[i - 1] ?? ''));
  return at < 0 ? null : words[at]!.toLowerCase();
}
