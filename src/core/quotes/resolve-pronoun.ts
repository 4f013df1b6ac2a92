/**
 * Resolves "he", "she", "they" or "it" as a speaker: first a person named earlier in the same sentence,
 * then the most recent speaker of the last few sentences, then the person the nearest earlier
 * sentence is about (its first name that is not a possessive); the gender must fit.
 */
import { escapeRegExp } from '../text/escape-regexp.js';
import nlp, { lexiconTags } from '../text/nlp.js';
import { isUnisexGivenName } from '../text/unisex-given-names.js';
import type { CastLookup } from '../people/cast-lookup.js';
import type { SpeakerKind } from '../types.js';
import { isNeverGivenName, looksLikePersonName } from './unknown-name.js';
import { isDemonym, isNameWord } from '../people/not-a-person.js';
import { PERSON_NOUNS, descriptionHead, describedSubject, mayBeSameSource } from './speaker-phrase.js';
import { isRoleWord } from '../people/roles.js';
import { cueMatches } from './speech-cues.js';

/** Who spoke or was named where, as the article is read in order. */
export interface Antecedents {
  /** Speakers found so far: name (or description), whether plural, and the sentence number. */
  speakers: {
    speaker: string;
    kind: 'named' | 'anonymous';
    plural: boolean;
    sentence: number;
    who: 'person' | 'body';
    /** Read from a cue inside what an earlier cue of its sentence reports: not whom the sentence is about. */
    inner?: boolean;
    /** Quoted by a writing ("A central bank statement quoted Fernandez as saying"): its speaker, not whose the writing is. */
    passedOn?: boolean;
    /** The cue verb that gave them and how it gave them ("has said", named): what a headline's quote shows when the lede is theirs. */
    cue?: string;
    given?: SpeakerKind;
  }[];
  /** The texts of the article's sentences read so far, by number. */
  sentences: Map<number, string>;
  /** The papers and broadcasters that spoke in the sentences read so far ("said the magazine"), in reading order. */
  outletSpeakers?: { speaker: string; sentence: number }[];
  /** The bodies that sentences read so far open on as their subject ("BT wants …"), by sentence number. */
  bodies?: { name: string; sentence: number }[];
  /** Whom the sentences read so far are about, filled in as pronouns need it (see nearestSubject). */
  subjects?: Subjects;
}

const RECENT = 3;
/** A cue and its pronoun set off by commas at the end of a text (", he claimed,"): a participle after it goes on from that pronoun. */
export const PARENTHETICAL_CUE = /,\s*(?:he|she|they)\s+\p{Ll}+,\s*$/u;
/**
 * What compromise said of each word asked about, as it is slow to ask: it is asked about the first
 * words of names and of speaker phrases, which are as many as the corpora read in this process, so
 * the memo is emptied when it is full rather than left to grow with every story built.
 */
const genderCache = new Map<string, 'male' | 'female' | null>();
const GENDER_CACHE_LIMIT = 50_000;

/**
 * Whether a speaker is a capitalised name the cast does not know whose first word has no gender (not "Yannis
 * Koratakis"), or one a cue gave as a name though the story never counts it among its people: "Wimpey said … "…,"
 * it added" is George Wimpey the builder's, whose given-name opening the cast was not misled by.
 */
function bodyLikeName(s: Speaker, cast: CastLookup): boolean {
  if (s.kind !== 'anonymous' || !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(s.speaker) || cast.find(s.speaker).length > 0) return false;
  return s.given === 'named' || genderOf(s.speaker) === null;
}

/** A sentence's opening name of one to four capitalised words and its verb, perhaps after an auxiliary or an adverb. */
const NAMED_SUBJECT =
  /^\s*(?!(?:It|The|This|That|These|Those|He|She|They|We|I|But|And|In|On|At|As|After|When|While|If)\s)(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})\s+(?:(?:has|have|had|is|was|will|would|also|\p{Ll}+ly)\s+){0,2}(?!(?:is|was|has|does)\b)\p{Ll}+(?:s|ed)\b/u;
/** What the lexicon may know a body's or a place's name as (or nothing). */
const PLACE_OR_BODY_TAGS: ReadonlySet<string> = new Set(['Organization', 'Place', 'Country', 'City', 'Region', 'ProperNoun']);

