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

/** The words a firm's people are counted by, as index terms: "How many workers…?" is answered by "a 20,000-member workforce". */
export const WORKING = ['workers', 'employees', 'staff', 'workforce', 'employment', 'jobs', 'employs'].map((w) => termOf(w)!);

export const JOBS = termOf('jobs')!;

/** The term a "how many" question counts: the word after "how many". */
function countedTerm(question: string): string | null {
  const word = /^\s*how many\s+(\p{L}+)/iu.exec(question)?.[1];
  return word ? termOf(word) : null;
}

/** Adds to `expanded` (in place) the kinds of people as synonyms of a counted "people", and the words of a workforce for one another. */
export function addKindsOfPeople(expanded: ExpandedQuery, question: string): ExpandedQuery {
  const counted = countedTerm(question);
  if (counted === PEOPLE) return withRelatedTerms(expanded, [[PEOPLE, KINDS_OF_PEOPLE]], SYNONYM_WEIGHT);
  // Jobs are counted apart: "How many jobs will go?" is not answered by the size of the workforce.
  if (counted !== null && WORKING.includes(counted) && counted !== JOBS)
    return withRelatedTerms(expanded, [[counted, WORKING.filter((t) => t !== counted)]], SYNONYM_WEIGHT);
  return expanded;
}
