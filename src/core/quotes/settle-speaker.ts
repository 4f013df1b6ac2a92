/**
 * Turns a speaker reading into the speaker it stands for, with what the article has said so far:
 * a pronoun into its antecedent, a surname the cast does not know into the full name, a role alias
 * of someone this article never names ("the spokesman" of another article's Ed Snow) back into a
 * description, and a definite description ("the source", "the analyst") into the source it
 * points back to.
 */
import { HONORIFIC_PATTERN, RANK_TITLE_PATTERN, SURNAME_HONORIFIC_PATTERN } from '../text/honorifics.js';
import type { SpeakerKind } from '../types.js';
import type { AttributionContext } from './attribute-quote.js';
import { genderOf, resolvePronoun, subjectOf } from './resolve-pronoun.js';
import { BODY_NOUNS, KNOWN_BY_WORK, PERSON_NOUNS, descriptionHead, mayBeSameSource, type SpeakerReading } from './speaker-phrase.js';
import { expandName, isNeverGivenName, looksLikePersonName } from './unknown-name.js';
import { typoDistance } from '../text/edit-distance.js';
import { lexiconTags } from '../text/nlp.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { isRoleHead, titleOfIndex } from '../people/roles.js';
import { coversTitle, officeOf, sameOffice } from '../people/office-titles.js';

/** How far back (in sentences) a definite description may point to a named speaker. */
const RECENT = 3;

/**
 * The speaker a reading stands for, or null (a pronoun nothing fits). `before` is the sentence's text before the cue,
 * `after` what its clause goes on with, `quoted` the words it brings in.
 */
export function settleSpeaker(
  reading: SpeakerReading | null,
  sentenceNumber: number,
  sentence: string,
  before: string,
  ctx: AttributionContext,
  after = '',
  quoted = '',
): { speaker: string; kind: SpeakerKind } | null {
  if (!reading) return null;
  if (reading.kind === 'pronoun') {
    const found = resolvePronoun(reading.pronoun, sentenceNumber, before, ctx.articleCast, ctx, after, quoted);
    return found ? { speaker: found.speaker, kind: 'pronoun' } : null;
  }
  if (reading.kind === 'named' && reading.roleAlias && !namedInArticle(reading.speaker, sentence, ctx))
    return describedSpeaker(reading.roleAlias, sentenceNumber, ctx);
  if (reading.kind === 'named' && reading.loose) {
    // A name read from the opening of a clause is a speaker only as a person the article named in full.
    const full = fullName(reading.speaker, sentence, ctx);
    return looksLikePersonName(full) ? { speaker: full, kind: 'named' } : null;
  }
  if (reading.kind === 'named') return { speaker: fullName(reading.speaker, sentence, ctx), kind: 'named' };
  if (reading.kind === 'anonymous' && reading.elliptical) return oneMore(reading.speaker, sentenceNumber, sentence, ctx);
  // A title ("The mayor") is whom the article names with it ("London mayor Ken Livingstone"), or no one it can tell;
  // a title with what it is of ("the Archbishop of Canterbury", "the president of Boeing") describes one person enough
  // to stand for them.
  if (reading.kind === 'anonymous' && reading.titled) {
    // Once shown, a title stands for the same person through the article ("The chancellor said …" after "Gordon Brown has
    // issued …", and later "the chancellor said the cuts proposed by shadow chancellor Oliver Letwin …").
    const key = reading.speaker.toLowerCase();
    const holder =
      titleHolder(descriptionHead(reading.speaker), reading.speaker, ctx) ??
      untitledSubject(reading.speaker, sentenceNumber, ctx) ??
      ctx.titleHolders?.get(key);
    if (holder) (ctx.titleHolders ??= new Map()).set(key, holder);
    if (holder) return { speaker: holder, kind: 'named' };
    return TITLE_OF_SOMETHING.test(reading.speaker) && !KNOWN_BY_WORK.test(reading.speaker) ? { speaker: reading.speaker, kind: 'anonymous' } : null;
  }
  if (reading.kind === 'anonymous') return ownedBy(reading.speaker, sentenceNumber, before, ctx) ?? describedSpeaker(reading.speaker, sentenceNumber, ctx);
  return { speaker: reading.speaker, kind: reading.kind };
}

/**
 * "his report said": a description owned by a pronoun is owned by whom the pronoun stands for
 * ("Wim Kok's report"); left as written it names nobody a reader could look up.
 */
