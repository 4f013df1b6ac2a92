/**
 * People as news counts them: by what they are. "How many people sit on the London Assembly?" is
 * answered by "made up of 25 members", "How many people vote in the Academy?" by "The 5,808
 * Academy voters": the question's "people" is met by the kind, in the count and in the coverage.
 */
import { termOf } from '../index/terms.js';
import { SYNONYM_WEIGHT, withRelatedTerms, type ExpandedQuery } from './expand-query.js';

/** The nouns news counts people by, as index terms. */
export const KINDS_OF_PEOPLE = [
  'members',
  'workers',
  'employees',
  'staff',
  'fans',
  'voters',
  'residents',
  'passengers',
  'players',
  'students',
  'children',
  'adults',
  'men',
  'women',
  'officials',
  'delegates',
  'candidates',
  'executives',
  'directors',
  'mps',
  'councillors',
  'judges',
  'soldiers',
  'troops',
  'police',
  'officers',
  'patients',
  'victims',
  'customers',
  'subscribers',
  'viewers',
  'listeners',
  'readers',
  // People counted by the work they hold: "total employment of about 4,300", "2,000 jobs".
  'employment',
  'workforce',
  'jobs',
].map((w) => termOf(w)!);

/** The term of "people". */
export const PEOPLE = termOf('people')!;

/** A question that counts people ("How many people…?"). */
const COUNTS_PEOPLE = /^\s*how many people\b/i;

/** Adds to `expanded` (in place) the kinds of people as synonyms of a counted "people". */
export function addKindsOfPeople(expanded: ExpandedQuery, question: string): ExpandedQuery {
  return COUNTS_PEOPLE.test(question) ? withRelatedTerms(expanded, [[PEOPLE, KINDS_OF_PEOPLE]], SYNONYM_WEIGHT) : expanded;
}