/** The speaker a pronoun stands for, or null when nothing fits. */
export function resolvePronoun(
  pronoun: 'he' | 'she' | 'they' | 'it',
  sentence: number,
  before: string,
  cast: CastLookup,
  ctx: Antecedents,
  after = '',
  quoted = '',
): { speaker: string; kind: 'named' | 'anonymous' } | null {
  // "it said/added": the latest speaker that is not a person (a company, a ministry, a report's authors).
  if (pronoun === 'it') {
    // A name its own sentence opens on as its subject, no person's ("Delta has repeatedly declined to elaborate on what
    // it calls "…""), is whom it means, before any body heard from earlier.
    const opener = NAMED_SUBJECT.exec(before);
    const name = opener?.[1];
    if (name && cast.find(name).length === 0 && name.split(' ').every((w) => lexiconTags(w).every((t) => PLACE_OR_BODY_TAGS.has(t))))
      return { speaker: name, kind: 'named' };
    // A name the cast does not know and whose first word is no given name ("Deutsche Boerse said …") may be a
    // body's that reads like a person's: an "it" after it is more likely its than an earlier body's.
    const body = latestSpeaker(ctx, sentence, RECENT, (s) => !s.plural && (s.who === 'body' || bodyLikeName(s, cast)));
    // A paper that spoke after it ("…," said the magazine. "…," it concluded) is the nearer "it".
    // Not where a sentence since opens on a body ("…," the Financial Times reported. BT wants …. "…," it said: BT).
    const outlet = ctx.outletSpeakers?.at(-1);
    const since = (at: number) => (!body || at > body.sentence) && !(ctx.bodies?.at(-1) && ctx.bodies.at(-1)!.sentence > at);
    if (outlet && sentence - outlet.sentence <= RECENT && since(outlet.sentence)) return { speaker: outlet.speaker, kind: 'named' };
    if (body) return { speaker: body.speaker, kind: body.kind };
    // None spoke lately: the body the last few sentences were about ("BT wants …. It added …"), for an
    // "it" that opens its clause; one after a subject of its own ("Vivendi has said it believes") is that subject's.
    const subject = before.replace(/(?<![\p{L}])it\s*$/iu, '').trim() === '' ? ctx.bodies?.at(-1) : undefined;
    return subject && sentence - subject.sentence <= RECENT ? { speaker: subject.name, kind: 'named' } : null;
  }
  if (pronoun === 'they') {
    const plural = latestSpeaker(ctx, sentence, RECENT + 2, (s) => s.plural);
    return plural ? { speaker: plural.speaker, kind: plural.kind } : null;
  }
  // An honorific the article gave someone ("Dame Barbara", "Mr Lee") tells more than a first name.
  // A person named in the pronoun's own clause after it is not whom it stands for ("he hoped Baker would help him").
  const later = new Set(cast.find(after).map((p) => p.person.name));
  // Nor is one the quote calls by their given name ('He told BBC Five Live: "Steven is above money."'): that is how others speak of them.
  const calledBy = (name: string) => calledByGivenName(name, quoted, cast.find(name).length > 0);
  const fits = (name: string) => {
    if (later.has(name) || calledBy(name)) return false;
    const titled = titledGender(name, cast);
    return titled === null ? fitsPronoun(name, pronoun) : titled !== (pronoun === 'he' ? 'female' : 'male');
  };
  // Not one named in what a closing "…, he claimed." reports ("Mr Blair has failed to tackle these problems, he claimed"):
  // whom the speaker speaks of by name is someone else.
  // So is one a participle goes on from ("…, he claimed, saying he has the "wrong solution"").
  const closes = /^\s*[.!?]?\s*$/.test(after) || /^\s*,\s*\p{Ll}+ing(?![\p{L}])/u.test(after);
  const reportsBefore = (/,\s*(?:he|she)\s*$/iu.test(before) && closes) || PARENTHETICAL_CUE.test(before);
  // Nor the one a "who" before the pronoun stands for ("Mr Campbell, who he described as …": he described Campbell).
  const clause = ownClause(beforePronounSubject(before, pronoun));
  const objectOfWho = (end: number) => /^\s*,?\s*(?:who|whom)(?:\s+(?:he|she))?\s*$/i.test(clause.slice(end));
  const inSentence = reportsBefore
    ? undefined
    : cast
        .find(clause)
        .filter((p) => !p.possessive && fits(p.person.name) && !objectOfWho(p.end))
        .at(-1);
  if (inSentence) return { speaker: inSentence.person.name, kind: 'named' };
  // One whose last clause turns to another subject hands it to them, whoever it quoted first.
  const turned = turnedToSubject(ctx.sentences.get(sentence - 1) ?? '', cast);
  if (turned && fits(turned)) return { speaker: turned, kind: 'named' };
  // A sentence that brings someone in without quoting them ("X's lawyer, Ann Lee, reacted angrily.")
  // hands the next "she said" to them rather than to whoever spoke before.
  // So does one that turns to a single other person ("Those allegations were put to Wenger."): "he said" is theirs.
  // Someone described whose quote speaks of another by this pronoun ("The spokesman … said "He continues to be
  // interested …"") is not whom a "he" after it means: that is the one the quote speaks of.
  // Unless the words this pronoun brings in speak of another so too ("…, he said, "Shultz will not wage a vigorous campaign. He
  // might not …""): then the source goes on.
  const goesOnOfAnother = pronounWord(pronoun).test(quoted);
  const speaksOf = (s: Antecedents['speakers'][number]) => !goesOnOfAnother && s.kind === 'anonymous' && quotedPronounLately(s.speaker, pronoun, sentence, ctx);
  const spokeBefore = latestSpeaker(ctx, sentence, 1, (s) => s.sentence === sentence - 1 && !s.inner && !speaksOf(s));
  if (spokeBefore && againstGuess(spokeBefore, pronoun, cast, ctx)) return { speaker: spokeBefore.speaker, kind: 'named' };
  // "…, Slifer said. "If this continues, …," he said": a lone surname the story gives no one in full, which a cue
  // gave as a speaker's name, is whom the "he" right after goes on with, not someone who spoke before.
  if (spokeBefore && isLoneSurname(spokeBefore, cast, ctx)) return { speaker: spokeBefore.speaker, kind: 'named' };
  const previousAt = spokeBefore ? sentence - 1 : beforeQuotesAt(sentence, ctx);
  const previousText = ctx.sentences.get(previousAt) ?? '';
  // "The Chinese journalist added that China … . "…," he said": a source the sentence before opens on by "the", as
  // the subject of its own verb of speech, is whom the "he" goes on with, not the source quoted before that.
  // Only a source quoted unnamed before: "the" may as well bring back someone named ("The Scottish Conservative leader
  // had insisted …" is David McLetchie).
  // Not where that sentence names someone the pronoun fits ("The detective said that Ms Smith … "…," she said").
  const source = spokeBefore || cast.find(previousText).some((p) => fits(p.person.name)) ? null : definiteSourceOpening(previousText);
  const head = source?.split(' ').at(-1);
  if (source && !TITLE_HEAD.test(head!) && ctx.speakers.some((s) => s.kind === 'anonymous' && s.sentence < previousAt && descriptionHead(s.speaker) === head))
    return { speaker: source, kind: 'anonymous' };
  // Unless that sentence's subject is itself "he" ("He portrayed Mr Ebbers as…"): then it goes on
  // about whom it already meant, and the one it names is its object.
  const goesOn = OPENS_ON[pronoun].test(previousText);
  // One that opens on someone described, not named ("An analyst who asked to remain unidentified
  // discouraged the Pickens rumor."), hands it to them, not to a name in what they did.
  // One whose speaker is someone's relative known by a given name alone ("Fletcher's daughter Jill said …") hands it to
  // them: the cast knows no one by that name, and the "she said" is not the last woman named before.
  const relative = spokeBefore ? null : relativeSpeaker(previousText, pronoun);
  if (relative) return { speaker: relative, kind: 'anonymous' };
  // One that goes on about "she" ("A Chrysler spokeswoman would not say …. She stuck by …. "…," she said") hands on
  // the someone described that the sentence before it opens on.
  // Not one whose quote there speaks of another by this pronoun (above).
  const openedOn = (text: string) => (quotesPronoun(text, pronoun) ? null : describedOpening(text));
  const described = spokeBefore
    ? null
    : (openedOn(previousText) ?? describedBack(previousText, sentence, ctx) ?? (goesOn ? openedOn(ctx.sentences.get(previousAt - 1) ?? '') : null));
  if (described) return { speaker: described, kind: 'anonymous' };
  // One that opens on "the" and what someone is ("The confident 23-year-old is undaunted …") goes on about whom
  // the sentence before it was about, not about whoever spoke last.
  const describedNamed = spokeBefore ? null : describedPersonBack(previousText, previousAt, pronoun, cast, ctx, fits);
  if (describedNamed) return { speaker: describedNamed, kind: 'named' };
  const namedEarlier = (name: string) => namedBefore(name, previousAt, cast, ctx);
  const previous = spokeBefore
    ? null
    : (subjectOf(previousText, cast, namedEarlier) ??
      unknownSpeakingSubject(previousText, cast) ??
      (goesOn ? null : onlyPersonIn(previousText, cast, ctx, fits, namedEarlier)) ??
      givenNameOpening(previousText, pronoun, cast));
  if (previous && fits(previous)) return { speaker: previous, kind: 'named' };
  const other = previous && !goesOn ? onlyOtherFitting(previousText, cast, fits) : null;
  if (other) return { speaker: other, kind: 'named' };
  const recent = latestSpeaker(
    ctx,
    sentence,
    RECENT,
    (s) => !s.inner && !s.plural && s.who === 'person' && (s.kind === 'anonymous' ? kinFits(s.speaker, pronoun) : fits(s.speaker)) && !speaksOf(s),
  );
  // "Henson … relished the responsibility. Without further ado, he slotted the kick. "I knew …," he said": a
  // sentence that goes on about "he" hands on whom the sentence before it was about, if named after anyone spoke.
  const chained = spokeBefore ? null : chainedSubject(pronoun, sentence, cast, ctx, fits);
  if (chained && (!recent || chained.sentence > recent.sentence)) return { speaker: chained.name, kind: 'named' };
  if (recent) return { speaker: recent.speaker, kind: recent.kind };
  const subject = nearestSubject(pronoun, sentence, cast, ctx);
  if (subject && !later.has(subject) && !calledBy(subject)) return { speaker: subject, kind: 'named' };
  // A first name's gender is a guess ("Beryl Sprinkel" is a man): where nothing else fits and the article
  // has said the other pronoun of no one, the person the sentence before is about, of no honorific, is whom it means.
  if (previous && titledGender(previous, cast) === null && !saysOther(pronoun, ctx) && !calledBy(previous)) return { speaker: previous, kind: 'named' };
  return null;
}

