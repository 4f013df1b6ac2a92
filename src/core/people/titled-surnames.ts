/**
 * Full names whose given name the lexicon does not know ("Lakshmi Mittal"), read off an article
 * that also writes the surname after Mr, Mrs, Ms or Dr ("Mr Mittal told the conference") or quotes
 * the surname alone ("Ceplak said: …"): news writing names a person in full once and by title or
 * surname after, so a word before that surname that may be a given name is this person's.
 */
import { GIVEN_NAME_TAGS, NAME_TAGS, lexiconTags } from '../text/nlp.js';
import { runsOf } from '../text/runs-of.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { KINSHIP, type NameMention } from './find-name-mentions.js';
import { HONORIFIC, SURNAME_HONORIFIC } from '../text/honorifics.js';
import { isDemonym, isKnownNonPerson, isKnownPlace, isNameWord } from './not-a-person.js';
import { isOfficeHead, isRoleWord, roleBefore } from './roles.js';
import { roleAfterName } from './appositions.js';

/**
 * Words after which a capitalised pair is as often a place or a firm's name ("in Delhi Mittal", "of
 * Fiat Agnelli"). Not "by": an agent ("led by Chrissie Hynde", "directed by") is as often a person.
 */
const PREPOSITION = /^(in|at|from|to|of|for|near|into|on|outside|across|the|a|an)$/;

/**
 * The sentences' name mentions with, added to each, the full names it writes of surnames its
 * article gives a title ("Mr Mittal"); `articleOf` tells which article a sentence is in.
 */
export function addTitledSurnameNames<S>(sentences: S[], found: NameMention[][], text: (s: S) => string, articleOf: (s: S) => unknown): NameMention[][] {
  const out = found.map((f) => [...f]);
  const indices = sentences.map((_, i) => i);
  // A quoted surname the story already names in full ("Roger Federer") needs no other full name: the
  // word before it elsewhere is a headline's adjective ("Dogged Federer claims Dubai crown").
  const namedInFull = new Set(found.flat().flatMap((m) => (m.name.includes(' ') ? [m.name.split(' ').at(-1)!] : [])));
  for (const article of runsOf(indices, (i) => articleOf(sentences[i]!))) {
    const titled = new Set([
      ...article.flatMap((i) => found[i]!.filter((m) => m.honorific && SURNAME_HONORIFIC.test(m.honorific) && !m.name.includes(' ')).map((m) => m.name)),
      ...article
        .flatMap((i) => {
          const sentence = text(sentences[i]!);
          return [
            ...speakingSurnames(sentence),
            ...describedSurnames(sentence),
            ...owningSurnames(sentence),
            ...actingSurnames(sentence),
            ...professorsSurnames(sentence),
          ];
        })
        .filter((name) => !namedInFull.has(name)),
    ]);
    if (titled.size === 0) continue;
    for (const i of article) {
      const sentence = text(sentences[i]!);
      for (const name of fullNamesIn(sentence, titled)) if (!out[i]!.some((m) => m.name.includes(name))) out[i]!.push(mentionOf(sentence, name));
    }
    // "Parry said: "…"", "Parry claims he will be in no mood to listen": a surname the article never writes in full,
    // which speaks and is "he" or "she" in its own clause, is a person's, whom the article goes on calling so.
    // Not one the article writes after a capitalised word anywhere ("Taylor Dent", "Javier Nogales Iturri"), whose full
    // name the cast may read otherwise, nor after "the" ("the Cabinet says she", "the Kiwi said he").
    const articleText = article.map((i) => text(sentences[i]!)).join('\n');
    const speakers = article.flatMap((i) => pronounSpeakers(text(sentences[i]!))).filter((w) => titled.has(w) && !writtenAfterName(w, articleText));
    for (const word of new Set(speakers))
      for (const i of article)
        if (loneWord(word).test(text(sentences[i]!)) && !out[i]!.some((m) => m.name === word))
          out[i]!.push({ name: word, role: null, honorific: null, person: true });
  }
  return out;
}

