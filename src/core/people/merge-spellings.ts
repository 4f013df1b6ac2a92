/**
 * One person written several ways is one draft: given names that can be one person's under one
 * surname ("Damien" and "Damian Hockney", "Bernie" and "Bernard Ebbers"), a name's tail
 * ("Rubens Habbema" of "Jan Rubens Habbema"), a surname misspelt once ("Pazzionotto").
 */
import { isGivenName, isInitials, type NameMention } from './find-name-mentions.js';
import { editDistance, typoDistance } from '../text/edit-distance.js';
import { lexiconTags } from '../text/nlp.js';
import { JOINED_PARTICLE_WORD } from '../text/name-particles.js';
import { SURNAME_HONORIFIC, SURNAME_HONORIFIC_PATTERN } from '../text/honorifics.js';
import { isSurnameOnly, lastNameAt, surname, type Draft } from './draft.js';

/**
 * One person written two ways ("Damien" and "Damian Hockney", "Bernie" and "Bernard Ebbers"): the
 * same surname and given names that can be one person's are merged, under the form written more
 * often (the first met on a tie).
 */
export function mergeSpellings(drafts: Draft[], mentions: NameMention[]): Draft[] {
  const written = new Map<string, number>();
  for (const m of mentions) written.set(m.name, (written.get(m.name) ?? 0) + 1);
  const weight = (d: Draft) => [...d.forms].reduce((n, f) => n + (written.get(f) ?? 0), 0);
  const given = (d: Draft) => d.name.split(' ')[0]!;
  const kept: Draft[] = [];
  // Only drafts with the same rest of the name (the surname, a middle name) can be one person:
  // each is compared with those alone, not with the whole cast of a large corpus.
  const byRest = new Map<string, Draft[]>();
  for (const d of drafts) {
    // Initials left out: "Joseph P. Jamail" and "Joe Jamail" have the same rest.
    const rest = d.name
      .split(' ')
      .slice(1)
      .filter((w) => !isInitials(w))
      .join(' ');
    const same = byRest.get(rest) ?? [];
    byRest.set(rest, same);
    const twin = same.find((k) => sameGivenName(given(k), given(d)));
    if (!twin) {
      kept.push(d);
      same.push(d);
      continue;
    }
    // On a tie, the full given name rather than its pet name.
    if (weight(d) > weight(twin) || (weight(d) === weight(twin) && (PET_NAMES.get(given(d))?.includes(given(twin)) ?? false))) twin.name = d.name;
    mergeInto(twin, d);
  }
  // A name of two words written after Mr or Mrs is a double surname ("Mrs Parker Bowles"), not a given name and surname.
  const titled = new Set(mentions.flatMap((m) => (m.honorific && SURNAME_HONORIFIC.test(m.honorific) ? [m.name] : [])));
  return mergeInitialledNames(mergeGivenNameHeads(mergeTails(mergeSurnameSpellings(mergeHyphenSpellings(kept, weight), weight), weight, titled)));
}

/**
 * A name written with initials ("W.A. Kistler") is the one person's of that surname whose given name
 * the first initial begins (a wire's "William Kistler"), when only one such person is in the story:
 * beside a "Walter Kistler" too, it is left apart. The name with the given name is shown.
 */
function mergeInitialledNames(drafts: Draft[]): Draft[] {
  const merged = new Set<Draft>();
  const rest = (d: Draft) =>
    d.name
      .split(' ')
      .slice(1)
      .filter((w) => !isInitials(w))
      .join(' ');
  for (const d of drafts) {
    const [first, ...others] = d.name.split(' ');
    if (others.length === 0 || !isInitials(first!)) continue;
    const letter = first![0]!;
    const spelled = drafts.filter((o) => o !== d && !merged.has(o) && rest(o) === rest(d) && !isInitials(o.name.split(' ')[0]!) && o.name.startsWith(letter));
    if (spelled.length !== 1) continue;
    mergeInto(spelled[0]!, d);
    merged.add(d);
  }
  return drafts.filter((d) => !merged.has(d));
}

/**
 * A double-barrelled name written once with a space for its hyphen ("Robert Kilroy Silk" beside
 * "Robert Kilroy-Silk") is the same person's, shown as written more often.
 */