/** Whether quoted words call someone of a full name by their given name ("Steven is above money"), as others speak of them. */
export function calledByGivenName(name: string, quoted: string, person = false): boolean {
  const words = name.split(' ');
  const given = words[0]!;
  // Only a given name known as one, or any of a person the cast knows ("Olof Mellberg"): a firm's first word
  // ("Household International Inc") is no one's given name.
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(given) || !quoted.includes(given) || (!person && genderOf(name) === null)) return false;
  // Not a namesake's: a given name followed by another surname ("David Blunkett" in David Davis's words) is theirs.
  const surname = words.at(-1)!;
  // A possessive is theirs too ("I think Sean's situation is …" is not Sean Long's own words).
  for (const m of quoted.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(given)}(?:['’]s)?(?![\\p{L}'’])(\\s+\\p{Lu}[\\p{L}'’-]*)?`, 'gu')))
    if (!m[1] || m[1].trim() === surname) return true;
  return false;
}

/**
 * "Russian Dmitriy Bogdanov won … and then claimed …, but McIlroy is unfazed. He admitted: …": a sentence whose
 * last clause turns, after "but", to a subject of its own is about that subject from then on. The subject may be
 * named with whom they are with ("but Tennis Australia's Geoff Pollard rejected his comments").
 */
function turnedToSubject(text: string, cast: CastLookup): string | null {
  const m =
    /(?:,\s*|\s)but\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:is|was|has|had|remains|remained|\p{Ll}+ed)\b[^,;:"“”]*$/u.exec(
      text,
    );
  if (!m) return null;
  const found = cast.find(m[1]!);
  return found.length === 1 && !found[0]!.possessive && found[0]!.start === 0 ? found[0]!.person.name : null;
}

/**
 * Whether `speaker` was quoted a sentence or more before the last using `pronoun` of someone. Right after their quote
 * ("…," the spokesman said. "…," he said) the pronoun is still theirs. The speakers are kept in the order read: the newest few are read.
 */
function quotedPronounLately(speaker: string, pronoun: 'he' | 'she', sentence: number, ctx: Antecedents): boolean {
  for (let i = ctx.speakers.length - 1; i >= 0; i--) {
    const o = ctx.speakers[i]!;
    if (sentence - o.sentence > RECENT) return false;
    if (sentence - o.sentence >= 2 && o.speaker === speaker && quotesPronoun(ctx.sentences.get(o.sentence) ?? '', pronoun)) return true;
  }
  return false;
}

/** The pronoun as a word of its own, in either case. */
const PRONOUN_ALONE = { he: /(?<![\p{L}])he(?![\p{L}'’])/iu, she: /(?<![\p{L}])she(?![\p{L}'’])/iu };
function pronounWord(pronoun: 'he' | 'she'): RegExp {
  return PRONOUN_ALONE[pronoun];
}