/** Whether the text writes the word after a capitalised word that may be a name's ("Taylor Dent"), or after "the". */
function writtenAfterName(word: string, text: string): boolean {
  const before = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}[\\p{L}'’.-]*|the) ${escapeRegExp(word)}(?![\\p{L}'’-])`, 'gu');
  return [...text.matchAll(before)].some((m) => !SENTENCE_OPENER.test(m[1]!));
}

/** Capitalised words that open a sentence before its subject ("But Parry, speaking …"), no given name. */
const SENTENCE_OPENER =
  /^(?:But|And|Yet|So|Or|When|While|As|If|Then|Now|Also|However|Meanwhile|Still|Instead|After|Before|Although|Though|Because|Since|Until|Once|Where|Why|How|What|Who|That|This|Both|Even|Only|Just|Today|Yesterday)$/;

/** A surname, then a verb of speech and "he" or "she" opening what it reports ("Parry claims he will be …"). */
const PRONOUN_SPEAKER =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*) (?:(?:also|has|had) )?(?:said|says|claims|claimed|insisted|insists|admitted|admits|believes|believed|added|told \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*) (?:that )?(?:he|she)(?![\p{L}'’-])/gu;

/** The surnames a sentence says speak as "he" or "she" (see PRONOUN_SPEAKER): no word the lexicon knows otherwise. */
function pronounSpeakers(sentence: string): string[] {
  return [...sentence.matchAll(PRONOUN_SPEAKER)]
    .map((m) => m[1]!)
    .filter((w) => isNameWord(w) && lexiconTags(w).every((t) => t === 'LastName' || t === 'Person'));
}

/** The word alone, not inside a longer capitalised name. */
function loneWord(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}'’-]|\\p{Lu}[\\p{L}'’.-]* )${escapeRegExp(word)}(?![\\p{L}-])(?! \\p{Lu})`, 'u');
}

/** A one-word name by a verb of saying, in a sentence with a quote: "Ceplak said: "…"", '"…," said Ceplak'. */
const SPEAKING_SURNAME = [
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*) (?:said|says|added|adds|told|insisted|explained|admitted|warned)\b/gu,
  /["”] (?:said|says|added|adds) (\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-])(?! \p{Lu})/gu,
];

/**
 * The one-word names a sentence quotes ("Ceplak said: "There is never an easy race…""): a surname,
 * as news writes a person it has named in full before ("Jolanda Ceplak has urged…"), if it may be a
 * name at all (a word the lexicon knows otherwise, such as "United", is none).
 */