function mergeHyphenSpellings(drafts: Draft[], weight: (d: Draft) => number): Draft[] {
  const byKey = new Map<string, Draft>();
  const kept: Draft[] = [];
  for (const d of drafts) {
    const key = d.name.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
    const twin = d.name.includes(' ') ? byKey.get(key) : undefined;
    if (!twin) {
      kept.push(d);
      byKey.set(key, d);
      continue;
    }
    if (weight(d) > weight(twin)) twin.name = d.name;
    mergeInto(twin, d);
  }
  return kept;
}

/**
 * A name that ends another's of more words is that person's ("Baez Silva" of "Carlos Baez Silva",
 * "Christian Andersen" of "Hans Christian Andersen") when only one name ends so; the longer is
 * shown unless the shorter is written alone more often ("Wales fly-half Stephen Jones" twelve times,
 * "Man-of-the-match Stephen Jones" once) and never after a title (`titled`: "Mrs Parker Bowles" is
 * "Camilla Parker Bowles" by her surname).
 */
function mergeTails(drafts: Draft[], weight: (d: Draft) => number, titled: Set<string>): Draft[] {
  const byName = new Map(drafts.map((d) => [d.name, d]));
  const merged = new Set<Draft>();
  for (const longer of drafts) {
    const words = longer.name.split(' ');
    for (let i = 1; i + 1 < words.length; i++) {
      const tail = byName.get(words.slice(i).join(' '));
      if (
        !tail ||
        tail === longer ||
        merged.has(tail) ||
        isSurnameOnly(tail.name) ||
        drafts.some((o) => o !== longer && o !== tail && o.name.endsWith(` ${tail.name}`))
      )
        continue;
      // The shorter is shown only when written alone more often than the longer; where the longer is
      // written the shorter is found inside it too ("Gunnar Solskjaer" in "Ole Gunnar Solskjaer").
      const showLonger = weight(tail) - weight(longer) <= weight(longer) || titled.has(tail.name);
      mergeInto(longer, tail);
      if (!showLonger) longer.name = tail.name;
      merged.add(tail);
      break;
    }
  }
  return drafts.filter((d) => !merged.has(d));
}

/**
 * Given names alone that open one longer name are that person's ("Juan Carlos hasn't played badly"
 * beside "Juan Carlos Ferrero"): every word of the shorter is a given name, so it has no surname of
 * its own, and only one name opens with it. The longer is shown.
 */
function mergeGivenNameHeads(drafts: Draft[]): Draft[] {
  const merged = new Set<Draft>();
  // So is a name cut before the surnames joined to their particles ("Sheikh Ali" of "Sheikh Ali al-Khalifa al-Sabah"),
  // the longer perhaps written without the title where it opens a sentence ("Ali al-Khalifa al-Sabah was quoted").
  const joinedRest = (opening: string, d: Draft) =>
    d.name
      .slice(opening.length + 1)
      .split(' ')
      .every((w) => JOINED_PARTICLE_WORD.test(w));
  for (const head of drafts) {
    const words = head.name.split(' ');
    const given = words.length >= 2 && words.every((w) => isGivenName(w));
    if (!given && words.length < 2) continue;
    const untitled = head.name.replace(/^(?:Sheikh|Sultan|Emir) (?=\S+$)/, '');
    const opens = (d: Draft, opening: string) => d.name.startsWith(`${opening} `) && (given || joinedRest(opening, d));
    const candidates = (opening: string) => drafts.filter((d) => d !== head && !merged.has(d) && opens(d, opening));
    const titled = candidates(head.name);
    const longer = titled.length > 0 || untitled === head.name ? titled : candidates(untitled);
    if (longer.length !== 1) continue;
    mergeInto(longer[0]!, head);
    merged.add(head);
  }
  return drafts.filter((d) => !merged.has(d));
}

/**
 * One person whose surname is misspelt once ("Almir Pazzianotto" and "Almir Pazzionotto"): the same
 * given names and surnames a typo apart are merged, under the form written more often (the first met
 * on a tie). Two surnames the lexicon knows ("Thompson" and "Thomson", "Davies" and "Davis") are
 * both real, so those are merged only when the two share a role.
 */
