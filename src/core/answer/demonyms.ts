/**
 * A people's adjective and its country are one place to a reader: "How many PSPs were shipped to
 * Japanese shops?" is answered beside "went on sale in Japan", "What did Japan ask for?" by
 * "Japanese officials asked…". WordNet links neither way (its synonyms of "Japanese" are the
 * language's), so each adjective meets its country's names, and each name the adjective.
 */
import { termOf } from '../index/terms.js';
import { SYNONYM_WEIGHT, withRelatedTerms, type ExpandedQuery } from './expand-query.js';

/** Nationalities and the names news gives their countries (or regions). */
const COUNTRIES: Record<string, string[]> = {
  american: ['america', 'us', 'usa'],
  australian: ['australia'],
  austrian: ['austria'],
  belgian: ['belgium'],
  brazilian: ['brazil'],
  british: ['britain', 'uk'],
  canadian: ['canada'],
  chinese: ['china'],
  danish: ['denmark'],
  dutch: ['netherlands', 'holland'],
  egyptian: ['egypt'],
  english: ['england'],
  european: ['europe', 'eu'],
  french: ['france'],
  german: ['germany'],
  greek: ['greece'],
  indian: ['india'],
  iranian: ['iran'],
  iraqi: ['iraq'],
  irish: ['ireland'],
  israeli: ['israel'],
  italian: ['italy'],
  japanese: ['japan'],
  korean: ['korea'],
  mexican: ['mexico'],
  norwegian: ['norway'],
  pakistani: ['pakistan'],
  polish: ['poland'],
  portuguese: ['portugal'],
  russian: ['russia'],
  scottish: ['scotland'],
  spanish: ['spain'],
  swedish: ['sweden'],
  swiss: ['switzerland'],
  taiwanese: ['taiwan'],
  turkish: ['turkey'],
  welsh: ['wales'],
};

/** Each term of a nationality or a country name, with the terms of the other side. */
const PLACE_WORDS = new Map<string, string[]>();
for (const [adjective, names] of Object.entries(COUNTRIES)) {
  const a = termOf(adjective)!;
  // "us" is a stop word to the index: "U.S." and "US" are searched as written elsewhere.
  const ns = names.map(termOf).filter((n): n is string => n !== null);
  PLACE_WORDS.set(a, [...(PLACE_WORDS.get(a) ?? []), ...ns]);
  for (const n of ns) PLACE_WORDS.set(n, [...(PLACE_WORDS.get(n) ?? []), a]);
}

/** Adds to `expanded` (in place) each nationality's country names, and each country's nationality, as synonyms. */
export function addCountriesOfPeoples(expanded: ExpandedQuery): ExpandedQuery {
  return withRelatedTerms(
    expanded,
    [...expanded.groups.keys()].map((term) => [term, PLACE_WORDS.get(term) ?? []] as [string, string[]]),
    SYNONYM_WEIGHT,
  );
}
