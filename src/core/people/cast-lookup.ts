/**
 * Finds the cast's people in a text by any of their names: each run of up to six words is looked
 * up among all aliases at once (names as written, since "Sessions" is not "sessions"; role
 * aliases such as "the president" in any case), longest match first.
 */
import { HONORIFIC_PATTERN } from '../text/honorifics.js';
import type { Person } from '../types.js';
import { isRoleWord } from './roles.js';
import { KINSHIP } from './find-name-mentions.js';

/** A person named in a text, where, and whether in the possessive ("Trump’s"). */
export interface PersonInText {
  person: Person;
  start: number;
  end: number;
  possessive: boolean;
  /** Found by a role alias ("the president"), not by a name. */
  byRole: boolean;
}

/** Looks people up in texts. */
export interface CastLookup {
  find(text: string): PersonInText[];
}

/** The story's lookup, which also knows the names two or more of its people share ("Johansson"). */
export interface StoryCastLookup extends CastLookup {
  /**
   * Looks up as `find` does, reading a shared name as the one person `owner` picks among those who share it, given
   * the words before it.
   */
  findSharing(text: string, owner: (sharers: Person[], before: string) => Person | undefined): PersonInText[];
}

const MAX_WORDS = 6;

/** Builds a lookup over every name and alias of the cast. */
export function buildCastLookup(people: Person[]): StoryCastLookup {
  const byAlias = new Map<string, Person>();
  const ambiguous = new Set<string>();
  const sharers = new Map<string, Set<Person>>();
  for (const p of people) {
    for (const alias of [p.name, ...p.aliases]) {
      // Words are read without a final full stop, so an initial's ("Oscar S. Wyatt", "Anthony J.P. Farris") is dropped
      // here too, as is a surname's "St." ("Fernand St. Germain").
      // A possessive is read without its "'s" too, so an employer's job ("Emery's chairman") is found as the alias.
      const key = (alias.startsWith('the ') ? alias.toLowerCase() : alias.replace(/(?<=^|\s)((?:\p{Lu}\.)*\p{Lu}|St)\.(?=\s)/gu, '$1')).replace(
        /(?<=\p{L})['’]s?(?=\s)/gu,
        '',
      );
      const other = byAlias.get(key);
      if (other && other !== p) {
        ambiguous.add(key);
        sharers.set(key, (sharers.get(key) ?? new Set([other])).add(p));
      }
      byAlias.set(key, p);
    }
  }
  for (const key of ambiguous) byAlias.delete(key);
  // Names only: a role two people hold ("the president") may be a third's in an article that names one of them.
  for (const key of ambiguous) if (key.startsWith('the ')) sharers.delete(key);
  for (const p of people) for (const key of p.shared ?? []) if (!byAlias.has(key)) sharers.set(key, (sharers.get(key) ?? new Set()).add(p));
  const shared = new Map([...sharers].map(([key, set]) => [key, [...set]]));
  // A run can only match where some alias starts: the first words of all aliases, with their longest length.
  const starts = new Map<string, number>();
  for (const key of [...byAlias.keys(), ...shared.keys()]) {
    const words = key.split(' ');
    starts.set(words[0]!, Math.max(starts.get(words[0]!) ?? 0, words.length));
  }
  return {
    find: (text) => findIn(text, byAlias, starts, () => undefined),
    findSharing: (text, owner) => findIn(text, byAlias, starts, (key, before) => (shared.has(key) ? owner(shared.get(key)!, before) : undefined)),
  };
}

/**
 * The lookup for one article's texts by the names it gives: a name the story's people share ("Johansson" of Joachim,
 * Thomas and Jonatan Johansson) is the one's the article names otherwise, when it names only one of them, or else
 * the one's who holds the title written before it.
 */
export function byArticleNames(cast: StoryCastLookup, texts: string[]): StoryCastLookup {
  // Read on the first shared name met: most articles never meet one.
  let named: Set<Person> | null = null;
  // Named otherwise: in full, by an alias of their own, or by a title only they hold of those who share the name.
  const owner = (sharers: Person[], before: string) => {
    named ??= new Set(texts.flatMap((t) => cast.findSharing(t, titledSharer).flatMap((f) => (f.byRole ? [] : [f.person]))));
    const own = sharers.filter((p) => named!.has(p));
    return own.length === 1 ? own[0] : titledSharer(own.length > 0 ? own : sharers, before);
  };
  return { find: (text) => cast.findSharing(text, owner), findSharing: cast.findSharing };
}

/**
 * The lookup for one article's texts: a role ("the president") stands only for someone the article
 * names. The story's only president by name may be another country's, in another article; an
 * article that never names him means its own president (written in lower case, say, and so no name).
 */
export function withinArticle(cast: CastLookup, texts: string[]): CastLookup {
  // Read on the first look-up: many articles never need it.
  let named: Set<Person> | null = null;
  return {
    find: (text) => {
      const found = cast.find(text);
      if (!found.some((f) => f.byRole)) return found;
      named ??= new Set(texts.flatMap((t) => cast.find(t).flatMap((f) => (f.byRole ? [] : [f.person]))));
      return found.filter((f) => !f.byRole || named!.has(f.person));
    },
  };
}

/**
 * Of the people who share a name, the only one who holds the title written just before it ("President Reagan" of Ronald
 * Reagan, the U.S. president, beside Nancy Reagan).
 */
function titledSharer(sharers: Person[], before: string): Person | undefined {
  const title = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(before)?.[1];
  if (!title || !isRoleWord(title)) return undefined;
  const word = new RegExp(`(?<![\\p{L}])${title}(?![\\p{L}])`, 'iu');
  const holders = sharers.filter((p) => p.roles.some((r) => word.test(r)));
  return holders.length === 1 ? holders[0] : undefined;
}

function findIn(
  text: string,
  byAlias: Map<string, Person>,
  starts: Map<string, number>,
  sharedOwner: (key: string, before: string) => Person | undefined,
): PersonInText[] {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’.-]*/gu)].map((m) => ({
    text: m[0].replace(/['’]s?$/, '').replace(/\.$/, ''),
    start: m.index,
    end: m.index + m[0].length,
    possessive: /['’]s?$/.test(m[0]),
  }));
  const found: PersonInText[] = [];
  for (let i = 0; i < words.length; i++) {
    const longest = Math.max(starts.get(words[i]!.text) ?? 0, starts.get(words[i]!.text.toLowerCase()) ?? 0);
    for (let n = Math.min(MAX_WORDS, longest, words.length - i); n >= 1; n--) {
      const run = words.slice(i, i + n);
      const key = run.map((w) => w.text).join(' ');
      const person = byAlias.get(key) ?? byAlias.get(key.toLowerCase()) ?? sharedOwner(key, text.slice(0, run[0]!.start));
      // A run in small letters is a name only as the cast writes it so: a role's ("the president") or one of the names
      // the story writes in small letters ("carlos julio emanuel"), which are of two words or more.
      if (!person || (key.toLowerCase() === key && !key.startsWith('the ') && !(n > 1 && byAlias.has(key)))) continue;
      if (n === 1 && insideLongerName(text, words, i, person) && !isTitleCase(words)) continue;
      const last = run.at(-1)!;
      found.push({ person, start: run[0]!.start, end: last.end, possessive: last.possessive, byRole: /^the /i.test(key) });
      i += n - 1;
      break;
    }
  }
  return found;
}

interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** A headline in title case ("Sessions Lacks Trump's Confidence"), where every word is capitalised. */
function isTitleCase(words: Word[]): boolean {
  return words.filter((w) => /^\p{Lu}/u.test(w.text)).length * 4 >= words.length * 3;
}

/** An honorific or a run of initials, which stands before a name as no part of a compound ("Mr", "J.P.", "JP"). */
const HONORIFIC_OR_INITIAL = new RegExp(`^(?:${HONORIFIC_PATTERN}|(?:\\p{Lu}\\.)*\\p{Lu})$`, 'u');
/**
 * True when a one-word name is part of another name: it runs straight on into a capitalised word
 * ("San" in "San Francisco", "Gates" in "Gates Foundation"), or, for a person with a given name,
 * follows a capitalised word that is neither that name nor a title, a kinship word ("Uncle Ossie"), an initial or a sentence's
 * first word ("Drake" in "Vera Drake", "Park" in "Goodison Park"). A person known by one name
 * ("Kenteris") may be written after a given name the story never gave ("Kostas Kenteris").
 */
function insideLongerName(text: string, words: Word[], i: number, person: Person): boolean {
  const joined = (a: Word, b: Word) => !a.possessive && /^ +$/.test(text.slice(a.end, b.start));
  const capitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
  const word = words[i]!;
  const next = words[i + 1];
  if (next && joined(word, next) && capitalised(next)) return true;
  const prev = words[i - 1];
  const given = person.name.includes(' ') ? person.name.split(' ')[0] : undefined;
  // A compound whose last part is small ("Oscar-nominated", "Australian-born", "London-based") describes the name after it.
  if (!prev || i - 1 === 0 || given === undefined || !joined(prev, word) || !capitalised(prev) || /-\p{Ll}+$/u.test(prev.text)) return false;
  return prev.text !== given && !isRoleWord(prev.text) && !KINSHIP.test(prev.text) && !HONORIFIC_OR_INITIAL.test(prev.text);
}
