/**
 * A person as the cast is being built (a draft), and how its name's parts are read: the surname
 * with its particles, where it stands before a generation ("Jr"), the surnames it is written with.
 */
import { isNameParticle, JOINED_PARTICLE_PATTERN } from '../text/name-particles.js';
import { isGivenName } from './find-name-mentions.js';
import { isRoleWord } from './roles.js';

/** A person being built: the name shown, every form it is written in, its roles and honorifics. */
export interface Draft {
  name: string;
  forms: Set<string>;
  roles: Map<string, string>;
  honorifics: Set<string>;
  /** Whom a one-word person is not, though the story writes that full name once ("Michael Reagan, son of President Reagan"). */
  relativeOf?: string;
}

export const GENERATION = /^(Jr|Sr|II|III|IV)\.?$/;

/** Where the surname stands: the last word, or the one before a generation ("Oscar S. Wyatt Jr"). */
export function lastNameAt(words: string[]): number {
  return words.length > 1 && GENERATION.test(words.at(-1)!) ? words.length - 2 : words.length - 1;
}

/** The surname, with any particles before it ("Van Fossen", "de la Cruz"); a generation ("Jr") is no surname. */
export function surname(d: Draft): string {
  return surnameOf(d.name);
}

/** The surnames a draft is written with: its name's, and a misspelt one's ("Pazzionotto" of "Almir Pazzianotto"). */
export function surnamesOf(d: Draft): Set<string> {
  // A double-barrelled name written with a space ("Robert Kilroy Silk") has no surname of its own ("Silk").
  const spaced = d.name.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
  // A form that opens the name ("Juan Carlos" of "Juan Carlos Ferrero") is given names alone, with no surname.
  const names = [...d.forms].filter((f) => f.includes(' ') && !isSurnameOnly(f) && (f === d.name || f !== spaced) && !d.name.startsWith(`${f} `));
  const paternal = paternalSurnameOf(d.name);
  const sheikh = SHEIKH_NAME.exec(d.name)?.[1];
  return new Set([surname(d), ...names.map(surnameOf), ...(paternal ? [paternal] : []), ...(sheikh ? [sheikh] : [])]);
}

/**
 * A sheikh goes by the name after his title, as the wires write him once named in full ("Ali said" of "Sheikh Ali
 * al-Khalifa al-Sabah"), whose last word is his family's joined to its particle.
 */
const SHEIKH_NAME = new RegExp(`^Sheikh (\\p{Lu}\\p{Ll}+)(?: \\S+)* (?:${JOINED_PARTICLE_PATTERN})-\\p{Lu}[\\p{L}'’-]*$`, 'u');

/**
 * The first of two surnames joined by a particle, which Spanish and Portuguese names go by alone
 * ("Teixeira" of "Anibal Teixeira de Souza", "Salinas" of "Carlos Salinas de Gortari"): a word after
 * the given name, right before the particle, that no lexicon knows as a given name ("Jose Maria de Areilza"), or
 * the third word or later, after two given names ("Lula" of "Luiz Inacio Lula da Silva").
 */
export function paternalSurnameOf(name: string): string | null {
  const words = name.split(' ');
  const at = words.findIndex((w, i) => i >= 2 && isNameParticle(w));
  const word = at > 0 ? words[at - 1]! : null;
  return word && !isNameParticle(word) && (!isGivenName(word) || at >= 3) ? word : null;
}

/**
 * The first of two surnames with no particle between ("Hernandez" of "Arturo Hernandez Grisanti"), which Spanish
 * names go by alone: the middle word of a name of three, no given name and no role, that the story writes alone
 * (`alone`: wordsWrittenAlone of its text), which an English middle name or half of a double surname ("Parker" of
 * "Camilla Parker Bowles") mostly is not; when it is, it is often a place or a firm ("Washington"), which the
 * caller rules out.
 */
export function firstOfTwoSurnames(name: string, alone: Set<string>): string | null {
  const words = name.split(' ');
  if (words.length !== 3 || GENERATION.test(words[2]!)) return null;
  const middle = words[1]!;
  return /^\p{Lu}\p{Ll}+$/u.test(middle) && alone.has(middle) && !isGivenName(middle) && !isRoleWord(middle) ? middle : null;
}

export function surnameOf(name: string): string {
  const words = name.split(' ');
  const end = lastNameAt(words);
  let start = end;
  while (start > 1 && isNameParticle(words[start - 1]!)) start--;
  return words.slice(start, end + 1).join(' ');
}

/** A name that is only a surname with its particle ("Van Fossen"), not a given name and surname. */
export function isSurnameOnly(name: string): boolean {
  return isNameParticle(name.split(' ')[0]!);
}
