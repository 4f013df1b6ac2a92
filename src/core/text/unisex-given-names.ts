/**
 * Given names that news copy gives men and women alike, which compromise's lexicon files under one
 * gender: "Hilary Benn", "Kim Collins", "Ashley Cole" and "Nicola Calipari" are men, "Jesse" and
 * "Billie" are as often the other way. Such a name says nothing of whom "he" or "she" can be.
 * ("Kim" is also the Korean surname written first: "Kim Dae-jung".)
 */
const UNISEX_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'ashley',
  'billie',
  'dana',
  'dominique',
  'evelyn',
  'frankie',
  'gale',
  'hilary',
  'jackie',
  'jesse',
  'jo',
  'jody',
  'kim',
  'laurie',
  'leslie',
  'lindsay',
  'lynn',
  'meredith',
  'nicola',
  'sasha',
  'shannon',
  'toni',
  'tracy',
  'val',
  'vivian',
]);

/** Whether a given name is one news copy gives men and women alike ("Hilary", "Kim"). */
export function isUnisexGivenName(name: string): boolean {
  return UNISEX_GIVEN_NAMES.has(name.toLowerCase());
}
