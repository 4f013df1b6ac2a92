/**
 * A "who" question asks for whoever does something ("Who leads the union?", "Who speaks for the
 * federation?"); news names that person by the role the verb makes ("union president Owen
 * Bieber", "spokesman Nick Davies"). The thesaurus knows synonyms, not these role nouns, so a
 * who-question's verb brings them in.
 */
import { termOf } from '../index/terms.js';
import type { ExpandedQuery } from './expand-query.js';

/** Verbs and the roles of those who do them, as news writes them. */
const ROLES: Record<string, string[]> = {
  lead: ['leader', 'head', 'chief', 'chairman', 'president'],
  head: ['head', 'chief', 'chairman', 'leader', 'president'],
  run: ['head', 'chief', 'boss', 'manager', 'executive'],
  chair: ['chairman', 'chairwoman', 'chair'],
  speak: ['spokesman', 'spokeswoman', 'spokesperson'],
  represent: ['lawyer', 'attorney', 'representative', 'counsel'],
  defend: ['lawyer', 'attorney', 'counsel'],
  prosecute: ['prosecutor'],
  coach: ['coach', 'manager', 'trainer'],
  train: ['coach', 'trainer'],
  manage: ['manager', 'director'],
  own: ['owner'],
  founded: ['founder'],
  advise: ['adviser', 'advisor', 'consultant'],
  negotiate: ['negotiator'],
  govern: ['governor'],
  edit: ['editor'],
  write: ['writer', 'author', 'correspondent', 'reporter'],
  report: ['reporter', 'correspondent'],
  investigate: ['investigator'],
  judge: ['judge'],
  analyse: ['analyst'],
  invest: ['investor'],
};

const ROLES_BY_TERM = new Map(Object.entries(ROLES).map(([verb, nouns]) => [termOf(verb)!, nouns]));

/** "the head of …": a body's head, asked by the noun. */
const HEAD_OF = /\bhead of\b/i;
const HEAD_TERM = termOf('head')!;

/** Weight of a role noun's term against the question's own (1), as a synonym's. */
const ROLE_WEIGHT = 0.5;

/** Adds to `expanded` (in place) the role nouns of the question's verbs, for a "who" question, and a head's for "the head of". */
export function addRoleNouns(expanded: ExpandedQuery, question: string): ExpandedQuery {
  // Any question may name a body's head by that word ("How did the head of the association react?"): news writes its post.
  const asksWho = /^\s*who\b/i.test(question);
  if (!asksWho && !HEAD_OF.test(question)) return expanded;
  const extra: string[] = [];
  for (const [term, related] of expanded.groups) {
    if (!asksWho && term !== HEAD_TERM) continue;
    for (const noun of ROLES_BY_TERM.get(term) ?? []) {
      const role = termOf(noun)!;
      if (related.has(role)) continue;
      // "Who is representing him as his lawyer?": the role in the question answers for its verb.
      related.add(role);
      if (expanded.groups.has(role)) continue;
      if (!expanded.boosts.has(role)) expanded.boosts.set(role, ROLE_WEIGHT);
      extra.push(noun);
    }
  }
  return extra.length === 0 ? expanded : { ...expanded, text: `${expanded.text} ${extra.join(' ')}` };
}