/** Whether a sentence's quoted words use a pronoun (he or she) of someone. */
function quotesPronoun(text: string, pronoun: 'he' | 'she'): boolean {
  const word = pronounWord(pronoun);
  return [...text.matchAll(/["“]([^"“”]+)["”]/g)].some((m) => word.test(m[1]!));
}

/**
 * The sentence before a pronoun's, or, when that one is only words in quote marks that nobody was
 * given (a quote run on from the sentence before), the one before it: "But Simon Hart … has
 * questioned how police will cope. "The definitions are so blurred…. "You can hunt a rat…," he said.".
 */
function beforeQuotesAt(sentence: number, ctx: Antecedents): number {
  let n = sentence - 1;
  while (n > sentence - 3 && isQuoteOnly(ctx.sentences.get(n) ?? '') && ctx.sentences.has(n - 1)) n--;
  return n;
}

/** A player's place in a ranking ("The world number one"). */
const RANKING = /(?<![\p{L}])number\s+(?:one|two|three|four|five|\d+)$/iu;

/**
 * A sentence opening on "the", a word or two, and a noun of what a person is, then its verb: "The confident
 * 23-year-old is undaunted …", "The Gunners boss was furious …". The noun is an age ("23-year-old"), a source's
 * noun ("boss", "coach") or a post's ("captain").
 */
const DESCRIBED_THE =
  /^\s*["“]?(?:(?:But|And|Yet|So|However),?\s+)?(The\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}\d-]+))\s+(?:also\s+|still\s+|then\s+)?(?:is|was|has|had|\p{Ll}+ed|\p{Ll}+s|hit|won|lost|beat|took|made|came|went|saw|ran|fell|got|held|led|kept|left|met|threw|gave|broke|struck|set)\s/u;

/**
 * When a sentence is about someone it only describes ("The confident 23-year-old is undaunted by …"), the person
 * the sentence just before it is about: the one who spoke there, or else the first person it names (not in the
 * possessive). Null when either is wanting, or the description is someone's own alias.
 */
function describedPersonBack(
  text: string,
  at: number,
  pronoun: 'he' | 'she',
  cast: CastLookup,
  ctx: Antecedents,
  fits: (name: string) => boolean,
): string | null {
  const m = DESCRIBED_THE.exec(text);
  const head = m?.[2]?.toLowerCase();
  // A player's ranking or nationality names a person too ("The world number one was forced to go the distance …",
  // "The Russian hit himself on the head …").
  if (!m || !head || !(/^\d+-year-old$/.test(head) || PERSON_NOUNS.has(head) || isRoleWord(head) || RANKING.test(m[1]!) || isDemonym(m[2]!))) return null;
  // A description the cast knows as someone's ("the coach") is read as theirs by the rules before.
  if (cast.find(m[1]!).length > 0) return null;
  // "The musical's British director is Matthew Warchus, best known for …": the sentence says whom it describes.
  const rest = text.slice(m[0].length);
  const identified = /\s(?:is|was)\s$/.test(m[0]) ? cast.find(rest)[0] : undefined;
  if (identified && identified.start === 0) return !identified.possessive && fits(identified.person.name) ? identified.person.name : null;
  const spoke = ctx.speakers.filter((s) => s.sentence === at - 1 && !s.inner);
  if (spoke.length > 0) {
    const only = spoke.every((s) => s.speaker === spoke[0]!.speaker) ? spoke[0]! : null;
    // One whose quotes spoke of someone by this pronoun ("He has to strengthen it," said team doctor Hamish Osborne) is
    // not the one described next ("The Australian has suffered …"): that is whom the quotes spoke of.
    if (only && quotedPronounBefore(only.speaker, pronoun, at, ctx)) return personSpokenOf(only.speaker, at, cast, ctx, fits);
    // A lone surname the story gives no one in full speaks for a person too ("Safin said …. The Russian hit himself …").
    return only && (only.who === 'person' || isLoneSurname(only, cast, ctx)) && !only.plural && fits(only.speaker) ? only.speaker : null;
  }
  const before = ctx.sentences.get(at - 1) ?? '';
  const first = cast.find(before).find((p) => !p.possessive && !namesMake(before, p.start));
  return first && fits(first.person.name) ? first.person.name : null;
}

/** Whether `speaker` was quoted using `pronoun` of someone in the few sentences before `at`. */
function quotedPronounBefore(speaker: string, pronoun: 'he' | 'she', at: number, ctx: Antecedents): boolean {
  return ctx.speakers.some(
    (o) => o.speaker === speaker && o.sentence < at && at - o.sentence <= RECENT && quotesPronoun(ctx.sentences.get(o.sentence) ?? '', pronoun),
  );
}

/**
 * The person a speaker's quotes spoke of by a pronoun: the nearest named before `at`, not the speaker nor one in
 * the possessive, whom the pronoun fits.
 */
function personSpokenOf(speaker: string, at: number, cast: CastLookup, ctx: Antecedents, fits: (name: string) => boolean): string | null {
  for (let n = at - 1; n >= Math.max(0, at - 2 * RECENT); n--) {
    const named = cast.find(ctx.sentences.get(n) ?? '').find((p) => !p.possessive && p.person.name !== speaker && fits(p.person.name));
    if (named) return named.person.name;
  }
  return null;
}

/** Whether a sentence is nothing but words in quote marks (the last perhaps left open). */
function isQuoteOnly(text: string): boolean {
  return /^\s*["“]/.test(text) && text.replace(/["“][^"“”]*(?:["”]|$)/g, '').replace(/[^\p{L}]/gu, '') === '';
}

/** A sentence whose subject is the pronoun, perhaps after a conjunction or a short phrase set off by a comma ("Without further ado, he …"). */
const OPENS_ON = {
  he: /^\s*["“]?(?:(?:And|But|Then|So|Yet)\s+|[^,;:"“”]{1,40},\s*)?(?:He|he)\s+\p{Ll}/u,
  she: /^\s*["“]?(?:(?:And|But|Then|So|Yet)\s+|[^,;:"“”]{1,40},\s*)?(?:She|she)\s+\p{Ll}/u,
};

/**
 * When the sentence before a pronoun has that pronoun for its subject, the person it goes on about:
 * the subject named by the nearest sentence before the run of such sentences, with that sentence's number.
 */
function chainedSubject(
  pronoun: 'he' | 'she',
  sentence: number,
  cast: CastLookup,
  ctx: Antecedents,
  fits: (name: string) => boolean,
): { name: string; sentence: number } | null {
  if (!OPENS_ON[pronoun].test(ctx.sentences.get(sentence - 1) ?? '')) return null;
  for (let n = sentence - 2; n >= sentence - 1 - RECENT; n--) {
    const text = ctx.sentences.get(n);
    if (text === undefined) return null;
    if (OPENS_ON[pronoun].test(text)) continue;
    const name = subjectOf(text, cast);
    if (!name) return null;
    const other = fits(name) ? name : onlyOtherFitting(text, cast, fits);
    return other ? { name: other, sentence: n } : null;
  }
  return null;
}

/**
 * "Staunton is also the personal choice of Steven Gaydos, …": where a sentence's subject is someone the pronoun
 * cannot stand for, the one other person it names (not in the possessive) whom it fits, or null.
 */