function ownedBy(description: string, sentenceNumber: number, before: string, ctx: AttributionContext): { speaker: string; kind: SpeakerKind } | null {
  const m = /^(his|her|their|its)\s+(.+)$/i.exec(description);
  if (!m) return null;
  const pronoun = ({ his: 'he', her: 'she', their: 'they', its: 'it' } as const)[m[1]!.toLowerCase() as 'his' | 'her' | 'their' | 'its'];
  const owner = resolvePronoun(pronoun, sentenceNumber, before, ctx.articleCast, ctx);
  if (!owner) return null;
  // "Balladur …, his spokesman said. "…," his spokesman said": the one the pronoun finds may be that spokesman already, not his owner.
  const owned = `${owner.speaker}'s ${m[2]}`;
  return { speaker: owner.speaker.endsWith(`'s ${m[2]}`) ? owner.speaker : owned, kind: 'anonymous' };
}

/** A name the cast does not know, widened to the full name the article gave it ("Papadakis" or "Yannis" → "Yannis Papadakis"). */
export function fullName(name: string, sentence: string, ctx: AttributionContext): string {
  if (ctx.cast.find(name).length > 0) return name;
  const own = namedHereBySurname(name, sentence, ctx);
  if (own) return own;
  const spelt = spelledOut(name, ctx);
  if (spelt) return spelt;
  const expanded = expandName(name, [...ctx.sentences.values(), sentence], (word) => genderOf(word) !== null);
  return expanded === name ? (misspeltSpeaker(name, ctx) ?? longerName(name, ctx) ?? name) : expanded;
}

/** A surname alone, perhaps after the honorific copy gives it, which says the gender ("Mr Howard"). */
const SURNAME_WITH_HONORIFIC = new RegExp(`^(?:(${SURNAME_HONORIFIC_PATTERN})\\.?\\s+)?(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)$`, 'u');

/**
 * "Robinson told BBC Sport" where the story has two Robinsons (the coach Andy, the captain Jason), so
 * that the surname alone is no one's alias: the one this article has named in full is meant, before
 * any capitalised word that stands before the surname somewhere (the headline's "Fuming Robinson").
 */
function namedHereBySurname(name: string, sentence: string, ctx: AttributionContext): string | null {
  // So is one with the honorific copy gives a surname ("Mr Howard" when the story has two Howards), if of the gender it says.
  const m = SURNAME_WITH_HONORIFIC.exec(name);
  if (!m) return null;
  const surname = m[2]!;
  const other = m[1] === 'Mr' ? 'female' : m[1] && m[1] !== 'Dr' ? 'male' : null;
  const named = new Set<string>();
  for (const text of [...ctx.sentences.values(), sentence])
    for (const p of ctx.cast.find(text))
      if (!p.byRole && p.person.name.split(/\s+/).at(-1) === surname && p.person.name !== surname && (other === null || genderOf(p.person.name) !== other))
        named.add(p.person.name);
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * "Rubens Habbema said" after "the head of the authority, Murilo Rubens Habbema, was quoted": the last
 * two words of a name of three the article set off between commas, when only one such name ends so.
 */
function longerName(name: string, ctx: AttributionContext): string | null {
  if (!/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(name)) return null;
  const set = new RegExp(`(?:^|,)\\s*(\\p{Lu}\\p{Ll}+)\\s+${name}\\s*,`, 'u');
  const longer = new Set<string>();
  for (const text of ctx.sentences.values()) {
    const first = set.exec(text)?.[1];
    if (first && !isNeverGivenName(first)) longer.add(`${first} ${name}`);
  }
  return longer.size === 1 ? [...longer][0]! : null;
}

/** A firm's suffix and the small words of a name, which its initials leave out ("American Motors Corp" is AMC or AM). */
const SUFFIX = /^(?:Corp|Co|Inc|Ltd|Plc|PLC|Cos)\.?$/;
const SMALL_WORDS = /^(?:of|and|the|for|&)$/;

/**
 * The body already quoted whose initials an acronym is ("AMC said" after "American Motors Corp said"),
 * when exactly one fits: the wire's short form, not a second speaker.
 */
function spelledOut(name: string, ctx: AttributionContext): string | null {
  if (!/^\p{Lu}{2,5}$/u.test(name)) return null;
  const initials = (words: string[]) =>
    words
      .filter((w) => !SMALL_WORDS.test(w))
      .map((w) => w[0]!)
      .join('');
  const fits = new Set(
    ctx.speakers
      .filter((s) => s.who === 'body' && /^\p{Lu}\S*\s/u.test(s.speaker))
      .map((s) => s.speaker)
      .filter((speaker) => {
        const words = speaker.split(/\s+/);
        return initials(words) === name || (SUFFIX.test(words.at(-1)!) && initials(words.slice(0, -1)) === name);
      }),
  );
  return fits.size === 1 ? [...fits][0]! : null;
}

/** A lone name shorter than this is too likely a word or another person to be read as a misspelling. */
const TYPO_SURNAME_LENGTH = 5;

/**
 * The speaker already quoted whose surname a lone name misspells by one letter or one swap (wire
 * copy's "Lucky says" after "Michael Luckey", "Schelsinger said" after "Helmut Schlesinger"), when
 * exactly one fits; a new name would be a new speaker nobody introduced.
 */
function misspeltSpeaker(name: string, ctx: AttributionContext): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || name.length < TYPO_SURNAME_LENGTH) return null;
  const fits = new Set(
    ctx.speakers
      .filter((s) => s.kind === 'named' && s.who === 'person' && /\s/.test(s.speaker))
      .map((s) => s.speaker)
      .filter((speaker) => {
        const surname = speaker.split(/\s+/).at(-1)!;
        return surname[0] === name[0] && surname !== name && typoDistance(surname, name) === 1;
      }),
  );
  return fits.size === 1 ? [...fits][0]! : null;
}

