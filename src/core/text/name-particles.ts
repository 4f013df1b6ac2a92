/**
 * The small words that stand inside a family name ("Ludwig van Beethoven", "Robert De Niro",
 * "Osama bin Laden", "Juan de la Cruz"): part of the name, though written in lower case and no
 * name on their own. One list for every step that reads names.
 */

/** The particles, in lower case. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'di',
  'du',
  'dos',
  'le',
  'la',
  'bin',
  'al',
  'el',
  'ten',
  'ter',
]);

/** True when `word` is a particle, in any case ("van", "Van", "VAN"). */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

/** The particles as a regular expression's alternatives (`van|von|…`), for patterns that read a name in a run of words. */
export const NAME_PARTICLE_PATTERN = [...NAME_PARTICLES].join('|');

/** The Arabic articles and kin words that a hyphen joins to the surname after them ("al-Sabah", "bin-Talal", "el-Baz"). */
export const JOINED_PARTICLE_PATTERN = 'al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|ben';

/** A surname so joined: one word of a name, written in lower case at its start, which never opens a name. */
export const JOINED_PARTICLE_WORD = new RegExp(`^(?:${JOINED_PARTICLE_PATTERN})-\\p{Lu}[\\p{L}'’-]*[,.;:]?$`, 'u');