function speakingSurnames(sentence: string): string[] {
  if (!/["“”]/.test(sentence)) return [];
  return SPEAKING_SURNAME.flatMap((pattern) => [...sentence.matchAll(pattern)].map((m) => m[1]!)).filter(mayBeName);
}

/** A one-word name a "who" clause describes ("Hewitt, who lost in the final,"): a person's, as no firm's is. */
const WHO_SURNAME = /(?<!\p{Lu}[\p{L}'’.-]*\s)(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*),? who\s/gu;

/** The one-word names a "who" clause describes (see WHO_SURNAME), if they may be names at all. */
function describedSurnames(sentence: string): string[] {
  return [...sentence.matchAll(WHO_SURNAME)].map((m) => m[1]!).filter(mayBeName);
}

/**
 * A one-word name as the subject of a clause that goes on to "his" or "her" ("Idowu made his breakthrough", "Mirza,
 * ranked 134 in the world, sunk to her knees", "Martinez found herself in trouble"): a person's surname, as a firm
 * or a place owns "its". The verb, perhaps after an adverb ("Andreotti today wound up his …"), is no preposition or article.
 */
const OWNING_SURNAME =
  /(?:^|[,;]\s+|(?<![\p{L}])(?:and|but|while|when)\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,[^,.;:"“”]{1,50},)?\s+(?:(?:today|yesterday|also|then|later|now|again|still|never|only|just|recently)\s+)?(?!(?:of|and|or|in|at|for|to|with|from|on|by|the|a|an|is|was|are|were)\s)(\p{Ll}+)\s[^,.;:"“”]{0,40}?(?<![\p{L}])(?:his|her|himself|herself)(?![\p{L}])/gu;

/** The one-word names that own a "his" or "her" in their clause (see OWNING_SURNAME), if they may be names at all. */
function owningSurnames(sentence: string): string[] {
  // The word after the name is its verb, not a job it qualifies ("Lions boss Sir Clive Woodward … his squad").
  const verb = (w: string) => !isRoleWord(w) && !lexiconTags(w).includes('Actor');
  return [...sentence.matchAll(OWNING_SURNAME)]
    .filter((m) => verb(m[2]!))
    .map((m) => m[1]!)
    .filter(mayBeName);
}

/**
 * A one-word name opening a sentence as the subject of a perfect of a deed done ("Melzer has now beaten Agassi in two
 * of their three meetings"): a person's surname, as news writes a player named in full once ("by Jurgen Melzer").
 */
const ACTING_SURNAME =
  /^(?:(?:But|And|Yet),?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:has|had)\s+(?:(?:now|also|already|since|never|just)\s+)?(?:beaten|won|lost|played|scored|signed|finished|reached|struggled|suffered|admitted)\b/u;

/** The one-word name a sentence opens on as the subject of a perfect (see ACTING_SURNAME), if it may be a name at all. */
function actingSurnames(sentence: string): string[] {
  const name = ACTING_SURNAME.exec(sentence)?.[1];
  return name && mayBeName(name) ? [name] : [];
}

/** A surname alone after a professor's title ("Prof Aynsley-Green has also been …", "Professor Curtice said"). */
const PROFESSOR_SURNAME = /(?<![\p{L}])(?:Prof|Professor)\.? (\p{Lu}\p{Ll}[\p{L}'’-]*?)(?:['’]s?)?(?![\p{L}'’-])(?! \p{Lu})/gu;

/** The surnames a sentence writes after a professor's title alone (see PROFESSOR_SURNAME), if they may be names at all. */
function professorsSurnames(sentence: string): string[] {
  return [...sentence.matchAll(PROFESSOR_SURNAME)].map((m) => m[1]!).filter(mayBeName);
}

/**
 * A one-word name that may be a person's at all: a word the lexicon knows otherwise, such as "United", is none, nor
 * a firm's last word it does not know ("Altria Group said", "Delta Airlines told").
 */
function mayBeName(word: string): boolean {
  return mayBeGivenName(word) || (isNameWord(word) && lexiconTags(word).every((t) => NAME_TAGS.has(t)));
}

/** The small words, in lower case, that link the words of a longer name or a firm's ("Regie Nationale des Usines Renault"). */
const LINKING_PARTICLE = /^(des|du|de|la|le|les|et|y|von|van|der|den|di|da|del)$/;

/** The two-word names in a sentence whose second word is one of `surnames` and whose first may be a given name. */
function fullNamesIn(sentence: string, surnames: Set<string>): string[] {
  const names: string[] = [];
  for (const m of sentence.matchAll(/(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}[\p{L}'’-]+?)(?:['’]s?)?(?![\p{L}'’-])(?!\s+\p{Lu})/gu)) {
    // A double given name is two given names ("Jean-Marie"; not "Euro-Sceptic").
    if (!surnames.has(m[2]!) || !m[1]!.split('-').every(mayBeGivenName)) continue;
    // The pair is the whole run of capitals, after a word that puts no place or firm before it.
    const before = sentence.slice(0, m.index).trimEnd().split(/\s+/).at(-1) ?? '';
    // After a particle the pair ends a longer name ("Regie Nationale des Usines Renault").
    // A nationality, or a person's noun that opens the sentence, is the name's description ("Italian Roberta Vinci", "Teenager
    // Sania Mirza"); a conjunction that opens it puts nothing before the name ("When Lleyton Hewitt shook his hand"), unlike "In".
    const opening = m.index === before.length + 1 ? lexiconTags(before) : [];
    const described =
      isDemonym(before) ||
      opening.includes('Actor') ||
      ((opening.includes('Conjunction') || opening.includes('QuestionWord')) && !PREPOSITION.test(before.toLowerCase()));
    // A possessive or an office before the pair is whose the person is or what they hold ("The Fabian Society's Sundar
    // Katwala", "Labour MP Oona King"), no longer name.
    const owner = /\p{L}['’]s?$/u.test(before) || isOfficeHead(before);
    if (
      before !== '' &&
      !/[,;:.!?"“”(]$/.test(before) &&
      !owner &&
      (/^\p{Lu}/u.test(before) || PREPOSITION.test(before.toLowerCase()) || LINKING_PARTICLE.test(before)) &&
      !described
    )
      continue;
    // A firm named after its founders is no person though it speaks alone ("brokerage Merrill Lynch said").
    if (!isKnownNonPerson(`${m[1]} ${m[2]}`)) names.push(`${m[1]} ${m[2]}`);
  }
  return names;
}

/** A capitalised word that may be a given name: no title, kinship, place or nationality, and unknown to the lexicon or known as a given name. */
function mayBeGivenName(word: string): boolean {
  if (!isNameWord(word) || isRoleWord(word) || HONORIFIC.test(word) || KINSHIP.test(word) || isDemonym(word) || isKnownPlace(word)) return false;
  // A word in -ly the lexicon knows as no given name is an adverb opening the sentence ("Eventually Asimo could find …").
  const tags = lexiconTags(word);
  if (/ly$/.test(word) && !tags.some((t) => GIVEN_NAME_TAGS.has(t))) return false;
  // A name the lexicon knows only as someone's, given or family ("Taylor" of "Taylor Dent"), may be the given one.
  return tags.every((t) => GIVEN_NAME_TAGS.has(t) || t === 'Person');
}

/** The name as a mention, with the role written before it or set off after it ("Reidar Wasenius, a senior project manager at Nokia,"). */
function mentionOf(sentence: string, name: string): NameMention {
  const at = sentence.indexOf(name);
  const before = sentence.slice(0, at).trim().split(/\s+/).filter(Boolean);
  return { name, role: roleBefore(before) ?? roleAfterName(sentence.slice(at + name.length)), honorific: null };
}
