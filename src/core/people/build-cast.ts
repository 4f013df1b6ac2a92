/**
 * Builds the story's cast from the names found in every sentence: full names become people, the
 * same person's forms are merged (Sarah Sanders / Sarah Huckabee Sanders; Sessions / Mr. Sessions /
 * Jeff Sessions), a role held by one person alone becomes an alias ("the attorney general"), and
 * each sentence learns which people it mentions.
 */
import { joinStageNames } from './stage-names.js';
import { HONORIFIC, SURNAME_HONORIFIC, SURNAME_HONORIFIC_PATTERN } from '../text/honorifics.js';
import type { Person, Sentence } from '../types.js';
import { firstOfTwoSurnames } from './draft.js';
import { findArticleNameMentions, isBareInitials, isGivenName, isInitials, sharedSurnameNames, type NameMention } from './find-name-mentions.js';
import { isRoleWord, jobsOf, openingWordCase, titleOfIndex, undatedRole } from './roles.js';
import { buildCastLookup, byArticleNames, type PersonInText } from './cast-lookup.js';
import { gatherEvidence, type NonPersonEvidence } from './story-evidence.js';
import { isCountry, isDemonym, isKnownPlace } from './not-a-person.js';
import { fullNamesOf } from './one-name.js';
import { isNameParticle } from '../text/name-particles.js';
import { GIVEN_NAME_TAGS, NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { sentenceSubjects } from './sentence-subjects.js';
import { runsOf } from '../text/runs-of.js';
import { isSurnameOnly, lastNameAt, surname, surnamesOf, GENERATION, type Draft } from './draft.js';
import { addMisspeltSurnames, mergeSpellings } from './merge-spellings.js';
import { addTitledSurnameNames } from './titled-surnames.js';
import { surnameFirst, wordsWrittenAlone } from './surname-first.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { officeOf } from './office-titles.js';
import { writesAsTitle } from './surname-titles.js';
import { peopleNamedLikeThings } from './one-word-things.js';

/**
 * Finds the cast of a story and marks each sentence with the people it mentions; `found` holds the
 * names written in each sentence when they were already found (in parallel, say).
 */
export function buildCast(
  sentences: Sentence[],
  found: NameMention[][] = runsOf(sentences, (s) => s.article).flatMap((article) => findArticleNameMentions(article.map((s) => s.norm))),
): Person[] {
  // 0. A full name whose given name is unknown ("Lakshmi Mittal"), shown by the article's "Mr Mittal".
  const mentions = addTitledSurnameNames(
    sentences,
    found,
    (s) => s.norm,
    (s) => s.article,
  ).flat();
  // 1. People: every name of two or more words, merged on first and last word, a stage name with the real one.
  const text = sentences.map((s) => s.norm).join('\n');
  const all = joinStageNames(mergeSpellings(draftPeople(mentions), mentions), text);
  // 2. Lone surnames: a unique surname is an alias; one met only with a title or Mr./Ms. is a person.
  const alone = wordsWrittenAlone(text);
  attachSingleNames(
    mentions,
    all,
    (name) => onlyPossessive(text, name),
    (word) => alone.has(word) || titledInText(text, word),
  );
  // 2b. One-word names: a person met as "striker Baros" is shown by the full name the story writes once ("Milan Baros").
  widenOneNames(
    all,
    sentences.map((s) => s.norm),
  );
  widenInitials(
    all,
    sentences.map((s) => s.norm),
  );
  titlePeers(all);
  // 3. Evidence: names the story writes as a firm, an employer, a work or a place are no people.
  const evidence = gatherEvidence(
    sentences.map((s) => s.norm),
    mentions,
  );
  const written = new Map<string, number>();
  for (const m of mentions) written.set(m.name, (written.get(m.name) ?? 0) + 1);
  const abbreviations = abbreviationsIn(text);
  // Initials also written alone are an abbreviation ("BT Openzone"), unless a role shows a person ("KK Mittal, a fund manager", beside "Vodafone KK").
  const abbreviated = (d: Draft) => abbreviations.has(d.name.split(' ')[0]!) && d.roles.size === 0 && d.honorifics.size === 0;
  for (const d of all) dropFirmForms(d, evidence.organisations);
  const drafts = all.filter((d) => isPerson(d, evidence) && !isThing(d, evidence.things, written) && !abbreviated(d) && !goesByFirstWord(d, alone, text));
  // 3a. A surname misspelt alone ("Kerkorian" beside "Kirk Kirkorian") is that person's.
  addMisspeltSurnames(
    drafts,
    runsOf(sentences, (s) => s.article).map((article) => article.map((s) => s.norm).join('\n')),
    evidence.places,
  );
  // 3b. Roles: a first word capitalised only because the role opens a sentence ("Film star") in lower case.
  const roleCase = openingWordCase(
    text,
    drafts.flatMap((d) => [...d.roles.values()]),
  );
  for (const d of drafts) for (const [key, role] of d.roles) d.roles.set(key, roleCase(role));
  // 4. Aliases: the forms seen, the surname when unique and no place, "Mr. X", and any role held by nobody else; a
  // surname several people share is kept apart, for the articles that name only one of them.
  const counts = countShared(drafts);
  // A surname the story also writes as a firm's name ("film giant Disney") alone means the firm.
  const notSurnames = new Set([...evidence.places, ...evidence.firms]);
  const asTitle = (word: string) =>
    writesAsTitle(
      text,
      word,
      drafts.map((d) => d.name).filter((n) => n.endsWith(` ${word}`)),
    );
  // Read once, on the first name that asks: the story's text may be a whole archive.
  let titledAlone: Set<string> | undefined;
  let wordCases: WordCases | undefined;
  // A surname the story writes far more often as a word in small letters ("banks", "gold", "price") is, alone at a
  // sentence's start, that word ("Banks said they would …") in an article that never names the person; a day's, a
  // month's or a place's name the lexicon knows is the day, the month or the place ("Sunday", "Los Angeles").
  const alsoAWord = (word: string) =>
    isKnownPlace(word) ||
    lexiconTags(word).some((t) => t === 'WeekDay' || t === 'Month') ||
    (lexiconTags(word).some((t) => !NAME_TAGS.has(t)) && writtenMostlySmall(word, (wordCases ??= wordCasesOf(sentences))));
  const names = new Map(
    drafts.map((d) => [
      d,
      aliasesOf(
        d,
        counts,
        notSurnames,
        surnameFirst(d.name, alone, (word) => (titledAlone ??= wordsTitledAlone(text)).has(word)),
        asTitle,
        alsoAWord,
      ),
    ]),
  );
  const aliases = new Map([...names].map(([d, n]) => [d, n.aliases]));
  // 4a. A name the story writes in small letters ("carlos julio emanuel") is found so too.
  const small = new Set(mentions.flatMap((m) => (m.inSmallLetters && m.name.includes(' ') ? [m.name] : [])));
  for (const d of drafts) for (const form of d.forms) if (small.has(form)) aliases.get(d)!.push(form.toLowerCase());
  // "Suarez davila said" of Francisco Suarez Davila: two surnames, the second set in small letters as wires often do.
  for (const d of drafts) {
    const lowered = secondSurnameInSmallLetters(d.name, text);
    if (lowered) aliases.get(d)!.push(lowered);
  }
  // 4a'. "Febres Cordero said" of Leon Febres Cordero: a surname of two words the story writes together without the
  // given name, and never its last word alone, goes by both words; the last alone is no one's alias.
  // ("Mr Duncan Smith", not "Mr Smith", is then how a title goes with it.)
  for (const d of drafts) {
    const pair = joinedSurname(d.name, text);
    const last = pair?.split(' ')[1];
    if (pair)
      aliases.set(
        d,
        aliases
          .get(d)!
          .filter((a) => a !== last)
          .map((a) => (a.endsWith(` ${last}`) && HONORIFIC.test(a.split(' ')[0]!) ? `${a.split(' ')[0]} ${pair}` : a)),
      );
  }
  // 4b. "Hernandez said" of Arturo Hernandez Grisanti: the first of two surnames.
  for (const d of drafts) {
    const paternal = paternalAlias(d.name, counts, notSurnames, alone, text);
    if (paternal) aliases.get(d)!.push(paternal);
  }
  // 5. Mentions: each sentence is matched against every alias at once.
  const people = drafts.map((d) => toPerson(d, aliases.get(d)!, names.get(d)!.shared));
  const lookup = buildCastLookup(people);
  const byGiven = givenNameLookup(drafts, people, counts, evidence.places, text);
  const order = new Map(people.map((p, i) => [p, i]));
  const mister = misterLookup(drafts, people, counts);
  // A person known by a word the story writes as a thing's ("her uncle Oscar", beside "an Oscar for …") is met only
  // in the articles that bring them in as a person.
  const thingNamed = peopleNamedLikeThings(people, sentences, found, text);
  for (const article of runsOf(sentences, (s) => s.article)) {
    // A surname several people share is the one's the article names (see byArticleNames).
    const own = byArticleNames(
      lookup,
      article.map((s) => s.norm),
    );
    const here = (f: PersonInText) => thingNamed.get(f.person)?.has(article[0]!.article) ?? true;
    const found = article.map((s) => own.find(s.norm).filter(here));
    // A role ("the president") counts only for someone the article names (see withinArticle).
    const namedInArticle = new Set(found.flat().flatMap((f) => (f.byRole ? [] : [f.person])));
    // 5b. A given name alone ("Elvis", "Uncle Ossie") is a person's only in an article that has named them otherwise before.
    const namedBefore = new Set<Person>();
    const subjects = sentenceSubjects();
    for (const [i, s] of article.entries()) {
      const hits = found[i]!.filter((f) => !f.byRole || namedInArticle.has(f.person));
      const named = hits.map((f) => f.person);
      // A given name inside a name found ("Carlos" of "Juan Carlos Ferrero") is that name's.
      const alone = byGiven(s.norm).filter((g) => namedBefore.has(g.person) && !hits.some((f) => f.start <= g.start && g.end <= f.end));
      // "Robin and Barry Gibb" mentions Robin Gibb, whose name it does not write whole.
      const shared = sharedSurnameNames(s.norm).flatMap(({ name }) => people.filter((p) => p.name === name));
      const mentioned = [...new Set([...named, ...alone.map((g) => g.person), ...mister(s.norm, namedInArticle), ...shared])].sort(
        (a, b) => order.get(a)! - order.get(b)!,
      );
      for (const p of named) namedBefore.add(p);
      for (const p of mentioned) p.mentions++;
      // "She won in two minutes…": the person the article last opened a sentence on, whom a question about them must reach.
      s.people = subjects(
        s.norm,
        mentioned.map((p) => p.name),
      );
    }
  }
  return people.filter((p) => p.mentions > 0).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

function draftPeople(mentions: NameMention[]): Draft[] {
  const byKey = new Map<string, Draft>();
  // A name of initials alone before its surname ("S. Easterby", "W.A. Kistler") is told apart by its first initial:
  // "G. Easterby" is another player. A generation tells a father from his son ("Stewart Bainum Sr", "Stewart Bainum
  // Jr"); the name without one is the only generation's the story writes, or a person of its own beside two.
  const baseKey = (words: string[]) => {
    const last = lastNameAt(words);
    return `${words.slice(0, last).find((w) => !isInitials(w)) ?? words[0]![0]!} ${words[last]}`;
  };
  const generations = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (words.length < 3 || isSurnameOnly(m.name) || !GENERATION.test(words.at(-1)!)) continue;
    const base = baseKey(words);
    generations.set(base, (generations.get(base) ?? new Set()).add(words.at(-1)!.replace(/\.$/, '')));
  }
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (words.length < 2 || isSurnameOnly(m.name)) continue;
    const base = baseKey(words);
    const own = GENERATION.test(words.at(-1)!) && words.length > 2 ? words.at(-1)!.replace(/\.$/, '') : null;
    const known = generations.get(base);
    const generation = own ?? (known?.size === 1 ? [...known][0]! : null);
    const key = generation ? `${base} ${generation}` : base;
    const draft = byKey.get(key) ?? { name: m.name, forms: new Set<string>(), roles: new Map(), honorifics: new Set<string>() };
    if (m.name.length > draft.name.length) draft.name = m.name;
    draft.forms.add(m.name);
    addRole(draft, m.role);
    byKey.set(key, draft);
  }
  return [...byKey.values()];
}