/**
 * A description as a speaker. "the <noun>" points back: to the source this article introduced with
 * the same noun ("a Chrysler financial source" … "the source"), else to a recent speaker whose
 * sentence brought the noun in ("Levy said in a statement" … "the statement said"), else, for a person
 * noun, to the person who spoke in the last few sentences unless their role is another
 * ("Ron Glantz said …" … "the analyst told Reuters").
 */
function describedSpeaker(description: string, sentenceNumber: number, ctx: AttributionContext): { speaker: string; kind: SpeakerKind } {
  const own = { speaker: description, kind: 'anonymous' as const };
  // A description that counts its source ("the second arbitrageur") names one of its own.
  if (/^the\s+(?:second|third|fourth|fifth|other)\s/i.test(description)) return own;
  const head = descriptionHead(description);
  // A body is known by the description's last word: "the group in a statement" is no pointer to the last group heard from.
  const last = description.split(/\s+/).at(-1)!.toLowerCase();
  const body = BODY_NOUNS.has(last) ? bodyDescribed(description, last, sentenceNumber, ctx) : null;
  if (body) return body;
  if (!/^the\s/i.test(description)) return own;
  const earlier = [...ctx.speakers].reverse();
  // "Ioannidis also said …. The lawyer added that …": someone who spoke in the sentence just before and holds the
  // noun as their role is meant, before a source the article described by it earlier ("Kostas Kenteris' lawyer").
  const inRole = PERSON_NOUNS.has(head) ? justSpokeInRole(earlier, description, sentenceNumber, ctx) : null;
  if (inRole) return { speaker: inRole, kind: 'named' };
  // One the article named with it ("the United Auto Workers union") is brought in as well: a name is no pointer back.
  const sources = earlier.filter(
    (s) =>
      s.kind === 'anonymous' &&
      (!/^the\s/i.test(s.speaker) || /^the\s+\p{Lu}/u.test(s.speaker)) &&
      descriptionHead(s.speaker) === head &&
      mayBeSameSource(description, s.speaker),
  );
  // "a senior official at a leading Japanese bank" … "another Japanese bank official" … "the senior official": the
  // source that the description's own words describe, before a nearer one of the same noun that lacks them.
  const describing = describingWords(description);
  // "The first diplomat said …" after "A Western diplomat" and "Another diplomat": the source brought in first.
  const first = /^the\s+first\s/i.test(description) && sources.length > 1 ? sources.at(-1) : undefined;
  const introduced =
    first ?? (describing.length > 0 ? sources.find((s) => describing.every((w) => describingWords(s.speaker).includes(w))) : undefined) ?? sources[0];
  if (introduced) return namedNext(introduced, head, ctx) ?? { speaker: introduced.speaker, kind: 'anonymous' };
  const unsaid = BODY_NOUNS.has(last) ? bodyOfUnsaidKind(last, sentenceNumber, ctx) : null;
  if (unsaid) return unsaid;
  // "X said in a statement …" … "the statement said": the statement is X's.
  // An owner's document ("in its statement") is brought in as well; an owner's board or union is a body of its own.
  const owned = /^(?:statement|communique|report|letter)$/.test(head) ? '|its|his|her|their' : '';
  const mentioned = new RegExp(`(?<![\\p{L}])(?:an?${owned})\\s+(?:[\\p{L}.-]+\\s+){0,3}${head}(?![\\p{L}])`, 'iu');
  // A body's noun other than a writing's ("the government") is not whoever spoke of one ("She said a Conservative
  // government would …"): a body is found by bodyDescribed, from the bodies heard from, not from what a person said.
  const holder =
    BODY_NOUNS.has(head) && !WRITINGS.test(head)
      ? undefined
      : earlier.find(
          (s) =>
            sentenceNumber - s.sentence <= RECENT &&
            !s.plural &&
            !s.passedOn &&
            mentioned.test(ctx.sentences.get(s.sentence) ?? '') &&
            mayBeSameSource(description, s.speaker),
        );
  if (holder) return { speaker: holder.speaker, kind: rememberedKind(holder) };
  // A description owned by a name ("the SEC's general counsel") is that body's person, not the last speaker
  // ("the Chelsea coach" may still be the person just quoted).
  if (!PERSON_NOUNS.has(head) || /\p{Lu}[\p{L}.-]*['’]s\s/u.test(description)) return own;
  const named = earlier.find((s) => sentenceNumber - s.sentence <= RECENT && !s.plural && (s.kind === 'named' || looksLikePersonName(s.speaker)));
  // No one spoke lately: a title of office ("The prime minister conceded …") is whom the sentence before is about,
  // as for a title no one of the story is named with.
  const officeHolder = !named && isRoleHead(head) ? (untitledSubject(description, sentenceNumber, ctx) ?? soleHolder(description, sentenceNumber, ctx)) : null;
  if (officeHolder) return { speaker: officeHolder, kind: 'named' };
  if (!named) return own;
  const roles = ctx.cast.find(named.speaker)[0]?.person.roles ?? [];
  // The role ends in the description's noun ("Nomura analyst" for "the analyst"), or ends in the
  // employer it names ("Vice President … at Chase Econometrics" for "the Chase economist"; not
  // "White House spokesman" for "the White House aide").
  const qualifiers = description.toLowerCase().split(/\s+/).slice(1, -1);
  const fits =
    roles.length === 0 ||
    roles.some((r) => {
      const words = r.toLowerCase().split(/\s+/);
      const last = words.at(-1)!;
      if (heldByAnother(r, description)) return false;
      return (
        last === head ||
        sameOffice(description, r) ||
        (qualifiers.length === 0 && coversTitle(head, last)) ||
        (!PERSON_NOUNS.has(last) && qualifiers.some((q) => q.length > 2 && words.some((w) => w.startsWith(q))))
      );
    });
  return fits ? { speaker: named.speaker, kind: named.kind === 'named' || looksLikePersonName(named.speaker) ? 'named' : 'anonymous' } : own;
}

/** The words in small letters between a description's determiner and its noun ("senior" of "the senior official"). */
function describingWords(description: string): string[] {
  const words = description.split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && w.toLowerCase() === descriptionHead(description));
  return words.slice(1, at < 0 ? words.length - 1 : at).filter((w) => /^\p{Ll}{3,}$/u.test(w));
}

/** The person of the cast who spoke in the sentence before, or this one, and whose role ends in the noun, or null. */
function justSpokeInRole(earlier: AttributionContext['speakers'], description: string, sentenceNumber: number, ctx: AttributionContext): string | null {
  const last = earlier.find((s) => !s.inner);
  if (!last || sentenceNumber - last.sentence > 1 || last.plural || last.kind !== 'named') return null;
  const roles = ctx.cast.find(last.speaker)[0]?.person.roles ?? [];
  const head = descriptionHead(description);
  return roles.some((r) => r.toLowerCase().split(/\s+/).at(-1) === head && !heldByAnother(r, description)) ? last.speaker : null;
}

/**
 * Whether a role is a deputy's or a former holder's of the title a description gives ("Deputy Prime Minister" of "the
 * prime minister"); a role of another office is not ("Vice President … at Chase Econometrics" of "the economist").
 */
function heldByAnother(role: string, description: string): boolean {
  const said = description.toLowerCase().split(/\s+/);
  const words = role.toLowerCase().split(/\s+/);
  const of = titleOfIndex(words);
  const own = of > 0 ? words.slice(0, of) : words;
  return (own.at(-1) === said.at(-1) || sameOffice(description, own.join(' '))) && own.some((w) => OTHER_HOLDER.test(w) && !said.includes(w));
}

/** The body nouns that stand for a writing, which its writer's sentence may bring in ("in a statement"). */
const WRITINGS = /^(?:statements?|communiques?|reports?|study|survey|editorial|letter|memo|memorandum|motion|resolution|petition)$/;

/** A title a place or body owns ("Kuwait's Oil Minister"): one holder, whom the article may name next. */
const OWNED_TITLE = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s/u;

/** Titles of rank and honorifics written before a name. */
const RANK = new RegExp(`^(?:${RANK_TITLE_PATTERN}|${HONORIFIC_PATTERN})$`);

/**
 * "Kuwait's Oil Minister, in remarks published today, said …. Sheikh Ali al-Khalifa al-Sabah was quoted … as
 * saying": a title a place or body owns, brought in as a speaker, is the person the very next sentence opens on
 * and has speak, unless that person holds another title; "the minister said" later is theirs.
 */
function namedNext(introduced: AttributionContext['speakers'][number], head: string, ctx: AttributionContext): { speaker: string; kind: SpeakerKind } | null {
  if (introduced.who !== 'person' || introduced.plural || !OWNED_TITLE.test(introduced.speaker)) return null;
  const next = ctx.sentences.get(introduced.sentence + 1) ?? '';
  const spoke = ctx.speakers.find(
    (s) =>
      s.sentence === introduced.sentence + 1 && !s.inner && !s.plural && s.who === 'person' && /^\p{Lu}/u.test(s.speaker) && looksLikePersonName(s.speaker),
  );
  // The sentence opens on them, after nothing or the title itself ("Oil Minister Sheikh Ali"), and says
  // nothing of where they are from ("Ann Lee of Salomon Brothers" is someone else).
  const at = spoke ? next.indexOf(spoke.speaker) : -1;
  // A title of rank the cast keeps apart from the name ("Sheikh Ali al-Khalifa al-Sabah") stands before it as well.
  const before = at < 0 ? [] : (next.slice(0, at).match(/[\p{L}'’-]+/gu) ?? []).filter((w, i, all) => i < all.length - 1 || !RANK.test(w));
  if (!spoke || at < 0 || (before.length > 0 && before.at(-1)!.toLowerCase() !== head)) return null;
  if (/^\s*(?:,|\(|of\s|from\s|at\s|with\s)/u.test(next.slice(at + spoke.speaker.length))) return null;
  const roles = ctx.cast.find(spoke.speaker).find((p) => p.person.name === spoke.speaker)?.person.roles ?? [];
  return roles.every((r) => RANK.test(r) || r.toLowerCase().split(/\s+/).at(-1) === head) ? { speaker: spoke.speaker, kind: 'named' } : null;
}

/** The one person this article names (not by a role alias) whose role ends in the title's noun, or null. */
function titleHolder(head: string, description: string, ctx: AttributionContext): string | null {
  const qualifiers = description.split(/\s+/).slice(1, -1);
  // A body's name in the title ("the Royal Trust president") may be left out of the holder's role ("president
  // Michael Cornelissen"), when the sentence that names them names the body too ("Royal Trustco Ltd …").
  const bodyWords = qualifiers.filter((q) => /^\p{Lu}/u.test(q)).map((q) => new RegExp(`(?<![\\p{L}])${escapeRegExp(q)}`, 'iu'));
  const lowered = qualifiers.map((q) => q.toLowerCase());
  const title = description.split(/\s+/).slice(1).join(' ');
  const holders = new Set<string>();
  for (const text of ctx.sentences.values())
    for (const p of ctx.cast.find(text))
      if (
        !p.byRole &&
        p.person.roles.some((r) => {
          const words = r.toLowerCase().split(/\s+/);
          // A title of something ("U.S. Ambassador to GATT", "Secretary of State") ends on its head before the "of" or "to".
          const of = titleOfIndex(words);
          const own = of > 0 ? words.slice(0, of) : words;
          // A former holder ("former president") is not "the president", unless the title says so too; nor is a
          // shadow or a deputy ("Tory shadow chancellor Oliver Letwin" is not "the chancellor").
          if (words.some((w) => OTHER_HOLDER.test(w) && !lowered.includes(w)) || /\bex-/.test(r.toLowerCase())) return false;
          const inRole = lowered.every((q) => words.includes(q));
          // Only a role that says no more than the title ("president" for "the Royal Trust president", not "Tory leader" for "the Labour leader").
          const bodyNamed =
            bodyWords.length > 0 &&
            own.slice(0, -1).every((w) => lowered.includes(w)) &&
            qualifiers.every((q) => /^\p{Lu}/u.test(q) || /^(?:of|for|and|the)$/.test(q) || words.includes(q)) &&
            bodyWords.every((w) => w.test(text));
          // An office by another of its titles ("the premier" for a Prime Minister) is held as well.
          const sameTitle = officeOf(title) === officeOf(own.join(' '));
          return sameTitle || ((own.at(-1) === head || (LEADER.test(head) && HEAD_OF_BODY.test(own.at(-1)!) && bodyNamed)) && (inRole || bodyNamed));
        })
      )
        holders.add(p.person.name);
  return holders.size === 1 ? [...holders][0]! : null;
}

/** Words of a role that make its holder another than the title's ("former president", "deputy prime minister"). */
const OTHER_HOLDER = /^(?:former|ex|then|late|retired|shadow|deputy|assistant|vice)$/;

/** A title and what it is of, at or for ("the mayor of London", "the head of research at Boeing"); see KNOWN_BY_WORK for whom it is not. */
const TITLE_OF_SOMETHING = /^the\s+\S.*\s(?:of|at|for)\s+\S/i;

/** Words for whoever leads a body, whatever the title ("the UAW chief" of "UAW president Owen Bieber"). */
const LEADER = /^(?:chief|boss|leader|head)$/;
/** The titles of those who lead a body. */
const HEAD_OF_BODY = /^(?:president|chairman|chairwoman|chief|leader|head|boss)$/;

/**
 * "Jack Straw has attacked the decision …. The foreign secretary said …": a title no one of the story is named
 * with is the person the sentence before opens on, when the story gives them no role of their own, or one that says
 * only what they play for ("Amor, who will captain England …, was delighted …. "…," said the Gloucester fly-half",
 * Simon Amor being "England player").
 */
function untitledSubject(title: string, sentenceNumber: number, ctx: AttributionContext): string | null {
  if (!/^the\s/i.test(title) || !DEFINITE_SHORT_TITLE.test(title)) return null;
  const head = descriptionHead(title);
  for (const text of ctx.sentences.values())
    if (ctx.cast.find(text).some((p) => p.person.roles.some((r) => r.toLowerCase().split(/\s+/).at(-1) === head))) return null;
  // The one who spoke there ("…, Tony Blair has said. The prime minister said …"), else whom it opens on, perhaps after a
  // clause of its own ("Turning to critics' fears …, Mr Blair refused …. The prime minister conceded …").
  const before = ctx.sentences.get(sentenceNumber - 1) ?? '';
  const spoke = [
    ...new Set(ctx.speakers.filter((s) => s.sentence === sentenceNumber - 1 && !s.inner && s.who === 'person' && s.kind === 'named').map((s) => s.speaker)),
  ];
  const name = (spoke.length === 1 ? spoke[0] : null) ?? subjectOf(before.replace(OPENING_PARTICIPLE_CLAUSE, ''), ctx.articleCast);
  const person = name ? ctx.articleCast.find(name).find((p) => p.person.name === name)?.person : undefined;
  return person?.roles.every((r) => SIDE_MEMBER.test(r)) ? person.name : null;
}
/**
 * "the Gloucester fly-half", "the foreign secretary": a title after "the", two words before it at most, a team's or
 * place's among them.
 */
const DEFINITE_SHORT_TITLE = /^[Tt]he\s+(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+)\s+){0,2}\p{Ll}+(?:-\p{Ll}+)?$/u;
/** A role that says only whose side someone is on ("England player", "Ireland star"), which any title of theirs may add to. */
const SIDE_MEMBER = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:player|star|international)$/u;
/**
 * "… to advise Ms Jamieson on …. The minister said: …": a title in small letters whose words end the role of one person
 * only of the article so far ("Justice Minister"), named by name in the last few sentences, is that person.
 */
function soleHolder(title: string, sentenceNumber: number, ctx: AttributionContext): string | null {
  if (!/^the\s/i.test(title) || !DEFINITE_SMALL_TITLE.test(title)) return null;
  const words = title.toLowerCase().split(/\s+/).slice(1);
  const holds = (role: string) => {
    const held = role.toLowerCase().split(/\s+/);
    if (heldByAnother(role, title)) return false;
    return held.at(-1) === words.at(-1) && words.every((w) => held.includes(w));
  };
  const holders = new Map<string, boolean>();
  for (const [n, text] of ctx.sentences)
    for (const p of ctx.articleCast.find(text)) {
      if (!p.person.roles.some(holds)) continue;
      const byName = sentenceNumber - n <= RECENT && !/^the\s/i.test(text.slice(p.start, p.end));
      holders.set(p.person.name, (holders.get(p.person.name) ?? false) || byName);
    }
  const [only] = holders;
  return holders.size === 1 && only![1] ? only![0] : null;
}
/** A clause a participle opens before the sentence's subject ("Turning to critics' fears that …, "). */
const OPENING_PARTICIPLE_CLAUSE = /^\s*\p{Lu}\p{Ll}+ing\s[^,;:"“”]{1,120},\s*/u;
/** "the foreign secretary", "The chancellor": a title in small letters after "the", two words before it at most. */
const DEFINITE_SMALL_TITLE = /^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}+$/u;

/**
 * How a remembered speaker is known, for its label: the article's speakers are remembered as named
 * only when the cast knows them, but a name of capitalised words ("Qwest") is named all the same,
 * not an unnamed source; a description ("Mr Crosby's statement", "Labour MPs") stays one.
 */
export function rememberedKind(s: { speaker: string; kind: SpeakerKind }): SpeakerKind {
  const description = /^(?:An?|The|One|Some|Several|Two|Three)\s|(?:^|\s)MPs?$/u.test(s.speaker) || /(?<![\p{L}'’])\p{Ll}/u.test(s.speaker);
  return s.kind === 'anonymous' && /^\p{Lu}/u.test(s.speaker) && !description ? 'named' : s.kind;
}

/** Whether the article has named this person (not only by a role alias) up to this sentence. */
function namedInArticle(name: string, sentence: string, ctx: AttributionContext): boolean {
  const person = ctx.cast.find(name)[0]?.person;
  if (!person) return true;
  return [...ctx.sentences.values(), sentence].some((text) =>
    ctx.cast.find(text).some((p) => p.person === person && !/^the\s/i.test(text.slice(p.start, p.end))),
  );
}

/** Nouns that stand for a company, whatever its name ends in ("the company" of "Spectra-Physics Inc" or of "Bolt"). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'concern', 'exchange', 'bourse', 'corporation', 'partnership']);
/** Nouns that stand for a body of any kind ("the organisation" of "Reporters Without Borders"). */
const ANY_BODY_NOUNS = new Set(['organisation', 'organization']);
/** A body's name in capital letters only ("IPECODE", "NASD"), which tells nothing of its kind. */
const LETTERS_ONLY = /^\p{Lu}{2,8}$/u;
/** The kinds of body a name in capitals may be of: not a firm nor a writing ("the report" is no "GATT"). */
const LETTERED_KINDS = new Set([
  'institute',
  'council',
  'association',
  'federation',
  'organisation',
  'organization',
  'union',
  'agency',
  'chamber',
  'authority',
  'commission',
  'committee',
  'body',
]);
/** Whether the article writes a name in capitals among small letters: a wire headline's words ("SENATORS", "IRAQ") are no body's letters. */
function inProse(name: string, ctx: AttributionContext): boolean {
  const word = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u');
  return [...ctx.sentences.values()].some((text) => word.test(text) && /\p{Ll}{3}/u.test(text.replace(word, '')));
}
/** The body a spokesman speaks for ("a spokesman for Reporters Without Borders"). */
const SPOKE_FOR =
  /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:spokesman|spokeswoman|spokesperson)\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|&|Without|de)?\s*\p{Lu}[\p{L}'’&.-]*){0,5})$/u;
/** Words that name a public body, never a company. */
const PUBLIC_BODY =
  /(?<![\p{L}])(Ministry|Department|Council|Commission|Committee|Agency|Party|Government|Parliament|Court|Office|Authority|Association|Union|Federation)(?![\p{L}])/u;

/**
 * "the company said", "the bank added": the body the article has heard from most recently that the
 * noun fits (a company for "the company"; one whose name holds the noun, "… Bank", for the others).
 * A description with a name of its own ("the Hughes board") or one that brings a new body in ("a
 * Japanese company") is no pointer back.
 */
function bodyDescribed(description: string, head: string, sentenceNumber: number, ctx: AttributionContext): { speaker: string; kind: SpeakerKind } | null {
  if (!/^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}+$/u.test(description) || /^(?:a|an|one|another|other|some|several|many|two|three)\s/.test(description))
    return null;
  const named = holdsNoun(head);
  const fits = (name: string) => named.test(name) || ANY_BODY_NOUNS.has(head) || (COMPANY_NOUNS.has(head) && !PUBLIC_BODY.test(name));
  // A body's document ("Lone Star Inc's annual report") is not the body itself.
  const earlier = [...ctx.speakers].reverse().filter((s) => !s.plural && !/['’]s\s/u.test(s.speaker));
  const body = earlier.find((s) => s.who === 'body' && /^\p{Lu}/u.test(s.speaker) && fits(s.speaker));
  if (body) return { speaker: body.speaker, kind: 'named' };
  // None has spoken: the body a recent sentence was about ("American Motors Corp agreed …. The company said").
  const subject = ctx.bodies?.at(-1);
  return subject && fits(subject.name) && sentenceNumber - subject.sentence <= RECENT ? { speaker: subject.name, kind: 'named' } : null;
}

/** A body's name that holds a description's noun as a word of its own ("Atlantic Council" for "the council"). */
function holdsNoun(head: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${head}(?![\\p{L}])`, 'iu');
}

/**
 * A body that a description's noun may stand for though its name does not say so: one known only by its letters
 * ("IPECODE said …. The institute said"), of any kind; one that spoke through a spokesman ("A spokesman for
 * Reporters Without Borders …. The organisation said"). Read after the sources the article described by the noun
 * ("the United Auto Workers union" … "the union"), which say more.
 */
function bodyOfUnsaidKind(head: string, sentenceNumber: number, ctx: AttributionContext): { speaker: string; kind: SpeakerKind } | null {
  const earlier = [...ctx.speakers].reverse().filter((s) => !s.plural && sentenceNumber - s.sentence <= RECENT);
  const lettered = LETTERED_KINDS.has(head) ? earlier.find((s) => s.who === 'body' && LETTERS_ONLY.test(s.speaker) && inProse(s.speaker, ctx)) : undefined;
  if (lettered) return { speaker: lettered.speaker, kind: 'named' };
  const named = holdsNoun(head);
  const through = earlier.map((s) => SPOKE_FOR.exec(s.speaker)?.[1]).find((b) => b && (ANY_BODY_NOUNS.has(head) || named.test(b)));
  return through ? { speaker: through, kind: 'named' } : null;
}

/**
 * "Another said", "said one", "a third said": one more of the sources the article quoted last, if
 * they were described by a person's noun ("one arbitrageur", "analysts") a sentence or three
 * before, counted as written: "another arbitrageur". Someone else quoted since breaks the link.
 */
function oneMore(count: string, sentenceNumber: number, sentence: string, ctx: AttributionContext): { speaker: string; kind: SpeakerKind } | null {
  // The sources the cue's own sentence opens on come first, where it opens on no quote ("Most analysts dismissed the
  // rumours …, and one commented that it was "utter rubbish"").
  const here = /^\s*["“]/.test(sentence) ? null : pluralSourceOpening(sentence);
  if (here) return { speaker: `${count} ${here}`, kind: 'anonymous' };
  // "Western diplomatic sources were more blunt. "…," one said": the sources the sentence before opens on, quoted or not;
  // but those it is reported by come first ("Analysts see little chance of a cut, dealers said. "…," said one").
  const before = ctx.sentences.get(sentenceNumber - 1) ?? '';
  const introduced = pluralReporters(before) ?? pluralSourceOpening(before);
  if (introduced) return { speaker: `${count} ${introduced}`, kind: 'anonymous' };
  const last = ctx.speakers.at(-1);
  if (last?.kind !== 'anonymous' || last.who !== 'person' || sentenceNumber - last.sentence > RECENT) return null;
  const head = descriptionHead(last.speaker);
  const noun = PERSON_NOUNS.has(head) ? head : PERSON_NOUNS.has(singularOf(head)) ? singularOf(head) : null;
  return noun ? { speaker: `${count} ${noun}`, kind: 'anonymous' } : null;
}

/** A plural noun's singular: "sources" → source, "witnesses" → witness. */
function singularOf(noun: string): string {
  return /(?:ss|sh|ch|x)es$/.test(noun) ? noun.slice(0, -2) : noun.replace(/s$/, '');
}

/**
 * A sentence's opening few words, a plural noun and a verb after it ("Western diplomatic sources were more blunt"),
 * perhaps after a connective ("Nonetheless, U.S. officials see signs of improvement") or with where they are after the
 * noun ("Workers on the picket line were determined"): a verb in the past, or one of the present's that say what the
 * sources think.
 */
const PLURAL_OPENING =
  /^\s*(?:(?:Nonetheless|Nevertheless|However|Still|But|And|Yet|Meanwhile),?\s+)?(?:(?:The|Some|Several|Many|Most|Other|Two|Three)\s+)?((?:[\p{L}.-]+\s+){0,3}?)(\p{L}\p{Ll}*s)(?:\s+(?:on|at|in|from)\s+(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?)?\s+(?:were|are|had|have|also|\p{Ll}+ed|see|expect|believe|fear|think|agree|doubt|worry|feel)(?![\p{L}])/u;
/** Small words that put the noun in a phrase other than the subject ("In talks with bankers, …"). */
const NOT_SUBJECT_WORD = /^(?:of|in|on|at|for|with|by|from|to|and|or|but|as|after|before|that|which|who|when|if|while|the|a|an)$/i;

/** A sentence's closing reporting clause with a plural subject of persons (", dealers said.", ", diplomats reported today."). */
const PLURAL_REPORTERS =
  /,\s+(?:(?:some|several|many|other|two|three)\s+)?(?:[\p{L}.-]+\s+){0,2}?(\p{Ll}+s)\s+(?:said|say|reported|added|noted|told\s+\p{L}+)(?:\s+(?:today|yesterday|on\s+\p{Lu}\p{Ll}+))?[.!]?\s*$/u;

/** The singular noun of persons a sentence says reported it ("dealers" → "dealer"), or null. */
function pluralReporters(sentence: string): string | null {
  const m = PLURAL_REPORTERS.exec(sentence);
  const noun = m ? singularOf(m[1]!) : null;
  return noun && PERSON_NOUNS.has(noun) ? noun : null;
}

/**
 * The singular noun of persons a sentence opens on as its plural subject ("sources" → "source"), or null: a sources'
 * noun, or any the lexicon knows for people ("Workers on the picket line were determined …. "…," said one").
 */
function pluralSourceOpening(sentence: string): string | null {
  const m = PLURAL_OPENING.exec(sentence);
  if (!m) return null;
  const noun = singularOf(m[2]!.toLowerCase());
  const words = m[1]!.trim().split(/\s+/).filter(Boolean);
  const people = PERSON_NOUNS.has(noun) || lexiconTags(m[2]!).includes('Actor');
  return people && !words.some((w) => NOT_SUBJECT_WORD.test(w)) ? noun : null;
}