function mergeSurnameSpellings(drafts: Draft[], weight: (d: Draft) => number): Draft[] {
  const kept: Draft[] = [];
  const byGiven = new Map<string, Draft[]>();
  for (const d of drafts) {
    const words = d.name.split(' ');
    if (words.length < 2 || isSurnameOnly(d.name)) {
      kept.push(d);
      continue;
    }
    const given = words.slice(0, lastNameAt(words)).join(' ');
    const same = byGiven.get(given) ?? [];
    byGiven.set(given, same);
    const twin = same.find((k) => sameSurnameSpelling(surname(k), surname(d)) && (!bothKnownSurnames(surname(k), surname(d)) || sharesRole(k, d)));
    if (!twin) {
      kept.push(d);
      same.push(d);
      continue;
    }
    if (weight(d) > weight(twin)) twin.name = d.name;
    mergeInto(twin, d);
  }
  return kept;
}

/**
 * A capitalised word written alone in an article that names one person in full whose surname is one
 * typo from it ("Kerkorian" of "Kirk Kirkorian") becomes a form of that person's. Both must be long and unknown to the lexicon, as two
 * real surnames a letter apart are as often two people ("Clark", "Clarke"), and a plural is a family
 * ("the Glazers"). Words and surnames meet through their one-letter deletions, so the story's size
 * costs linear time. A draft of that word alone ("Mr Barrioneuvo" beside "Jose Barrionuevo") is merged into
 * the person and taken out of `drafts`. A word the story writes as a place is that place ("Britain" beside "Alfred
 * Brittain").
 */
export function addMisspeltSurnames(drafts: Draft[], articles: string[], places: ReadonlySet<string>): void {
  const bySkeleton = new Map<string, Set<Draft>>();
  const surnames = new Set<string>();
  const words = new Set<string>();
  const alone = new Map<string, Draft>();
  for (const d of drafts) {
    if (!d.name.includes(' ')) alone.set(d.name, d);
    else for (const w of d.name.split(' ')) words.add(w);
    if (!d.name.includes(' ') || isSurnameOnly(d.name)) continue;
    const last = surname(d);
    surnames.add(last);
    if (last.length < MISSPELT_MIN || lexiconTags(last).length > 0) continue;
    for (const k of skeletons(last)) bySkeleton.set(k, (bySkeleton.get(k) ?? new Set()).add(d));
  }
  if (bySkeleton.size === 0) return;
  const merged = new Set<Draft>();
  for (const text of articles) addMisspeltIn(text, bySkeleton, surnames, words, alone, merged, places);
  if (merged.size > 0) drafts.splice(0, drafts.length, ...drafts.filter((d) => !merged.has(d)));
}

/**
 * A word written alone, or after "Mr" or "Dr" ("Mr Barrioneuvo"): not after another capitalised word, where it ends a
 * longer name.
 */
const ALONE_WORD = new RegExp(
  String.raw`(?<![\p{L}'’.-])(?:(?<!\p{Lu}[\p{L}'’.-]*\s)|(?<=(?<![\p{L}])(?:${SURNAME_HONORIFIC_PATTERN})\.?\s))(\p{Lu}\p{Ll}{4,})(?![\p{L}'’-])(?!\s+\p{Lu})`,
  'gu',
);

/** One article's words a typo from the surname of one person the article names in full. */
function addMisspeltIn(
  text: string,
  bySkeleton: Map<string, Set<Draft>>,
  surnames: Set<string>,
  words: Set<string>,
  alone: Map<string, Draft>,
  merged: Set<Draft>,
  places: ReadonlySet<string>,
): void {
  const seen = new Set<string>();
  for (const m of text.matchAll(ALONE_WORD)) {
    const word = m[1]!;
    if (seen.has(word) || surnames.has(word) || words.has(word) || places.has(word)) continue;
    seen.add(word);
    if (word.length < MISSPELT_MIN || lexiconTags(word).length > 0) continue;
    const near = new Set([...skeletons(word)].flatMap((k) => [...(bySkeleton.get(k) ?? [])]));
    const owners = [...near].filter(
      (d) =>
        sameSurnameSpelling(surname(d), word) &&
        `${surname(d)}s` !== word &&
        `${word}s` !== surname(d) &&
        [...d.forms].some((f) => f.includes(' ') && text.includes(f)),
    );
    if (owners.length !== 1) continue;
    owners[0]!.forms.add(word);
    const draft = alone.get(word);
    if (draft && !merged.has(draft)) {
      mergeInto(owners[0]!, draft);
      merged.add(draft);
    }
  }
}