/** Whether the story writes `name` only as a possessive ("Mr Ebber's lawyers"), never alone. */
function onlyPossessive(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`\\b${escaped}['’]s\\b`).test(text) && !new RegExp(`\\b${escaped}\\b(?!['’]s\\b)`).test(text);
}

/** `goesBy`: whether the story writes a word alone or after "Mr" as it does a surname. */
function attachSingleNames(mentions: NameMention[], drafts: Draft[], onlyPossessive: (name: string) => boolean, goesBy: (word: string) => boolean): void {
  // Drafts by each form, name, surname and given name, kept up to date as single names join.
  const byForm = new Map<string, Draft>();
  const byName = new Map<string, Draft>();
  const bySurname = new Map<string, Draft[]>();
  const byGiven = new Map<string, Draft[]>();
  const index = (d: Draft) => {
    for (const f of d.forms) if (!byForm.has(f)) byForm.set(f, d);
    if (!byName.has(d.name)) byName.set(d.name, d);
    for (const last of surnamesOf(d)) push(bySurname, last, d);
    push(byGiven, d.name.split(' ')[0]!, d);
  };
  drafts.forEach(index);
  // "Sir Edward" (Heath) beside "King Edward III": a given name written after an honorific is not a royal's alone.
  const knighted = new Set(mentions.flatMap((m) => (m.honorific && !m.name.includes(' ') ? [m.name] : [])));
  for (const m of mentions) {
    if (m.name.includes(' ') && !isSurnameOnly(m.name)) {
      const d = byForm.get(m.name);
      if (d && m.honorific) d.honorifics.add(m.honorific);
      continue;
    }
    // "Sir Paul" and "Dame Judi" go by the given name; "Mr Hale" by the surname.
    const byGivenName = m.honorific !== null && /^(Sir|Dame)$/.test(m.honorific);
    // "Mr Ebber's lawyers", never "Mr Ebber" alone, misspells the possessive of the story's Mr Ebbers.
    const misspelt = () => (m.honorific && bySurname.has(`${m.name}s`) && onlyPossessive(m.name) ? bySurname.get(`${m.name}s`)! : []);
    // "Mr Hernandez" of Arturo Hernandez Grisanti: the first of two surnames after a title is the one person's whose
    // name of three has it in the middle (no given name there).
    const paternal = () =>
      m.honorific && !byGivenName
        ? drafts.filter((d) => {
            const words = d.name.split(' ');
            return words.length === 3 && words[1] === m.name && !isGivenName(m.name);
          })
        : [];
    // "Michael Reagan, son of President Reagan": the one the kin phrase describes is not the titled one.
    const bySurnameOrSpelling = ((byGivenName ? byGiven : bySurname).get(m.name) ?? misspelt()).filter((d) => !m.relativeOf || !d.forms.has(m.relativeOf));
    // "Prince Abdullah" of "Crown Prince Abdullah bin Abdul Aziz": a royal title before a given name is the one royal
    // the story names in full by it ("Prince Charles" beside "Charles Clarke" is no one named in full).
    const royal = () => (isRoyalTitle(m.role) && !m.honorific ? (byGiven.get(m.name) ?? []).filter((d) => [...d.roles.values()].some(isRoyalRole)) : []);
    const crowned = bySurnameOrSpelling.length > 0 ? [] : royal();
    // "Mr Wang" of "Wang Yan": a name written surname first, as Chinese and Korean names are, is the one person's of
    // two words (or three) that opens on the titled word, whose later words the story never writes alone or after a
    // title.
    const openingSurname = () =>
      m.honorific && SURNAME_HONORIFIC.test(m.honorific)
        ? (byGiven.get(m.name) ?? []).filter((d) => {
            // A Chinese given name may be written as two words ("Dr Khoo" of "Dr Khoo Kay Peng"): neither goes alone.
            const rest = d.name.split(' ').slice(1);
            return rest.length >= 1 && rest.length <= 2 && rest.every((w) => !goesBy(w));
          })
        : [];
    const byParent = bySurnameOrSpelling.length > 0 || crowned.length === 1 ? [] : paternal();
    const opening = bySurnameOrSpelling.length > 0 || crowned.length === 1 || byParent.length > 0 ? [] : openingSurname();
    const named = bySurnameOrSpelling.length > 0 ? bySurnameOrSpelling : crowned.length === 1 ? crowned : byParent.length > 0 ? byParent : opening;
    if (named === crowned && crowned.length === 1) crowned[0]!.forms.add(m.name);
    // (Their title goes with the first word, not the last: "Mr Wang", never "Mr Yan".)
    const firstIsSurname = named === opening && opening.length === 1;
    if (firstIsSurname) named[0]!.forms.add(m.name);
    if (named.length === 1) {
      addRole(named[0]!, m.role);
      if (m.honorific && !firstIsSurname) named[0]!.honorifics.add(m.honorific);
      if (m.honorific && named !== bySurnameOrSpelling) named[0]!.forms.add(`${m.honorific} ${m.name}`);
    } else if (
      named.length === 0 &&
      !crownedNonName(m) &&
      (m.honorific || ((m.role || m.person) && (!byGiven.has(m.name) || (isRoyalTitle(m.role) && !knighted.has(m.name)))))
    ) {
      // A role before a lone given name the story gives in full ("actor Jeremy" of "Jeremy Irons") is no one-name person;
      // a royal title shows one ("Prince Charles" beside "Charles Clarke"), as royals go by their given names.
      const known = byName.get(m.name);
      const single: Draft = known ?? {
        name: m.name,
        forms: new Set([m.name]),
        roles: new Map(),
        honorifics: new Set(m.honorific ? [m.honorific] : []),
        ...(m.relativeOf ? { relativeOf: m.relativeOf } : {}),
      };
      addRole(single, m.role);
      if (known) continue;
      drafts.push(single);
      index(single);
    }
  }
}

