/**
 * compromise, as the core uses it: its single-file CommonJS build, which loads much faster
 * than its ES-module sources (hundreds of files under tsx): a story built in a worker at
 * start-up is ready that much sooner. The same version and the same code, bundled. (`node:module`
 * is the one Node module the core imports: it loads code, and reads no data.)
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';

/** compromise's `nlp`. */
const nlp = createRequire(import.meta.url)('compromise') as typeof compromise;
export default nlp;

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

/** The tags compromise's lexicon gives a word (in any case), none for a word it does not know. */
export function lexiconTags(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** compromise's tags of a given name ("Carlos", "Mary"). */
export const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** compromise's tags of any name of a person: a given name, a surname, or a famous person's. */
export const NAME_TAGS: ReadonlySet<string> = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person']);

/** compromise's tags of a verb in any form. */
export const VERB_TAGS: ReadonlySet<string> = new Set([
  'Verb',
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Participle',
  'Modal',
  'Auxiliary',
  'Copula',
  'PhrasalVerb',
]);