/** Shorter surnames a letter apart are as often two names ("Hutton", "Sutton"; "Danner", "Danger"). */
const MISSPELT_MIN = 7;

/** A word and its one-letter deletions: two words a typo apart share one. */
function skeletons(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two surnames are one typo apart (a letter changed, added, dropped or two swapped), neither of them short. */
function sameSurnameSpelling(a: string, b: string): boolean {
  return a !== b && Math.min(a.length, b.length) >= 4 && typoDistance(a, b) === 1;
}

/** Whether the lexicon knows both surnames as surnames: two real names, as often two people. */
function bothKnownSurnames(a: string, b: string): boolean {
  return lexiconTags(a).includes('LastName') && lexiconTags(b).includes('LastName');
}

function sharesRole(a: Draft, b: Draft): boolean {
  return [...a.roles.keys()].some((k) => b.roles.has(k));
}

/** Adds a draft's forms, roles and honorifics to its twin's. */
function mergeInto(twin: Draft, d: Draft): void {
  for (const f of d.forms) twin.forms.add(f);
  for (const [k, r] of d.roles) if (!twin.roles.has(k)) twin.roles.set(k, r);
  for (const h of d.honorifics) twin.honorifics.add(h);
}

/**
 * English pet names that do not begin like the name they stand for (Joe / Joseph, Bill / William),
 * so no spelling rule can tell they are one person's; each full name maps to its pet names.
 */
const PET_NAMES = new Map<string, string[]>([
  ['Joseph', ['Joe', 'Joey']],
  ['William', ['Bill', 'Billy']],
  ['Robert', ['Bob', 'Bobby']],
  ['Richard', ['Dick']],
  ['James', ['Jim', 'Jimmy', 'Jamie']],
  ['John', ['Jack', 'Johnny']],
  ['Edward', ['Ted', 'Teddy', 'Ned', 'Eddie']],
  ['Charles', ['Chuck', 'Charlie']],
  ['Henry', ['Hank', 'Harry']],
  ['Anthony', ['Tony']],
  ['Lawrence', ['Larry']],
  ['Gerald', ['Jerry']],
  ['Margaret', ['Peggy', 'Maggie']],
  ['Elizabeth', ['Liz', 'Beth', 'Betty']],
  ['Daniel', ['Danny']],
  ['David', ['Dave']],
  ['Thomas', ['Tom', 'Tommy']],
  ['Michael', ['Mike', 'Mick', 'Mickey']],
  ['Stephen', ['Steve']],
  ['Steven', ['Steve']],
  ['Nicholas', ['Nick', 'Nicky']],
  ['Andrew', ['Andy']],
  ['Katherine', ['Kate', 'Kathy']],
  ['Catherine', ['Kate', 'Cathy']],
  ['Susan', ['Sue']],
  ['Deborah', ['Debbie']],
  ['Rebecca', ['Becky']],
]);

/** Whether one given name is the other's pet name ("Joe" of "Joseph"). */
function isPetName(a: string, b: string): boolean {
  return (PET_NAMES.get(a)?.includes(b) ?? false) || (PET_NAMES.get(b)?.includes(a) ?? false);
}

/**
 * Whether two given names can be one person's: spelled a letter apart (two for long names), or
 * one a short form of the other (Dan / Daniel, Bernie / Bernard: one begins the other, or they
 * share four letters; Joe / Joseph: a pet name).
 */
function sameGivenName(a: string, b: string): boolean {
  if (isPetName(a, b)) return true;
  const shorter = Math.min(a.length, b.length);
  if (a === b || shorter < 3 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  if (a.startsWith(b) || b.startsWith(a) || (shorter >= 4 && a.slice(0, 4) === b.slice(0, 4))) return true;
  return shorter >= 5 && editDistance(a, b) <= (shorter >= 7 ? 2 : 1);
}