/**
 * "King Kong", "King Crimson", "King Soopers": a king's or queen's word before a word no lexicon knows as a given
 * name is a film's, a band's or a shop's name, as often as a monarch's ("King Fahd", "King Hussein" are known).
 */
function crownedNonName(m: NameMention): boolean {
  return m.role !== null && /^(?:King|Queen)$/.test(m.role) && !m.name.includes(' ') && !isGivenName(m.name);
}

/** A role that is or ends in a royal title ("Crown Prince", "Saudi Arabia's Crown Prince"). */
function isRoyalRole(role: string): boolean {
  return /(?:^|\s)(?:Prince|Princess|King|Queen|Emperor|Empress|Sultan|Sheikh|Emir)$/i.test(role);
}

/** A title royals and popes hold, written before their given name alone ("Prince Charles", "King Fahd"). */
function isRoyalTitle(role: string | null): boolean {
  return role !== null && /^(?:Prince|Princess|King|Queen|Pope|Emperor|Empress|Sultan|Sheikh|Crown Prince)$/i.test(role);
}

/**
 * "Mr Blair" where several people share the surname, so it is no alias: the one of them the article
 * names otherwise, and of several so named, the only man who is no knight or peer ("Tony Blair"
 * beside "Sir Ian Blair"). One pass over the sentence for "Mr".
 */