function onlyOtherFitting(text: string, cast: CastLookup, fits: (name: string) => boolean): string | null {
  const others = new Set(cast.find(text).flatMap((p) => (p.possessive || p.byRole || !fits(p.person.name) ? [] : [p.person.name])));
  return others.size === 1 ? [...others][0]! : null;
}

/**
 * The words before a pronoun that is the subject of verbs joined by "and" ("He thanked Eastwood and
 * described the film as …"): a name after it is its object, not whom it means. Otherwise all of them
 * ("Instead, he pointed to how Tony Blair had complained": Blair is a clause's own subject).
 */
function beforePronounSubject(before: string, pronoun: 'he' | 'she'): string {
  const said = [...before.matchAll(PRONOUN_WORD[pronoun])];
  const at = said.at(-1)?.index;
  if (at === undefined) return before;
  // "But while he tipped Swank to win, he predicted …": the same pronoun said before in the sentence is the same one's,
  // and a name after that is its object; only the words before it may name whom it stands for.
  if (said.length > 1) return before.slice(0, said[0]!.index);
  // "He sees Owen as the replacement for Shearer, although he hopes …": a clause joined to a sentence that
  // opens on the pronoun goes on with that subject; the names between are what it said or did.
  // So does one set off by a comma ("He has been called the Johnny Carson of podcasting which, he says, "…"").
  if (OPENS_WITH[pronoun].test(before) && (CONJUNCTION_BEFORE.test(before.slice(0, at)) || /,\s*$/.test(before.slice(0, at)))) return '';
  // A pronoun that opens its sentence stands for no one named after it ("He was once threatened with the sack by City
  // boss Kevin Keegan but has since responded"): that is its object.
  if (/^\s*["“]?(?:(?:And|But|Then|So|Yet)\s+)?$/.test(before.slice(0, at))) return '';
  const rest = before.slice(at);
  return /\band\s/.test(rest) && !SUBORDINATE.test(rest) ? before.slice(0, at) : before;
}
/** A sentence that opens on the pronoun as its subject. */
const OPENS_WITH = {
  he: /^\s*["“]?(?:(?:And|But|Then|So|Yet)\s+)?He\s+\p{Ll}/u,
  she: /^\s*["“]?(?:(?:And|But|Then|So|Yet)\s+)?She\s+\p{Ll}/u,
};
/** A conjunction right before a pronoun, opening a clause joined to the one before. */
const CONJUNCTION_BEFORE = /(?<![\p{L}])(?:and|but|although|though|while|whereas|because|so|yet)\s+$/u;
/** The pronoun as a word of its own, compiled once (pronouns are resolved for most quotes of a corpus). */
const PRONOUN_WORD = { he: /(?<![\p{L}'’])he(?![\p{L}'’])/giu, she: /(?<![\p{L}'’])she(?![\p{L}'’])/giu };
/** Words that open a clause with a subject of its own. */
const SUBORDINATE = /\b(?:how|that|who|whom|whose|which|when|where|why|whether|if|because|while|after|before|since|until|although|though)\b/i;

/** Whether the article read so far says "she" or "her" (for "he"), or "he", "him" or "his" (for "she"), of anyone. */
function saysOther(pronoun: 'he' | 'she', ctx: Antecedents): boolean {
  let said = PRONOUNS_SAID.get(ctx.sentences);
  if (!said) PRONOUNS_SAID.set(ctx.sentences, (said = { read: 0, he: false, she: false }));
  // Only the sentences read since the last call are searched: searching them all at every pronoun
  // was quadratic in an article whose pronouns have no one to stand for.
  if (said.read < ctx.sentences.size) {
    let i = 0;
    for (const text of ctx.sentences.values()) {
      if (i++ < said.read) continue;
      said.he ||= HE_WORDS.test(text);
      said.she ||= SHE_WORDS.test(text);
    }
    said.read = ctx.sentences.size;
  }
  return pronoun === 'he' ? said.she : said.he;
}
const SHE_WORDS = /(?<![\p{L}'’])(?:she|her|herself)(?![\p{L}'’])/iu;
const HE_WORDS = /(?<![\p{L}'’])(?:he|him|his|himself)(?![\p{L}'’])/iu;
/** What each article's sentences read so far say of "he" and "she" (sentences are only ever added, in order). */
const PRONOUNS_SAID = new WeakMap<Map<number, string>, { read: number; he: boolean; she: boolean }>();

type Speaker = Antecedents['speakers'][number];

/**
 * The latest speaker at most `within` sentences back that passes `test`. Speakers are remembered
 * in reading order, so the scan stops at the first one too far back instead of reading them all.
 */
function latestSpeaker(ctx: Antecedents, sentence: number, within: number, test: (s: Speaker) => boolean): Speaker | undefined {
  for (let i = ctx.speakers.length - 1; i >= 0; i--) {
    const s = ctx.speakers[i]!;
    if (sentence - s.sentence > within) return undefined;
    if (test(s)) return s;
  }
  return undefined;
}

/**
 * For each sentence read, the person the nearest sentence at or before it is about (its first name
 * that is not a possessive), for "he" and for "she": kept per article as it is read, so that a
 * pronoun costs one look-up, not a scan back over every sentence (quadratic in a long article).
 */
export interface Subjects {
  upTo: number;
  he: (string | null)[];
  she: (string | null)[];
}

/** The person the nearest earlier sentence is about whom the pronoun can stand for (the cast is the article's, fixed while it is read). */
function nearestSubject(pronoun: 'he' | 'she', sentence: number, cast: CastLookup, ctx: Antecedents): string | null {
  const subjects = (ctx.subjects ??= { upTo: 0, he: [null], she: [null] });
  const named = (n: number) => {
    const text = ctx.sentences.get(n) ?? '';
    const found = cast.find(text).filter((f) => !namesMake(text, f.start));
    // A sentence that names someone only in the possessive ("This year marks Conti's 17th turn") is
    // still about them, unless what is theirs is a person ("Kenteris's lawyer"), who may be "he".
    const own = found.filter((f) => !f.possessive);
    return (own.length > 0 ? own : found.filter((f) => !ownsPerson(text.slice(f.end)))).map((f) => f.person.name);
  };
  const fitting = (names: string[], p: 'he' | 'she') => names.find((name) => fitsPronoun(name, p)) ?? null;
  while (subjects.upTo + 1 < sentence && ctx.sentences.has(subjects.upTo + 1)) {
    const n = ++subjects.upTo;
    const names = named(n);
    subjects.he[n] = fitting(names, 'he') ?? subjects.he[n - 1]!;
    subjects.she[n] = fitting(names, 'she') ?? subjects.she[n - 1]!;
  }
  // Sentences past one not yet read (never, when read in order) are scanned as they are.
  for (let n = sentence - 1; n > subjects.upTo; n--) {
    const subject = fitting(named(n), pronoun);
    if (subject) return subject;
  }
  return subjects[pronoun][Math.min(subjects.upTo, sentence - 1)] ?? null;
}

/** Nouns of people a possessive may own ("Lee's wife", "Lee's lawyer"), besides the source nouns. */
const KIN = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'partner',
  'girlfriend',
  'boyfriend',
  'team-mate',
  'teammate',
  'agent',
  'friend',
  'family',
  'successor',
  'predecessor',
  'deputy',
  'rival',
  'opponent',
]);

/** Whether the words after a possessive name a person it owns ("'s lawyer", "'s former coach", "'s 17th turn" does not). */
function ownsPerson(after: string): boolean {
  const words = (after.match(/[\p{L}-]+/gu) ?? []).slice(0, 3).map((w) => w.toLowerCase());
  return words.some((w) => PERSON_NOUNS.has(w) || PERSON_NOUNS.has(w.replace(/s$/, '')) || KIN.has(w) || isRoleWord(w));
}

/**
 * The words a pronoun's own clause holds: after an opening participle clause ("Asked whether
 * Reagan would …, he said"), the names inside that clause are the asker's topic, not the speaker.
 * So are those of a topic set before the clause ("Of Hepburn, she said: …"), and of a participle clause after a
 * conjunction, which may run to the pronoun with no comma ("But standing next to Mr Blair he added …": Blair's
 * neighbour speaks).
 */
function ownClause(before: string): string {
  if (!OPENING_CLAUSE.test(before)) return before;
  const comma = before.lastIndexOf(',');
  return comma < 0 && OPENS_AFTER_CONJUNCTION.test(before) ? '' : before.slice(comma + 1);
}
/** A participle, "Of" or "About" opening the sentence, perhaps after a conjunction: a clause before the subject's own. */
const OPENING_CLAUSE = /^\s*(?:(?:And|But|Yet|So|Then)\s+\p{Ll}+(?:ed|ing)|\p{Lu}\p{Ll}+(?:ed|ing)|Of|About)\b/u;
/** A conjunction opening the sentence, after which a participle clause may run to the pronoun with no comma. */
const OPENS_AFTER_CONJUNCTION = /^\s*(?:And|But|Yet|So|Then)\s/;

/** Words that may stand before a sentence's subject: determiners and role nouns ("Kenteris's lawyer, Ann Lee, …"). */
const BEFORE_SUBJECT = new Set([
  'the',
  'a',
  'an',
  'former',
  'his',
  'her',
  'their',
  'its',
  'chairman',
  'coach',
  'president',
  'minister',
  'secretary',
  'boss',
  'leader',
  'director',
  'manager',
  'agent',
  'chief',
]);

/**
 * The person a sentence is about: its first name, not a possessive, with only capitalised words, possessives and
 * roles before it ("Real Madrid midfielder David Beckham has no plans…").
 */
export function subjectOf(text: string, cast: CastLookup, namedEarlier?: (name: string) => boolean): string | null {
  // "Speaking at a luncheon after a meeting with President Corazon Aquino, Shultz delivered …": a participle clause that
  // opens the sentence is no part of its subject, whoever it names; the subject follows one of its commas.
  if (OPENING_CLAUSE.test(text))
    for (const comma of text.matchAll(/,\s+/g)) {
      const after = subjectOf(text.slice(comma.index + comma[0].length), cast, namedEarlier);
      if (after) return after;
    }
  const first = cast.find(text).find((p) => !p.possessive);
  if (!first) return null;
  // A role ("The actress and singer dropped out") stands for someone the article has named before it, not for one it
  // names only later ("actress Anita Dobson attended"), whom the role happens to fit.
  if (first.byRole && namedEarlier && !namedEarlier(first.person.name)) return null;
  const words = text.slice(0, first.start).match(/[\p{L}'’-]+/gu) ?? [];
  // An adjective straight after "the" describes them ("The versatile Finnan, who starred against the French, is …").
  const plain = words.every(
    (w, i) =>
      /^\p{Lu}/u.test(w) ||
      /['’]s?$/.test(w) ||
      BEFORE_SUBJECT.has(w) ||
      PERSON_NOUNS.has(w) ||
      isRoleWord(w) ||
      (i > 0 && /^the$/i.test(words[i - 1]!) && lexiconTags(w).includes('Adjective')),
  );
  return plain ? first.person.name : null;
}

/** Whether the article names `name`, not by a role, in a sentence read before `sentence`. */
function namedBefore(name: string, sentence: number, cast: CastLookup, ctx: Antecedents): boolean {
  for (const [n, text] of ctx.sentences) if (n < sentence && cast.find(text).some((p) => !p.byRole && p.person.name === name)) return true;
  return false;
}

/** A full name opening a sentence (after a conjunction perhaps), before "of …", a comma or a lower-case word. */
const OPENING_FULL_NAME =
  /^\s*["“]?(?:(?:But|And|However|Meanwhile|Still|Yet),?\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=,|\s+\p{Ll})/u;

/**
 * "But Bijan Moussavar-Rahmani of Harvard University's Energy and Environment Policy Center said that …": a
 * sentence that opens on a person's full name the cast does not know and reports their words is about them,
 * whom a "he told Reuters" after it means, not whoever was quoted before.
 */
function unknownSpeakingSubject(text: string, cast: CastLookup): string | null {
  const m = OPENING_FULL_NAME.exec(text);
  const name = m?.[1];
  if (!name || cast.find(name).length > 0 || !looksLikePersonName(name)) return null;
  // Words that open sentences ("The Tory leader", "If Wales", "Despite England's") or a title ("Mr Campbell's") are no given name.
  const words = name.split(/\s+/);
  if (isNeverGivenName(words[0]!) || !words.every(isNameWord) || /^['’]/.test(text.slice(m.index + m[0].length))) return null;
  const rest = text.slice(text.indexOf(name) + name.length);
  // "Hazel Gilbert, 23, an information manager from Newcastle, gave up ballet …": an age or a description set
  // off after the name says it is a person's, who need not speak in the sentence for a "she said" after it to be theirs.
  return cueMatches(rest).length > 0 || PERSON_APPOSITION.test(rest) ? name : null;
}

/** An age ("…, 23,") or a description opening on "a"/"an" set off after a name. */
const PERSON_APPOSITION = /^,\s+(?:\d{1,3},|(?:a|an)\s+\p{Ll})/u;

/** Relatives by the pronoun they take. */
const FEMALE_KIN = 'daughter|wife|widow|mother|sister|granddaughter|niece|aunt|girlfriend|fianc[eé]e';
const MALE_KIN = 'son|husband|widower|father|brother|grandson|nephew|uncle|boyfriend|fianc[eé]';
/**
 * "Fletcher's daughter Jill said", "Edwards' sister Rachel makes an emotional TV appeal": a sentence that opens on a named
 * person's relative, by given name, as the subject of its verb.
 */
const RELATIVE_SPEAKER = (kin: string) =>
  new RegExp(`^\\s*(?:(?:But|And)\\s+)?(\\p{Lu}[\\p{L}'’-]*['’]s?\\s+(?:${kin})\\s+\\p{Lu}\\p{Ll}+)\\s+(?!(?:and|or|of|in|with|who)\\b)\\p{Ll}+\\b`, 'u');
const FEMALE_RELATIVE = RELATIVE_SPEAKER(FEMALE_KIN);
const MALE_RELATIVE = RELATIVE_SPEAKER(MALE_KIN);

/** A relative by given name ("Fletcher's daughter Jill") is of the kin word's gender; any other description fits either pronoun. */
const FEMALE_RELATIVE_LABEL = new RegExp(`['’]s?\\s+(?:late\\s+)?(?:${FEMALE_KIN})\\s+\\p{Lu}\\p{Ll}+$`, 'u');
const MALE_RELATIVE_LABEL = new RegExp(`['’]s?\\s+(?:late\\s+)?(?:${MALE_KIN})\\s+\\p{Lu}\\p{Ll}+$`, 'u');
function kinFits(label: string, pronoun: 'he' | 'she'): boolean {
  return !(pronoun === 'he' ? FEMALE_RELATIVE_LABEL : MALE_RELATIVE_LABEL).test(label);
}

/** The relative a sentence opens on as the one who speaks, of the pronoun's gender ("Fletcher's daughter Jill"), or null. */
function relativeSpeaker(text: string, pronoun: 'he' | 'she'): string | null {
  return (pronoun === 'she' ? FEMALE_RELATIVE : MALE_RELATIVE).exec(text)?.[1] ?? null;
}

/** A lone capitalised word opening a sentence before a comma and a relative clause or an apposition ("Jane, who runs …"). */
const GIVEN_NAME_OPENING = /^\s*["“]?(\p{Lu}\p{Ll}+),\s+(?:who|a|an|the)\s/u;

/**
 * "Jane, who runs the website, compiles a chronicle …. "I am actually convinced …," she said": a sentence that
 * opens on a lone given name of the pronoun's gender, the cast knowing no one by it, is about that person.
 */
function givenNameOpening(text: string, pronoun: 'he' | 'she', cast: CastLookup): string | null {
  const name = GIVEN_NAME_OPENING.exec(text)?.[1];
  if (!name || isNeverGivenName(name) || !isNameWord(name) || cast.find(name).length > 0) return null;
  return genderOf(name) !== null && fitsPronoun(name, pronoun) ? name : null;
}

/** A sentence's opening "a/an/one/another" and the next few words, whom they work for perhaps named among them ("A Chrysler spokeswoman"). */
const DESCRIBED_OPENING = /^\s*["“]?(?:(?:But|And|However|Still|Meanwhile),?\s+)?([Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{L}-]+(?:\s+|(?=,))){1,3})/u;

/** Titles one holder is named by ("The OPEC president praised …" is Rilwanu Lukman), not sources' nouns. */
const TITLE_HEAD = /^(?:president|leader|chairman|chairwoman|minister|secretary|chancellor|governor|premier|mayor|director|chief|head|king|queen|prince)$/;
/** "The Chinese journalist added that": "the", up to three words ending on a person noun, and a cue verb right after them. */
const DEFINITE_SOURCE_OPENING = /^\s*(?:(?:But|And|However|Meanwhile),?\s+)?The\s+((?:[\p{L}-]+\s+){0,2}?(\p{Ll}+))\s+(?=\S)/u;
function definiteSourceOpening(text: string): string | null {
  const m = DEFINITE_SOURCE_OPENING.exec(text);
  if (!m || !(PERSON_NOUNS.has(m[2]!) || lexiconTags(m[2]!).includes('Actor'))) return null;
  const cue = cueMatches(text.slice(m[0].length, m[0].length + 40))[0];
  return cue?.index === 0 ? `the ${m[1]!}` : null;
}

/** The someone a sentence opens on as its subject when described by a person noun ("an analyst"), or null. */
function describedOpening(text: string): string | null {
  const m = DESCRIBED_OPENING.exec(text);
  if (!m) return null;
  const words = m[2]!.trim().split(/\s+/);
  const noun = words.findIndex((w) => PERSON_NOUNS.has(w));
  return noun < 0 ? null : `${m[1]!.toLowerCase()} ${words.slice(0, noun + 1).join(' ')}`;
}

/**
 * "A senior Foreign Ministry official … told Reuters …. The senior official sounded pessimistic about … Prime
 * Minister Yasuhiro Nakasone …": a sentence that opens on "the" and a person's noun as its subject points back to
 * the source of that noun who spoke lately, whom a "he said" after it means, not a name in what they did.
 */
function describedBack(text: string, sentence: number, ctx: Antecedents): string | null {
  const subject = describedSubject(text);
  if (subject?.kind !== 'anonymous' || !/^the\s/.test(subject.speaker)) return null;
  const noun = descriptionHead(subject.speaker);
  if (!PERSON_NOUNS.has(noun)) return null;
  const source = latestSpeaker(ctx, sentence, RECENT * 2, (s) => s.kind === 'anonymous' && s.who === 'person' && !s.plural);
  return source && descriptionHead(source.speaker) === noun && mayBeSameSource(subject.speaker, source.speaker) ? source.speaker : null;
}

/** Whether a name stands after "a" or "an", naming a make, not someone ("a Franck Muller watch"). */
function namesMake(text: string, start: number): boolean {
  return /(?<![\p{L}])(?:a|an)\s+$/iu.test(text.slice(Math.max(0, start - 4), start));
}

/** The one person a sentence names (not in the possessive) whom the pronoun fits, or null for none or several. */
function onlyPersonIn(
  text: string,
  cast: CastLookup,
  ctx: Antecedents,
  fits: (name: string) => boolean,
  namedEarlier: (name: string) => boolean,
): string | null {
  const named = new Set(
    cast
      .find(text)
      .filter((p) => !p.possessive && !namesMake(text, p.start) && (!p.byRole || namedEarlier(p.person.name)))
      .map((p) => p.person.name),
  );
  // A person who spoke earlier counts too by their surname, where the cast does not know it as theirs:
  // a name the cast does not know, or a surname two of the story's people share ("Mr Blair").
  for (const s of ctx.speakers) {
    const surname = s.speaker.split(' ').at(-1)!;
    if (s.who === 'person' && !named.has(s.speaker) && looksLikePersonName(s.speaker) && new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}'’])`, 'u').test(text))
      named.add(s.speaker);
  }
  const fitting = [...named].filter(fits);
  return named.size === 1 && fitting.length === 1 ? fitting[0]! : null;
}

/** Whether "he" or "she" can stand for a person: their first name is not known as the other gender's (an unknown one fits both). */
export function fitsPronoun(name: string, pronoun: 'he' | 'she'): boolean {
  return pronounGender(name) !== (pronoun === 'he' ? 'female' : 'male');
}

/** The gender a pronoun standing for a person must have: their given name's, unless men and women alike bear it ("Hilary Benn"). */
function pronounGender(name: string): 'male' | 'female' | null {
  return isUnisexGivenName(name.split(' ')[0]!) ? null : genderOf(name);
}

/**
 * A first name's gender is a guess ("Beryl Sprinkel" is a man): a "he said" right after the
 * sentence where someone named spoke is theirs, though the name reads as a woman's, while the
 * article has said "she" or "her" of no one (and the same the other way); no honorific says otherwise.
 */
function againstGuess(s: Speaker, pronoun: 'he' | 'she', cast: CastLookup, ctx: Antecedents): boolean {
  if (s.kind !== 'named' || s.who !== 'person' || s.plural || titledGender(s.speaker, cast) !== null) return false;
  if (pronounGender(s.speaker) !== (pronoun === 'he' ? 'female' : 'male')) return false;
  const other = pronoun === 'he' ? /(?<![\p{L}'’])(?:she|her|herself)(?![\p{L}'’])/iu : /(?<![\p{L}'’])(?:he|him|his|himself)(?![\p{L}'’])/iu;
  for (const text of ctx.sentences.values()) if (other.test(text)) return false;
  return true;
}

const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady)\.?\s/;
const MALE_TITLE = /^(?:Mr|Sir|Lord)\.?\s/;

/** The gender an honorific of a cast member's shows ("Dame Barbara", "Mr Lee"), or null. */
function titledGender(name: string, cast: CastLookup): 'male' | 'female' | null {
  // A peer goes by the title itself ("Lord Woolf"), others have it among their aliases ("Mr Lee").
  const aliases = [name, ...(cast.find(name).find((p) => p.person.name === name)?.person.aliases ?? [])];
  if (aliases.some((a) => FEMALE_TITLE.test(a))) return 'female';
  return aliases.some((a) => MALE_TITLE.test(a)) ? 'male' : null;
}

/**
 * Whether a speaker is one capitalised word a cue gave as a name ("Slifer said") that reads as a person's surname: no
 * word the lexicon knows but as a name, no one of the cast, no paper that spoke. Nor is it where the sentences read so
 * far write it as part of a longer name ("Rha Woong Bae", "Khalid al-Attiya", "Lloyds Bank", "Marsh & McLennan"), after
 * "the" ("the official Antara news agency", "the Marsh executive"), as a firm ("Slifer Inc") or in small letters ("the
 * management"): then it is a body, a word or a part of a name whose bearer is better found otherwise.
 */
function isLoneSurname(s: Speaker, cast: CastLookup, ctx: Antecedents): boolean {
  if (s.given !== 'named' || s.who !== 'body' || s.plural || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(s.speaker)) return false;
  if (isNeverGivenName(s.speaker) || cast.find(s.speaker).length > 0 || !lexiconTags(s.speaker).every((t) => t === 'LastName')) return false;
  if (ctx.outletSpeakers?.some((o) => o.speaker === s.speaker) || ctx.bodies?.some((b) => b.name === s.speaker)) return false;
  // Not one whose words another reports in its sentence ("Management has repeatedly stated it will …, he said").
  if (ctx.speakers.some((o) => o.sentence === s.sentence && o.speaker !== s.speaker)) return false;
  const word = escapeRegExp(s.speaker);
  const notAlone = new RegExp(
    `(?:\\p{Lu}[\\p{L}.'’-]*\\s+|[-&]\\s*|(?<![\\p{L}])the\\s+(?:\\p{Ll}+\\s+){0,2})${word}(?![\\p{L}])|(?<![\\p{L}])${word}(?:\\s+(?:\\p{Lu}|&)|\\s*<|['’]s?\\s+(?:shares|stock|stake))|(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`,
    'u',
  );
  for (const text of ctx.sentences.values()) if (notAlone.test(text)) return false;
  return true;
}

/** The gender a person's first name suggests, when compromise knows the name. */
export function genderOf(name: string): 'male' | 'female' | null {
  const first = name.split(' ')[0]!;
  if (!genderCache.has(first)) {
    if (genderCache.size >= GENDER_CACHE_LIMIT) genderCache.clear();
    const doc = nlp(first);
    genderCache.set(first, doc.has('#FemaleName') ? 'female' : doc.has('#MaleName') ? 'male' : null);
  }
  return genderCache.get(first)!;
}
