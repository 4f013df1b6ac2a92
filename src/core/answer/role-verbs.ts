/**
 * Verbs that ask who holds a post: "Who runs Marsh & McLennan?" is "Who is the head of Marsh?",
 * answered by "Marsh chief executive Michael Cherkasky", a sentence that never writes "runs". The
 * post's words, not the verb, are what the answer must name a person beside.
 */

/**
 * Each verb (its forms) and the posts that hold what it does. Not role-nouns.ts's list, which widens
 * the search: searching "president" for "runs" ranked "senior vice president Joshua Bewlay" above
 * "chief executive Michael Cherkasky", and a bare "executive" or "manager" holds no firm's head.
 */
const ROLE_VERBS: [RegExp, string[]][] = [
  [/^(runs?|ran|running|heads?|headed|heading)$/, ['head', 'chief', 'boss', 'leader', 'president', 'chairman', 'chairwoman', 'director']],
  [/^(chairs?|chaired|chairing)$/, ['chairman', 'chairwoman', 'chair', 'chairperson']],
  [/^(manages?|managed|managing)$/, ['manager', 'boss', 'coach']],
  [/^(coach(?:es|ed|ing)?|trains?|trained|training)$/, ['coach', 'trainer', 'manager']],
  [/^(owns?|owned|owning)$/, ['owner', 'chairman']],
  [/^(represents?|represented|representing)$/, ['lawyer', 'attorney', 'counsel', 'agent', 'solicitor', 'representative']],
];

/** "Who speaks for…?" asks the spokesperson. */
const SPEAKS_FOR = /^\s*who\s+(?:speaks|spoke|is speaking)\s+for\b/i;
const SPOKESPEOPLE = ['spokesman', 'spokeswoman', 'spokesperson'];

/**
 * Posts asked in words that write no verb of them, and the verb each is asked by: "Who is in charge of
 * Euronext?" asks who runs it, "Who is in the chair of the council?" who chairs it. Only a body named in
 * capitals is run: "Who is in charge of the inquiry?" asks who leads it, no firm's head.
 */
const ASKED_AS_VERB: [RegExp, string][] = [
  // No "i" flag: with it, \p{Lu} would match a small letter too.
  [/^\s*[Ww]ho(?:\s+(?:is|was|are|were)|['’]s)\s+(?:now\s+|currently\s+)?in\s+charge\s+(?:of|at)\b(?=\s+(?:the\s+)?\p{Lu})/u, 'Who runs'],
  [/^\s*who(?:\s+(?:is|was|are|were)|['’]s)\s+(?:now\s+|currently\s+)?in\s+the\s+chair\s+(?:of|at)\b/i, 'Who chairs'],
];

/** "Who is in charge of Euronext?" asked as "Who runs Euronext?", or null for a question asked otherwise. */
export function askedAsRoleVerb(question: string): string | null {
  const found = ASKED_AS_VERB.find(([asked]) => asked.test(question));
  return found ? question.replace(found[0], found[1]) : null;
}

/** The posts a "Who runs / chairs / speaks for…?" question asks the holder of; null for any other question. */
export function postsOfRoleVerb(question: string): string[] | null {
  if (SPEAKS_FOR.test(question)) return SPOKESPEOPLE;
  const verb = /^\s*who\s+([a-z]+)\b/i.exec(question)?.[1];
  if (!verb) return null;
  // In small letters only: "Who Leads…" is no verb of a title.
  return verb === verb.toLowerCase() ? (ROLE_VERBS.find(([forms]) => forms.test(verb))?.[1] ?? null) : null;
}

/** The body a role verb's question names, in small letters ("Who manages Birmingham City?" → birmingham, city); none when it names none. */
export function bodyOfRoleVerb(question: string): string[] {
  return ROLE_VERB_BODY.exec(question)?.[1]?.trim().toLowerCase().split(/\s+/) ?? [];
}

const ROLE_VERB_BODY = /^\s*[Ww]ho\s+\p{Ll}+\s+(?:the\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s*)+)/u;
