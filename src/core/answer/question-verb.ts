/**
 * The verb a question asks through: "Who *directed* the film?", "How much did Texaco *pay* for
 * Getty Oil?". A who-question's verb is what it asks the doer of: a passage that names people
 * beside another happening ("Kombou plays Vince Everett in Jailhouse Rock" for "Who directed
 * Jailhouse Rock?") does not answer it. (Required of dates, sums and places too, the verb cost
 * more right answers than it saved: articles tell those in other words, "raise the alarm" as
 * "warned".)
 */
import nlp from '../text/nlp.js';

/** Verbs that lend a question its tense or voice and say nothing of what happened. */
const AUXILIARY = /^(do|does|did|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|shall|may|might|must)$/i;
/** The auxiliaries that leave their verb in its base form, right after the subject ("did Texaco pay…"). */
const DO_OR_MODAL = /^(do|does|did|will|would|can|could|should|shall|may|might|must)$/i;
/** What follows a verb, not a subject: a preposition, an article, a possessive, the question's end. */
const AFTER_A_VERB = /^(for|to|in|on|at|from|with|by|of|about|into|over|after|before|during|since|the|a|an|his|her|its|their|this|that|these|those|)$/i;
/**
 * Verbs whose meaning lies in the words around them ("take place", "go on sale", "make a
 * profit") or that ask of nothing in particular ("happen"): no passage need repeat them.
 */
const EMPTY_VERB =
  /^(become|becomes|became|remain|remains|remained|seem|seems|seemed|take|took|taken|taking|go|goes|went|gone|going|get|gets|got|getting|make|makes|made|making|come|comes|came|coming|give|gives|gave|given|put|set|bring|brought|keep|kept|turn|happen|happens|happened|say|says|said|tell|told|mean|means|meant|need|needs|needed|want|wants|wanted|expect|expects|expected|cost|costs)$/i;

/** The words of the question's verbs that carry its meaning: none when it asks through a copula alone or an empty verb. */
export function questionVerbs(question: string): string[] {
  const terms = nlp(question).json()[0]?.terms as { text: string; tags: string[] }[] | undefined;
  if (!terms) return [];
  const words = terms.map((t) => t.text.replace(/[?.!,;:]+$/, ''));
  const verbs = new Set<string>();
  terms.forEach((t, i) => {
    const word = words[i]!;
    if (i === 0 || AUXILIARY.test(word) || EMPTY_VERB.test(word) || /^\p{Lu}/u.test(word)) return;
    if (t.tags.includes('Verb') && !t.tags.some((tag) => tag === 'PhrasalVerb' || tag === 'Noun' || tag === 'Plural') && !isSubject(words, i))
      verbs.add(word.toLowerCase());
    // compromise takes a verb for a noun after "did" and its subject ("did Texaco pay for…"): it is
    // the first lower-case word past the subject that a preposition, an article or the end follows.
    else if (isBaseVerbSlot(words, terms, i)) verbs.add(word.toLowerCase());
  });
  return [...verbs];
}

/** Whether word `i`, right after "did", is the subject a verb follows ("did shares fall"). */
function isSubject(words: string[], i: number): boolean {
  return DO_OR_MODAL.test(words[i - 1]!) && /^\p{Ll}/u.test(words[i + 1] ?? '') && !AFTER_A_VERB.test(words[i + 1]!);
}

/** Whether word `i` stands where "did SUBJECT verb" puts the verb: past at least one subject word, before a preposition or the end. */
function isBaseVerbSlot(words: string[], terms: { tags: string[] }[], i: number): boolean {
  let aux = i - 1;
  while (aux >= 0 && !AUXILIARY.test(words[aux]!)) aux--;
  if (aux < 0 || !DO_OR_MODAL.test(words[aux]!) || i - aux < 2 || !AFTER_A_VERB.test(words[i + 1] ?? '')) return false;
  // Only the subject stands between: names, an article or possessive, plural nouns ("did the shares fall").
  return words
    .slice(aux + 1, i)
    .every((w, k) => /^\p{Lu}/u.test(w) || /^(the|a|an|its|his|her|their)$/i.test(w) || terms[aux + 1 + k]!.tags.includes('Plural'));
}

/**
 * The verb a who-question asks the doer of ("Who *directed* the film?", "Who is *bidding* for…?",
 * "Who did Federer *beat*?"): null when it asks what someone is ("Who will be chief executive?")
 * or through an empty verb ("Who took the prize?").
 */
export function whoQuestionVerb(question: string): string | null {
  const words = question
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[?.!,;:]+$/, ''));
  if (!/^who$/i.test(words[0] ?? '')) return null;
  let i = 1;
  while (i < words.length && AUXILIARY.test(words[i]!)) i++;
  const verbs = questionVerbs(question);
  // "Who did Federer beat?": the verb past the subject.
  if (i > 1 && DO_OR_MODAL.test(words[i - 1]!) && /^\p{Lu}/u.test(words[i] ?? '')) return verbs[0] ?? null;
  const word = words[i]?.toLowerCase();
  // "Who was appointed…?" asks whom it befell; the answer may say what they are ("the new chairman, Mr Smith").
  if (i > 1 && /^(is|are|was|were|been|be)$/i.test(words[i - 1]!) && /ed$|en$/.test(word ?? '')) return null;
  return word !== undefined && verbs.includes(word) ? word : null;
}