function misterLookup(drafts: Draft[], people: Person[], counts: Shared): (text: string, named: Set<Person>) => Person[] {
  const bySurname = new Map<string, Person[]>();
  const plain = new Set<Person>();
  drafts.forEach((d, i) => {
    const woman = isWoman(d);
    if (goesByMister(d)) plain.add(people[i]!);
    if (!d.name.includes(' ') || woman) return;
    for (const last of surnamesOf(d)) if ((counts.surnames.get(last) ?? 0) > 1) push(bySurname, last, people[i]!);
  });
  if (bySurname.size === 0) return () => [];
  return (text, named) => {
    if (!text.includes('Mr')) return [];
    const out: Person[] = [];
    for (const m of text.matchAll(/\bMr\.? (\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/gu)) {
      // "Mr Mittal's LNM Holdings": the possessive's surname.
      const here = (bySurname.get(m[1]!.replace(/['’]s$/, '')) ?? []).filter((p) => named.has(p));
      const one = here.length > 1 ? here.filter((p) => plain.has(p)) : here;
      if (one.length === 1) out.push(one[0]!);
    }
    return out;
  };
}

/** A given name the lexicon knows only as a woman's. */
function isWoman(d: Draft): boolean {
  const tags = lexiconTags(d.name.split(' ')[0]!);
  return tags.includes('FemaleName') && !tags.includes('MaleName');
}

/** Whether "Mr" and the surname may be this person: no woman, no knight or lord. */
function goesByMister(d: Draft): boolean {
  return !isWoman(d) && ![...d.honorifics].some((h) => /^(Sir|Lord)$/.test(h));
}

/**
 * Two capitals the story also writes with no name after them ("BT's software", "EC states"): an
 * abbreviation, so "BT Openzone" is no person with initials; a person's initials ("JP McManus") stand
 * only before the surname.
 */
function abbreviationsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\d.&-])(\p{Lu}{2})(?![\p{L}\d&-])(?![\p{L}'’.]*\s+\p{Lu})/gu)) if (isBareInitials(m[1]!)) out.add(m[1]!);
  return out;
}

/** A peer known by one name is shown with the title, as the story writes it ("Lord Bingham"), unless also written "Mr". */
function titlePeers(drafts: Draft[]): void {
  for (const d of drafts) {
    const title = [...d.honorifics].find((h) => /^(Lord|Lady)$/.test(h));
    if (d.name.includes(' ') || !title || [...d.honorifics].some((h) => /^(Mr|Mrs|Ms|Miss)\.?$/.test(h))) continue;
    d.forms.add(d.name);
    d.name = `${title} ${d.name}`;
  }
}

function widenOneNames(drafts: Draft[], sentences: string[]): void {
  const single = drafts.filter((d) => !d.name.includes(' ') && d.honorifics.size === 0);
  const full = fullNamesOf(new Set(single.map((d) => d.name)), sentences);
  for (const d of single) {
    const name = full.get(d.name);
    if (!name || name === d.relativeOf) continue;
    d.name = name;
    d.forms.add(name);
  }
}

/**
 * A player a team sheet lists by initial ("L. Nitoglia") is shown by the full name the story writes once for that
 * surname ("Ludovico Nitoglia", a given name the lexicon does not know, so no name found alone), when its given name
 * begins with the initial.
 */
function widenInitials(drafts: Draft[], sentences: string[]): void {
  const initialled = drafts.filter((d) => /^\p{Lu}\. \p{Lu}[\p{L}'’-]+$/u.test(d.name));
  if (initialled.length === 0) return;
  const full = fullNamesOf(new Set(initialled.map((d) => d.name.split(' ')[1]!)), sentences);
  for (const d of initialled) {
    const name = full.get(d.name.split(' ')[1]!);
    if (!name || name[0] !== d.name[0] || drafts.some((o) => o.name === name)) continue;
    d.forms.add(d.name);
    d.name = name;
    d.forms.add(name);
  }
}

/**
 * A club or firm that goes by its first word ("Cotonsport" of "Cameroon's Cotonsport Garoua"): the
 * story writes that word alone and never the last, as it would a person's surname; the word is long,
 * so no surname written first ("Im" of "Im Kwon-Taek", see surnameFirst), and no word or given name
 * the lexicon knows ("Kylie"); a role or title still shows a person.
 */
function goesByFirstWord(d: Draft, alone: Set<string>, text: string): boolean {
  const words = d.name.split(' ');
  if (words.length !== 2 || d.roles.size > 0 || d.honorifics.size > 0) return false;
  const [first, last] = words as [string, string];
  // "Abdul-Aziz al-Saqr": a surname that opens on a particle in small letters is no club's or firm's last word.
  if (/^\p{Ll}/u.test(last)) return false;
  if (first.length <= 5 || lexiconTags(first).length > 0 || !alone.has(first) || alone.has(last)) return false;
  // "Mr Begg", shared by two Beggs so no one's title: the surname written after a title is a person's.
  return !titledInText(text, last);
}

/** Whether the text writes a word after "Mr", "Ms" or another title of a surname ("Mr Begg"). */
function titledInText(text: string, word: string): boolean {
  return new RegExp(`\\b(?:${SURNAME_HONORIFIC_PATTERN})\\.? ${escapeRegExp(word)}\\b`).test(text);
}

/** The words the story writes after a title with no name after them ("Dr Khoo intends", not "Dr. Gerd Plewig"). */
function wordsTitledAlone(text: string): Set<string> {
  const titled = new RegExp(`\\b(?:${SURNAME_HONORIFIC_PATTERN})\\.? (\\p{Lu}[\\p{L}'’-]*)\\b(?!\\s+\\p{Lu})`, 'gu');
  // A possessive is the word's too ("Mr Begg's father").
  return new Set([...text.matchAll(titled)].flatMap((m) => [m[1]!, m[1]!.replace(/['’]s?$/, '')]));
}

/**
 * How often the story writes each word in small letters, and capitalised alone: past a sentence's first word, after
 * a word in small letters (not in "Ian Banks" or "Mr Banks", which say whose it is).
 */
interface WordCases {
  small: Map<string, number>;
  capitalised: Map<string, number>;
}

/** One pass over the story's words: the story may be a whole archive. */
function wordCasesOf(sentences: Sentence[]): WordCases {
  const small = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const s of sentences) {
    let afterSmall = false;
    for (const [word] of s.norm.matchAll(/\p{L}+/gu)) {
      const isSmall = /^\p{Ll}/u.test(word);
      const counts = isSmall ? small : afterSmall ? capitalised : null;
      if (counts) counts.set(word, (counts.get(word) ?? 0) + 1);
      afterSmall = isSmall;
    }
  }
  return { small, capitalised };
}

/** A word written in small letters at least three times, and more than three times as often as capitalised. */
function writtenMostlySmall(word: string, cases: WordCases): boolean {
  const small = cases.small.get(word.toLowerCase()) ?? 0;
  return small >= 3 && small > 3 * (cases.capitalised.get(word) ?? 0);
}

/**
 * A person a firm is named after ("speculator Ivan Boesky" beside "Ivan F. Boesky and Co"): when some
 * forms of a name are a firm's and others are not, the others are the person's, who keeps only them.
 */
function dropFirmForms(d: Draft, organisations: Set<string>): void {
  const own = [...d.forms].filter((f) => !organisations.has(f));
  if (own.length === 0 || own.length === d.forms.size) return;
  d.forms = new Set(own);
  d.name = own.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * False for a name the story writes as a firm, an employer or a work (unless a role or title shows a person), and for one ending in a place
 * ("Tate Britain") unless a role or a title shows a person ("Telecoms ombudsman Elizabeth France").
 * A given name also shows one when the place is a town only the gazetteer knows ("Dionne Warwick");
 * a given name before a country the story writes as one is a firm's national arm ("Lucas Britain").
 */
function isPerson(d: Draft, evidence: NonPersonEvidence): boolean {
  // A brand or firm named with a title ("brands such as Dairy Milk, Dr Pepper and Snapple") is no "Pepper" either.
  const titled = [...d.honorifics].map((h) => `${h} ${d.name}`);
  if ([...d.forms, ...titled].some((f) => evidence.organisations.has(f))) return false;
  // One word that opens a firm's name the story writes ("Merrill said" beside "Merrill Lynch and Co Inc") is the firm,
  // unless a title shows a person ("Mr Merrill").
  if (!d.name.includes(' ') && d.honorifics.size === 0 && opensFirmName(d.name, evidence.organisations)) return false;
  // A person can share a work's title ("the musical Jerry Springer"): a role or title still shows one, unless the title is
  // the work's own first word ("the hit track Lady Marmalade").
  const asWritten = d.honorifics.size === 0 ? [...d.forms] : [...d.honorifics].flatMap((h) => [...d.forms].map((f) => `${h} ${f}`));
  if (d.roles.size === 0 && asWritten.some((f) => evidence.works.has(f))) return false;
  // A name opening on a gerund is a title's or a heading's ("Finding Neverland", "Borrowing Requirement").
  if (d.name.includes(' ') && d.roles.size === 0 && d.honorifics.size === 0 && lexiconTags(d.name.split(' ')[0]!).includes('Gerund')) return false;
  const last = surname(d);
  if (!d.name.includes(' ') || !evidence.places.has(last) || d.roles.size > 0 || d.honorifics.size > 0) return true;
  return isGivenName(d.name.split(' ')[0]!) && !evidence.writtenPlaces.has(last) && !isCountry(last);
}

/** Whether a word is the first of a firm's name of two words or more ("Merrill" of "Merrill Lynch"). */
function opensFirmName(word: string, organisations: Set<string>): boolean {
  // The first words are gathered once per story: an archive read as one story holds tens of thousands of names.
  let first = FIRM_FIRST_WORDS.get(organisations);
  if (!first) {
    first = new Set([...organisations].filter((o) => o.includes(' ')).map((o) => o.split(' ')[0]!));
    FIRM_FIRST_WORDS.set(organisations, first);
  }
  return first.has(word);
}
const FIRM_FIRST_WORDS = new WeakMap<Set<string>, Set<string>>();

/**
 * A name written as a thing ("the Henrique Leal,") more often than otherwise, with no role or title to
 * show a person: one figurative use ("in the Simon Cowell, Mr Nasty seat") does not undo the others.
 */
function isThing(d: Draft, things: Map<string, number>, written: Map<string, number>): boolean {
  if (d.roles.size > 0 || d.honorifics.size > 0) return false;
  const asThing = [...d.forms].reduce((n, f) => n + (things.get(f) ?? 0), 0);
  const all = [...d.forms].reduce((n, f) => n + (written.get(f) ?? 0), 0);
  return asThing > 0 && asThing * 2 > all;
}

/** `first`: the surname of a name written surname first ("Im" of "Im Kwon-Taek"), which stands for the last word. */
function aliasesOf(
  d: Draft,
  counts: Shared,
  places: Set<string>,
  first: string | null,
  asTitle: (word: string) => boolean,
  alsoAWord: (word: string) => boolean,
): { aliases: string[]; shared: string[] } {
  const out = new Set(d.forms);
  const shared = new Set<string>();
  if (first && counts.given.get(first) === 1 && !counts.surnames.has(first)) out.add(first);
  // The last two words of a longer name, alone only this person's ("Leao Franco" of "Jorge Luis Leao Franco"); not
  // of one written surname first, whose last words are a given name ("Teck Puat" of "Khoo Teck Puat").
  const tail = first ? null : tailOf(d.name);
  if (tail && counts.names.get(tail) === 1) (alsoAWord(tail) ? shared : out).add(tail);
  for (const last of first ? [] : surnamesOf(d)) {
    // A surname that is also a place ("France"), a firm or a nationality ("French") alone means that.
    // A surname that is a title ("King" of "Mervyn King") alone is the title's where the story so writes it ("King
    // Abdullah"), with "Mr" the person's; so is a place's or nationality's ("France", "French"): "Mr French" is still Philip French.
    const standsAlone = (!isRoleWord(last) || !asTitle(last)) && !places.has(last) && !isDemonym(last);
    if (counts.surnames.get(last) !== 1) {
      if (standsAlone) shared.add(last);
      for (const h of d.honorifics) if (!/^(Sir|Dame)$/.test(h)) shared.add(`${h} ${last}`);
      // "said Mr Thomas" of a man the story never titled so: as "Mr X" mentions are counted (see misterLookup).
      if (goesByMister(d)) shared.add(`Mr ${last}`);
      continue;
    }
    // One the story writes mostly as a word ("banks", "rock"), or a day's or a place's name, is the person's only in the
    // articles that name them.
    const onlyWhereNamed = alsoAWord(last);
    if (standsAlone) (onlyWhereNamed ? shared : out).add(last);
    for (const form of particleForms(last))
      if (!counts.surnames.has(form) && !isRoleWord(form) && !places.has(form) && !isDemonym(form))
        (onlyWhereNamed || alsoAWord(form) ? shared : out).add(form);
    for (const h of d.honorifics) out.add(`${h} ${/^(Sir|Dame)$/.test(h) ? d.name.split(' ')[0] : last}`);
  }
  // A role of two jobs ("chairman and chief executive") gives each job's alias ("the chairman", "the chief executive").
  const jobs = [...d.roles].flatMap(([lower, role]) => jobsOf(lower).map((job, i) => [job, jobsOf(role)[i]!] as const));
  for (const [lower, role] of jobs) {
    // A bare job ("the chairman") is no alias when another person holds a job of that head ("Federal Reserve Board chairman").
    const bare = !lower.includes(' ') && (counts.heads.get(lower) ?? 0) > 1;
    if (counts.roles.get(officeOf(lower)) === 1 && !bare && lower.split(' ').length <= 4 && !GENERIC_HEAD.test(undatedRole(lower))) {
      // An acronym keeps its capitals ("the Green MSP", not "the Green msp").
      // A title written in capitals ("Foreign Secretary") loses them; a job in small letters keeps the capitals
      // of a party and of a name of several words in it ("the Labour MP", "the Home Affairs spokesman").
      const parts = role.split(' ');
      // What a title is of keeps its capitals ("the secretary of State", "the chairman of General Motors").
      const of = titleOfIndex(parts);
      const head = of > 0 ? parts.slice(0, of) : parts;
      const titled = /^\p{Lu}\p{Ll}/u.test(head.at(-1)!);
      const keepsCapital = (w: string, next: string | undefined) =>
        /^\p{Lu}{2,}$/u.test(w) || (!titled && (PARTY.test(w) || (/^\p{Lu}/u.test(next ?? '') && !RANK.test(w))));
      // A rank that opened the sentence before a job in small letters loses its capital too ("Second seed" is "the
      // second seed"), unlike one that opens a firm's name ("First Boston Corp analyst").
      const ranked = (w: string, i: number) =>
        i === 0 && /^[\p{Ll}\d]/u.test(parts[1] ?? '') && (lexiconTags(w).includes('Ordinal') || /^(?:Top|Defending|Reigning)$/.test(w));
      const words = parts.map((w, i) => (((of < 0 || i < of) && isRoleWord(w) && !keepsCapital(w, parts[i + 1])) || ranked(w, i) ? w.toLowerCase() : w));
      // A role that opens on its employer's name takes no article: "Emery's chairman", not "the Emery's chairman"
      // (but "the country's new president").
      // So does one whose employer's name is of a few words ("De Telegraaf's image editor").
      const owned = words.slice(0, 3).findIndex((w) => /['’]s$/.test(w));
      out.add(owned >= 0 && words.slice(0, owned + 1).every((w) => /^\p{Lu}/u.test(w)) ? words.join(' ') : `the ${words.join(' ')}`);
    }
  }
  out.delete(d.name);
  return { aliases: [...out], shared: [...shared] };
}

/**
 * The first of two surnames as an alias (see firstOfTwoSurnames), when alone it can only be this person: no one
 * else's surname or given name, no nationality or firm ("Johnson" beside Johnson & Johnson), and written alone as a
 * person is: before or after a verb of speech, or before "who"; a place only as below ("Washington" of
 * George Washington Carver).
 */
function paternalAlias(name: string, counts: Shared, notSurnames: Set<string>, alone: Set<string>, text: string): string | null {
  const word = firstOfTwoSurnames(name, alone);
  if (!word || counts.surnames.has(word) || counts.given.has(word) || notSurnames.has(word) || isDemonym(word)) return null;
  const w = escapeRegExp(word);
  if (new RegExp(`(?<![\\p{L}])${w}\\s+&|&\\s+${w}(?![\\p{L}])`, 'u').test(text)) return null;
  // A place's name a person may bear ("Ricardo Lagos Escobar") goes alone for the person only where the story writes
  // it as only a person's ("Lagos, who …"), and never takes it for the place ("in Lagos"): a capital speaks for its
  // government ("Washington said"). ("Mr Lagos" would be a person of that surname, which rules the alias out above.)
  if (isKnownPlace(word)) {
    const placeUse = new RegExp(`(?<![\\p{L}])(?:in|to|from|at|near|of|outside|around|across)\\s+${w}(?![\\p{L}])`, 'iu');
    const personOnly = new RegExp(`(?<![\\p{L}])${w},\\s+who\\s`, 'u');
    return !placeUse.test(text) && personOnly.test(text) ? word : null;
  }
  const asPerson = new RegExp(
    `(?<![\\p{L}'’-])(?:${w}\\s+(?:\\p{Ll}+ly\\s+|(?:was|is|had|has)\\s+)?(?:${PERSON_VERBS})(?![\\p{L}])` +
      // "…," said Hernandez. / Hernandez, who took office …
      `|(?:${PERSON_VERBS})\\s+${w}\\s*[.,;]|${w},\\s+who\\s)`,
    'u',
  );
  return asPerson.test(text) ? word : null;
}
/** "Suarez davila" of "Francisco Suarez Davila", when the text writes it so, or null. */
function secondSurnameInSmallLetters(name: string, text: string): string | null {
  const words = name.split(' ');
  if (words.length !== 3 || !/^\p{Lu}\p{Ll}+$/u.test(words[1]!) || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[2]!)) return null;
  const form = `${words[1]} ${words[2]!.toLowerCase()}`;
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'u').test(text) ? form : null;
}

/** Verbs of speech, which a place or a firm named alone seldom takes as a person does. */
const PERSON_VERBS = 'said|says|told|tells|added|adds|stressed|noted|explained|insisted|argued|warned|spoke|speaking';

/**
 * How a surname that opens on a particle in small letters is also written: a German one without its "von" or "zu"
 * ("Weizsaecker" of "Richard von Weizsaecker"); others with the particle capitalised, as a sentence or an English
 * writer sets it ("De Kock", "Van der Klugt"), never without it ("Villiers" is no one's).
 */
function particleForms(surname: string): string[] {
  const m = /^(\p{Ll}+)((?: \p{Ll}+)* (\p{Lu}\S+))$/u.exec(surname);
  if (!m) return [];
  // Only a lone "von" or "zu" goes: "von der Leyen" keeps its "der" ("Von der Leyen").
  if (/^(?:von|zu)$/.test(m[1]!) && m[2] === ` ${m[3]}`) return [m[3]!];
  return [`${m[1]![0]!.toUpperCase()}${m[1]!.slice(1)}${m[2]}`];
}

/**
 * Finds the people a text names by their given name alone ("Elvis", "Uncle Ossie"): one only this
 * person has, and no surname, place or name written after a title ("Prince Charles") in the story.
 * It is no alias, as an article may mean someone else it never names in full ("his wife Sandra").
 */
function givenNameLookup(drafts: Draft[], people: Person[], counts: Shared, places: Set<string>, text: string): (text: string) => PersonInText[] {
  const candidates = drafts.map((d) => givenNameOf(d)).map((g) => (g && counts.given.get(g) === 1 && !counts.surnames.has(g) && !places.has(g) ? g : null));
  const titled = namesAfterTitles(text, new Set(candidates.flatMap((g) => g ?? [])));
  const given = new Map<string, Person>();
  const pseudo = people.flatMap((p, i) => {
    const g = candidates[i];
    if (!g || titled.has(g)) return [];
    given.set(p.name, p);
    return [{ ...p, aliases: [g] }];
  });
  if (pseudo.length === 0) return () => [];
  // Looked up as the person's only alias beside the full name, so one word found is the given name; inside a longer name ("San Francisco") it is none.
  const lookup = buildCastLookup(pseudo);
  return (t) => lookup.find(t).flatMap((f) => (t.slice(f.start, f.end).includes(' ') ? [] : [{ ...f, person: given.get(f.person.name)! }]));
}

/**
 * Heads of a role that alone name no one post: the last word of a longer title the story wrote
 * ("chief operations officer", "Treasury Under Secretary", "campaign boss"), which every firm,
 * office or team has. "The officer" in another sentence is anyone's.
 */
/** A party's name inside a role, capitalised whatever the role ("the former Labour leader", "the ex-Tory MP"). */
const PARTY = /^(?:(?:ex|former)-)?(?:Labour|Tory|Conservative|Liberal|Lib|Dem|Democrat|Democratic|Republican|Unionist|Green|SNP|Plaid)$/;

/** Words of rank that open a job, capitalised only as a sentence's first word ("Deputy State Department spokeswoman"). */
const RANK = /^(?:Deputy|Shadow|Acting|Assistant|Vice|Senior|Junior|Chief|Interim|Former)$/;

const GENERIC_HEAD = /^(?:officer|head|chief|boss|executive|director|secretary|agent|attorney|staff|deputy|member|official|partner)$/;

/**
 * A person's given name as an alias may be: the first of two or more words, capitalised, no role,
 * place or nationality, and known to the lexicon only as a given name ("Elvis"; not "Bill", a noun,
 * nor "Paris", a place), or unknown to it in the name of someone a role or title shows to be a
 * person ("actor Ossie Davis"; not "Aston Martin").
 */
function givenNameOf(d: Draft): string | null {
  const words = d.name.split(' ');
  const first = words[0]!;
  if (words.length < 2 || isSurnameOnly(d.name) || !/^\p{Lu}\p{Ll}+$/u.test(first) || isRoleWord(first) || isCountry(first) || isDemonym(first)) return null;
  const tags = lexiconTags(first);
  const known = tags.length > 0 || d.roles.size > 0 || d.honorifics.size > 0;
  return known && tags.every((t) => GIVEN_NAME_TAGS.has(t)) && !isKnownPlace(first) ? first : null;
}

/** An honorific of a surname or a peer's title, which stands before one name that is the person's whole name. */
const SURNAME_OR_PEER_TITLE = new RegExp(`^(?:${SURNAME_HONORIFIC_PATTERN}|Lord|Lady)\\.?$`);

/**
 * Those of `names` the story writes alone right after a capitalised title ("Prince Charles",
 * "ex-King Michael", "Mr Charles"; Sir and Dame go by a given name): each is someone else's too.
 * One pass over the text.
 */
function namesAfterTitles(text: string, names: Set<string>): Set<string> {
  const out = new Set<string>();
  if (names.size === 0) return out;
  for (const m of text.matchAll(/ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])(?! \p{Lu})/gu)) {
    if (!names.has(m[1]!)) continue;
    const from = Math.max(text.lastIndexOf(' ', m.index - 1), text.lastIndexOf('\n', m.index - 1)) + 1;
    const title = text.slice(from, m.index).replace(/^["“‘'(]+/, '');
    if (/^(?:(?:ex|former|then)-)?\p{Lu}/u.test(title) && (isRoleWord(title) || SURNAME_OR_PEER_TITLE.test(title))) out.add(m[1]!);
  }
  return out;
}

/** How many people share each surname, given name and role. */
interface Shared {
  surnames: Map<string, number>;
  /** Given names that may be aliases (see givenNameOf). */
  given: Map<string, number>;
  /** By office: a premier and a prime minister share one ("the premier" is then no one's alias). */
  roles: Map<string, number>;
  /** How many people hold a role with each head ("chairman" of "Federal Reserve Board chairman"). */
  heads: Map<string, number>;
  /** Names of two words and the last two words of longer names. */
  names: Map<string, number>;
}

/**
 * The last two words of a name of three or more ("Febres Cordero" of "Leon Febres Cordero") when the text writes them
 * without the word before them ("Febres Cordero said") and never the last without the word before it; else null.
 */
function joinedSurname(name: string, text: string): string | null {
  const words = name.split(' ');
  if (words.length < 3 || !words.slice(-2).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  const [given, first, last] = words.slice(-3).map(escapeRegExp) as [string, string, string];
  const pairAlone = new RegExp(`(?<![\\p{L}'’-])(?<!${given}\\s+)${first}\\s+${last}(?![\\p{L}'’-])`, 'u');
  const lastAlone = new RegExp(`(?<![\\p{L}'’-])(?<!${first}\\s+)${last}(?![\\p{L}'’-])`, 'u');
  return pairAlone.test(text) && !lastAlone.test(text) ? words.slice(-2).join(' ') : null;
}

/** The last two words of a name of three or more ("Rubens Habbema"), when both are names, not initials, particles or a generation. */
function tailOf(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 3) return null;
  const tail = words.slice(-2);
  return tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !GENERATION.test(w) && !isNameParticle(w)) ? tail.join(' ') : null;
}

function countShared(drafts: Draft[]): Shared {
  const surnames = new Map<string, number>();
  const roles = new Map<string, number>();
  const names = new Map<string, number>();
  const given = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const d of drafts) {
    const jobs = [...d.roles.keys()].flatMap(jobsOf);
    for (const head of new Set(jobs.map(roleHead))) heads.set(head, (heads.get(head) ?? 0) + 1);
    // Every first word counts, so "Paul" of Paul Smith is no alias beside a Paul Jones.
    const first = d.name.split(' ')[0]!;
    given.set(first, (given.get(first) ?? 0) + 1);
    for (const last of surnamesOf(d)) surnames.set(last, (surnames.get(last) ?? 0) + 1);
    for (const office of new Set(jobs.map(officeOf))) roles.set(office, (roles.get(office) ?? 0) + 1);
    const keys = new Set([...d.forms].map((f) => (f.split(' ').length === 2 ? f : tailOf(f))));
    for (const key of keys) if (key) names.set(key, (names.get(key) ?? 0) + 1);
  }
  return { surnames, given, roles, heads, names };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toPerson(d: Draft, aliases: string[], shared: string[]): Person {
  // A peer the articles know by one name goes by title and name ("Lord Nicholls"); the name alone stays an alias.
  const peer = d.name.includes(' ') ? undefined : [...d.honorifics].map((h) => `${h} ${d.name}`).find((n) => /^(Lord|Lady) /.test(n) && aliases.includes(n));
  const person = peer
    ? { name: peer, aliases: [d.name, ...aliases.filter((a) => a !== peer)], roles: fullestRoles(d.roles), mentions: 0 }
    : { name: d.name, aliases, roles: fullestRoles(d.roles), mentions: 0 };
  return shared.length > 0 ? { ...person, shared } : person;
}

/**
 * The roles, less any that a longer one of the same person spells out: "chief executive" and
 * "Deutsche Boerse chief" say nothing "Deutsche Boerse chief executive" does not. A firm's
 * suffix says nothing either: "Pennzoil Co Chairman" is "Pennzoil chairman", shown once, without it.
 */
function fullestRoles(roles: Map<string, string>): string[] {
  const plain = (k: string) => ` ${k.replace(FIRM_SUFFIX, ' ').replace(/\s+/g, ' ').trim()} `;
  const entries = [...roles].map(([k, role]) => ({ key: plain(k), role, suffixed: plain(k) !== ` ${k} ` }));
  return entries
    .filter((e, i) => !entries.some((o, j) => j !== i && (o.key === e.key ? e.suffixed && (!o.suffixed || j < i) : o.key.includes(e.key))))
    .filter((e) => !entries.some((o) => o !== e && describesEmployerOf(e.role, e.key, o.key)))
    .map((e) => e.role);
}

/**
 * Whether a role held at an employer only described ("chief executive of the Frankfurt-based
 * exchange") is the same job as another naming the employer ("Deutsche Boerse chief executive").
 */
function describesEmployerOf(role: string, described: string, named: string): boolean {
  // "Chancellor of the Exchequer" names its office; a description ends in lower case ("the Frankfurt-based exchange").
  if (!/ (?:of|at|for) (?:the|its|his|her|their) .*\p{Ll}+$/u.test(role) || /\p{Lu}\S*$/u.test(role)) return false;
  const m = /^ (.+?) (?:of|at|for) (?:the|its|his|her|their) /.exec(described);
  return m !== null && named.endsWith(` ${m[1]} `) && !named.includes(' of ');
}

/** Words that end a firm's name and say nothing of a role ("Pennzoil Co chairman"). */
const FIRM_SUFFIX = /(?<![\w-])(co|corp|inc|ltd|plc|llc)\.?(?![\w-])/g;

/**
 * Words that find a name ("his German counterpart Hans Eichel") but say only how the person stands to another, no
 * post a reader could use: they are no role.
 */
const RELATION = /^(?:counterpart|counter-part)$/;

function addRole(d: Draft, role: string | null): void {
  if (role && !RELATION.test(roleHead(roleKey(role))) && !d.roles.has(roleKey(role))) d.roles.set(roleKey(role), role);
}

/** The job word of a role key, before where it is held ("director" of "director of civil rights group liberty"). */
function roleHead(key: string): string {
  return key
    .split(/ (?:of|at|for|with|in|on|to|from|representing|advising) /)[0]!
    .split(' ')
    .at(-1)!;
}

/**
 * A role in lower case with British spellings made American, so "Labour Minister" and "Labor Minister" are one role.
 */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/(?<=\p{L}{2})our\b/gu, 'or')
    .replace(/\b(defen|offen|licen)ce\b/g, '$1se')
    .replace(/(?<=\p{L}{2})tre\b/gu, 'ter')
    .replace(/(?<=\p{L}{3})isation\b/gu, 'ization');
}
