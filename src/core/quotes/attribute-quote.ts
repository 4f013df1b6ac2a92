/** "according to X" straight after a quote's closing mark. */
const ACCORDING_AFTER = /^\s*,?\s*according to\s+([^,.;"“”]+)/i;
/** "is the dry assessment of X", "was the verdict of X" straight after a quote: the words are X's. */
const VERDICT_AFTER =
  /^\s*,?\s*(?:is|was)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:verdict|view|message|assessment|warning|opinion|reaction|response|advice|conclusion|judgement|judgment|prediction|diagnosis)\s+(?:of|from)\s+([^,.;"“”]+)/u;

/**
 * Attributes one quoted span, trying the common news frames in order:
 * A. a cue right after the quote ("…," the president said / said Sanders);
 * B. a cue before it in the same sentence (Sanders said that … "…"; aides said, "…");
 * C. a cue later in the sentence ("…" has his confidence, a spokeswoman said Thursday);
 * D. "according to X" or "quoted X as saying" in the sentence;
 * E. the attribution of the quote before it in the paragraph, or the one it runs on from;
 * F. the speaker of the sentence just before, for a quote that stands alone.
 * The recipient of "told the paper" is never the speaker: only the subject before "told" is read.
 */
import { HONORIFIC_PATTERN } from '../text/honorifics.js';
import { normalizeTypography } from '../ingest/normalize-typography.js';
import type { CastLookup } from '../people/cast-lookup.js';
import { CUE, accordingTo, cueMatches, describedBy, describedInRelative, nounCue, quotedAsSaying } from './speech-cues.js';
import {
  BODY_NOUNS,
  KNOWN_BY_WORK,
  PERSON_NOUNS,
  describedSubject,
  descriptionHead,
  readSpeaker,
  subjectBefore,
  type SpeakerKind,
  type SpeakerReading,
  WIRE_TICKER,
  isNationalDescription,
} from './speaker-phrase.js';
import { PARENTHETICAL_CUE, calledByGivenName, fitsPronoun, genderOf, resolvePronoun, subjectOf } from './resolve-pronoun.js';
import { looksLikePersonName } from './unknown-name.js';
import { passiveAgent } from './passive-agent.js';
import type { Antecedents } from './resolve-pronoun.js';
import { maskAbbreviations, unmaskAbbreviations } from './abbreviations.js';
import { rememberedKind, settleSpeaker } from './settle-speaker.js';
import { isRoleHead, isRoleWord } from '../people/roles.js';
import { sameOffice } from '../people/office-titles.js';
import { typoDistance } from '../text/edit-distance.js';
import { baseForm } from '../index/irregular-forms.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { lexiconTags } from '../text/nlp.js';

/** Who said a quote, how that was found out, and the cue words. */
export interface Attribution {
  speaker: string;
  kind: SpeakerKind;
  cue: string;
  /**
   * Read from a statement noun ("a claim by X that") or an answer ("came the reply"): the words are
   * reported, or a speaker's aside, so no later quote runs on from them.
   */
  reported?: true;
}

/** What the rules read around a quote. */
export interface QuoteSurroundings {
  /** The quoted words. */
  text: string;
  /** Text of the quote's sentence before the quote (after any earlier quote). */
  before: string;
  /** Text after the quote to the end of its sentence (before any later quote). */
  after: string;
  /** The whole sentence(s) the quote stands in, quotes included. */
  sentence: string;
  sentenceNumber: number;
  /** The attribution of the previous quote of the paragraph, or of the quote this one runs on from. */
  previous: Attribution | null;
  /** Read again from the sentence's start, earlier quotes of the sentence blanked out in `before`. */
  fromSentenceStart?: true;
}

/** The article-level knowledge attribution draws on. */
export interface AttributionContext extends Antecedents {
  cast: CastLookup;
  /** The cast as this article knows it: a role ("the president") only for someone it names, for pronouns to resolve to. */
  articleCast: CastLookup;
  outlets: string[];
  /** Titles the article has already shown whom they stand for ("the chancellor" for Gordon Brown), by their words in small letters. */
  titleHolders?: Map<string, string>;
}

const PHRASE = `([^,.;:!?"“”‘’]{1,80}?)`;
/** A speaker right after a quote is short: ten words at most ("Senate Democratic Leader Robert Byrd of West Virginia"). */
const SHORT_PHRASE = `((?:[^\\s,.;:!?"“”‘’]+\\s+){0,9}?[^\\s,.;:!?"“”‘’]+)`;
/** A clause opened by a conjunction ("…", but he believes …) is a new statement, not the quote's cue. */
/** Copy sometimes sets a comma between the subject and its verb ("…," Ann Lee from the Acme Association, told the BBC). */
const AFTER_SUBJECT_FIRST = new RegExp(
  `^\\s*[,!?:;—-]*\\s*(?!(?:but|and|while|whereas|although|though|because|as|so|yet|or|if|when)\\s)${SHORT_PHRASE},?\\s+(${CUE})(?![\\p{L}])`,
  'iu',
);
/**
 * A passive verb, or a participle after a comma or a noun ("in a move branded a "…" by the Tories"), that names something
 * by the quote, perhaps after other quotes it names it by ("described as "…" and "'); an article may come between.
 */
const DESCRIBED_AS_BEFORE =
  /(?:(?<![\p{L}])(?:was|were|been|being|is|are|be)\s+|,\s*|(?<=(?<![\p{L}])(?:a|an|the|this|that|its|his|her|their)\s+\p{Ll}+)\s+)(?:\p{Ll}+ly\s+)?(?:described|dubbed|branded|labell?ed|hailed|billed|called|condemned|termed|deemed)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?:["“][^"“”]*["”]\s*(?:,|and)\s*)*["“]?\s*$/u;
/** "by" and its agent straight after the quote, perhaps after more quotes joined to it ("…" and "strange and eerie" by scouts). */
const BY_AFTER_QUOTES = /^\s*["”]?(?:\s*(?:,|and)\s*["“][^"“”]*["”])*\s+by\s+([^,.;:!?"“”]{1,60})/u;
/** The agent of a passive that names something by the quote, read across the sentence's other quotes, or null. */
function namedByAgent(q: QuoteSurroundings): string | null {
  if (!/\sby\s/.test(q.sentence)) return null;
  const sentence = normalizeTypography(q.sentence);
  const quote = normalizeTypography(q.text);
  const at = sentence.indexOf(quote);
  if (at < 0 || !DESCRIBED_AS_BEFORE.test(sentence.slice(0, at))) return null;
  return BY_AFTER_QUOTES.exec(sentence.slice(at + quote.length))?.[1] ?? null;
}

/** A full stop inside a word, as in a web address ("editor of Computerandvideogames.com"): no end of a description. */
const DOT_IN_WORD = '(?<=\\p{L})\\.(?=\\p{L})';
/** "…," Vincent Koen, a senior economist with the OECD, told the BBC: a name, its description between commas, the cue. */
/** Copy often drops the comma that closes the description ("…," Alois Rhiel, its minister for economic affairs added). */
/**
 * A second description may follow, of what the first names ("…," Mark Olson, president of the ABA, the largest U.S. bankers group, said),
 * and a third, or another post joined by "and" ("…," Charles Siess Jr, vice chairman of Marathon Manufacturing Co, a subsidiary of USX
 * Corp, and chairman of the National Ocean Industries Association, said), or one of a kind ("…," Richard Doherty, from
 * Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray, told the BBC).
 */
const AFTER_APPOSITIVE = new RegExp(
  `^\\s*[,!?:;—-]*\\s*${SHORT_PHRASE}\\s*,\\s*((?:[^,.;:!?"“”]|${DOT_IN_WORD}){1,100}?(?:,\\s+(?:(?:and\\s+)?(?:a|an|the|one\\s+of)\\s+|and\\s+)(?:[^,.;:!?"“”]|${DOT_IN_WORD}){1,60}?){0,2}),?\\s+(${CUE})(?![\\p{L}])`,
  'iu',
);
/**
 * The description may end in a firm's name with commas of its own ("…," Buchheit, a partner with Cleary, Gottlieb,
 * Steen and Hamilton, told a conference): after each comma, capitalised words (perhaps joined by "and") go on
 * with it. Read with case, so that a lower-case clause after a comma never does.
 */
const AFTER_APPOSITIVE_FIRM = new RegExp(
  `^\\s*[,!?:;—-]*\\s*${SHORT_PHRASE}\\s*,\\s*((?:[^,.;:!?"“”]|${DOT_IN_WORD}){1,100}?(?:,\\s+\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:and|&)\\s+)?\\p{Lu}[\\p{L}'’&-]*)*)+),?\\s+(${CUE})(?![\\p{L}])`,
  'u',
);
const AFTER_CUE_FIRST = new RegExp(`^\\s*[,!?:;—-]*\\s*(${CUE})\\s+${PHRASE}(?=$|[,.;:!?])(?:,\\s+${SHORT_PHRASE}\\s*(?=$|[,.;:!?]))?`, 'iu');
/**
 * "…," said Merrill Lynch analyst Thomas Kurlack of the two key memory chips; "…," said another official following
 * an assessment: after an inverted cue, the speaker may be followed by what they spoke of or when, cut off at its
 * preposition or participle. Read only when the whole phrase names no one.
 */
const AFTER_CUE_ADJUNCT = new RegExp(
  `^\\s*[,!?:;—-]*\\s*(${CUE})\\s+${SHORT_PHRASE}\\s+(?:of|about|on|over|following|after|during|at|in|when|while|before)\\s`,
  'iu',
);
/**
 * Or cut where a name says where its person is from ("…," said Dr David Gillingwater from the Transport Studies Group
 * at …), not a description ("wrote analysts from Citigroup Smith Barney in a note" is the analysts'). Case-sensitive, for
 * the capital.
 */
const AFTER_CUE_FROM = new RegExp(`^\\s*[,!?:;—-]*\\s*(${CUE})\\s+${SHORT_PHRASE}(?<=\\p{Lu}[\\p{L}'’-]*)\\s+from\\s`, 'u');
/**
 * "…," Ministry of International Trade and Industry (MITI) director general Noboru Hatakeyama told reporters: a
 * title too long for a speaker's phrase, read only when it ends in the name of someone the story knows.
 */
const AFTER_LONG_TITLE = new RegExp(`^\\s*[,!?:;—-]*\\s*((?:[^\\s,.;:!?"“”‘’]+\\s+){10,17}[^\\s,.;:!?"“”‘’]+)\\s+(${CUE})(?![\\p{L}])`, 'iu');
/** A subject that ends on a verb of being, before a participle that is its passive ("… were told"), read in its last words. */
const PASSIVE_SUBJECT = /(?<![\p{L}])(?:was|were|is|are|be|been|being)\s*$/u;
/** A relative clause, whose own verb of being that is ("one official who claimed firms were"). */
const RELATIVE_WORD = /(?<![\p{L}])(?:who|whom|whose|which|that)\s/u;
/** After a quote, someone brought in unnamed in up to twenty words, and their cue verb, ending the sentence. */
const OWN_CLOSING_CUE =
  /^\s*[,!?:;—-]*\s*(?:an?|one|another)\s+(?:[^\s,;:!?"“”‘’]+\s+){1,20}(?:said|says|told|added|adds|commented|explained|noted)(?:\s+(?:reporters|Reuters|the\s+\p{Lu}\p{L}*))?\s*[.!]?\s*$/u;
/** A name alone after a quote, ending the sentence: a title and a surname, or up to three capitalised words. */
const LONE_NAME = new RegExp(String.raw`^\s*,?\s*((?:(?:${HONORIFIC_PATTERN})\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*\.?\s*$`, 'u');
/** An inverted cue right after the closing mark, with no comma between ("…" said analyst Ann Lee). */
const BARE_INVERSION = /^\s+(?:said|says|say|added|adds|told|asked|explained|commented|remarked|stressed|warned)\s+(?!(?:that|it)\b)/u;
const BARE_SPEECH_WORDS = 5;
const BARE_SUBJECT =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|he|she|they|(?:one|another|an?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(?:said|says|added|adds|told)\b/u;
/** The verbs of speech written before their speaker in an aside: not one that takes an object ("told Reuters he …"). */
const ASIDE_VERB =
  /^(?:said|says|added|adds|argued|argues|suggested|suggests|noted|notes|insisted|insists|claimed|claims|warned|warns|explained|explains|admitted|admits|believes|believed|reckons|reckoned)$/;
/**
 * After such a verb, its speaker (a name, or a description with its article) and the comma that closes the aside, then
 * the sentence going on in small letters to the quote.
 */
const ASIDE_INVERSION = /^\s+((?:\p{Lu}|(?:the|a|an|one|another)\s)[^,;:"“”]{1,80}?),\s+\p{Ll}[^,;:"“”]*["“‘]?\s*$/u;
/**
 * After a cue verb that opens its sentence, the speaker's few words and the colon that brings the quote in; the
 * speaker may be described by a relative clause of their own ("Said another Chrysler official who is not part of the talks but …:").
 */
// (SHORT_PHRASE's own brackets are taken off, so that the relative clause joins its group.)
// A participle clause may describe them too, and a comma bring the quote in ("Said a foreign lawyer, referring to the crisis …, "…"").
const OPENING_INVERSION = new RegExp(
  `^\\s+(${SHORT_PHRASE.slice(1, -1)}(?:,?\\s+(?:who|whose)\\s[^:;"“”]{1,160}|,\\s+\\p{Ll}[^:;,"“”]{1,100})?)(?:\\s*:|(?:,\\s+\\p{Ll}+ing\\s[^:;"“”]{1,200})?\\s*,)\\s*$`,
  'u',
);
/** "(D-Okla.)", "(R-Kan)" after a name, with a stray full stop a wire sometimes sets after it ("(D-Tex.). told Reuters"). */
const PARTY_AND_STATE = /\s*\((?:D|R|I|Ind)-\s?\p{Lu}[\p{L}. ]{0,14}\)(?:\.(?=\s+\p{Ll}))?/gu;
const INTERJECTED = /^(\s*[,!?:;—-]*\s*)(?!according\s)\p{Ll}+ing\s[^,.;:!?"“”]{1,60},\s*(?=\S)/u;
const LATER_CLAUSE = new RegExp(`,\\s*${PHRASE}\\s+(${CUE})(?![\\p{L}])`, 'giu');
/** ", said Juan Carlos Pugliese, speaker of…": the cue, then its subject (a name or a description, not "said in a statement"). */
const LATER_INVERSION = new RegExp(`,\\s*(${CUE})\\s+(?=\\p{Lu}|(?:the|a|an|one|another)\\s)${SHORT_PHRASE}(?=\\s*[,.;:]|\\s*$)`, 'gu');

/**
 * A passive verb of telling, its agent and the "that" that opens what it reports, the clause running on to the quote
 * with no cue of its own ("has been advised by First Boston Inc's <FBC> First Boston Corp that the investment banker is"),
 * or a colon that brings the words in ("she was told by Tony Blair:").
 */
const TOLD_BY =
  /(?<![\p{L}])(?:been|was|were|is|are|being|got|get)\s+(?:\p{Ll}+ly\s+)?(?:told|advised|assured|reassured|informed|notified|warned)\s+by\s+([^,;:"“”]{1,80}?)(?:\s+that\s+([^"“”]*)|\s*:\s*)$/u;
/**
 * A writing, where it appeared perhaps, "from" and its sender's name, and a participle that gives its words, right
 * before the quote ("A stark message has appeared on the site from the MPAA warning").
 */
const WRITING_FROM =
  /(?<![\p{L}])(?:message|statement|notice|letter|note|memo|e-?mail|sign|banner|advert|advertisement|poster|leaflet|text)s?\s(?:[^"“”;:.]{0,80}?\s)?from\s+((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}.&'’-]*){0,6})\s+(saying|warning|urging|telling|declaring|reading|announcing|asking)\s*(?:[,:]\s*)?(?:that\s+)?$/u;

/** The agent of a passive verb of telling whose reported clause the quote stands in, or null. */
function toldBy(before: string): string | null {
  const m = TOLD_BY.exec(before);
  if (!m || cueMatches(m[2] ?? '').length > 0) return null;
  return unmaskAbbreviations(m[1]!.replace(WIRE_TICKER, ''));
}

/** A passive of telling that brings the quote in ("she was told:", "they had been told that"). */
const TOLD_PASSIVE_BEFORE = /(?<![\p{L}])(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?told\s*(?::|,|that)?\s*$/u;

/** A cue in small letters straight after a quote's closing mark, then a capitalised speaker. */
const STOP_BEFORE_CUE = /^\s*(?:said|says|added|adds)\s+\p{Lu}/u;
/** A pronoun in small letters and its cue straight after a quote's closing mark. */
const STOP_BEFORE_PRONOUN_CUE = /^\s*(?:he|she|they)\s+(?:said|says|added|adds|told)(?![\p{L}])/u;

/** A sentence that opens on the question someone was asked, up to the quote, perhaps with who asked it ("Asked by a back-bencher for …"). */
const ASKED_OPENING = /^\s*Asked\s+(?:by\s+[^,;:"“”]{2,60}?\s+)?(?:if|whether|about|for|why|what|how|to|when|where)\b[^"“”;:]*$/u;

/** Attributes a quote from its surroundings, or null when nothing says who spoke. */
export function attributeQuote(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  // Abbreviations' full stops are masked so that "Sen. John McCain" or "a senior U.S. official" reads as one phrase.
  // A legislator's party and state after the name ("Sen. David Boren (D-Okla.) said") stand between it and the cue.
  const before = maskAbbreviations(normalizeTypography(q.before).replace(PARTY_AND_STATE, ''));
  // A participle clause set between the quote and its cue ("…," breaking its pattern, says Luckey) is left out.
  // A wire's stock ticker inside the speaker's phrase ("…," a Hitachi Ltd <HIT.T> spokesman said) is no part of it, and
  // its full stop would end the phrase.
  const after = maskAbbreviations(normalizeTypography(q.after).replace(PARTY_AND_STATE, '').replace(WIRE_TICKER, '')).replace(INTERJECTED, '$1');
  // "Asked if "the ball was in the Indians' court," he said, "Yes."": words quoted in the question are not the answer's,
  // whom the sentence goes on to name. Nor are they given to an asker it names ("Asked by a back-bencher for …"): a
  // speaker remembered there would take the answer's "she replied" from the one who answers.
  // (Not where the sentence has gone on to its answer: "Asked if …, one of the sources quoted Poehl as saying, "…"".)
  if (ASKED_OPENING.test(before) && cueMatches(before.replace(/^\s*Asked/, '')).length === 0 && !quotedAsSaying(before)) return null;
  // "researchers from Birkbeck College were told": a subject that ends on a verb of being has the cue for its passive
  // (but "Mr Blair is saying" goes on speaking).
  const read = (phrase: string, cue: string, offset: string) =>
    PASSIVE_SUBJECT.test(phrase.slice(-12)) && !/ing$/.test(cue.trim()) && !RELATIVE_WORD.test(phrase)
      ? null
      : (resolve(readSpeaker(unmaskAbbreviations(phrase), ctx.cast, ctx.outlets), cue.trim(), q, offset, ctx) ??
        namedBefore(phrase, cue, ctx) ??
        describedBack(unmaskAbbreviations(phrase), cue, q, ctx));

  // A. Cue right after the quote; an outlet there ("…," the Post reported) yields to a person cued before it.
  //    A quote that ends its sentence with a full stop is not attributed by what follows it.
  //    And a cue directly after a quote follows a comma, ? or ! (inside or outside the marks).
  // A quote that ends on a quote of its own ("She said, 'well, …,'" Yelling told) ends on the inner one's punctuation.
  const ending = q.text.replace(/(?<=[.,?!—-])['’]$/, '');
  const endsSentence = /\.$/.test(ending);
  const handsOver = /[,?!—-]$/.test(ending) || /^\s*[,?!—-]/.test(after);
  // Wire copy sometimes drops the comma before an inverted cue ("…the big trigger" said analyst Joseph
  // Phillippi): a saying verb straight after the closing mark hands the quote over all the same.
  const bareInversion = !handsOver && BARE_INVERSION.test(after);
  // Or before a name or a pronoun and its verb ("…cable televison systems" Redstone told Reuters, "…and machinery" he
  // said), when it is speech, not a
  // nickname or a phrase the speaker is asked about (Brian 'Head' Welch told; the "decapitation strategy" Lord Rennard said…).
  const bareSubject = !handsOver && BARE_SUBJECT.test(after) && q.text.split(/\s+/).length >= BARE_SPEECH_WORDS;
  // A full stop for the comma before a cue in small letters ("…this quarter." said Janco Partners analyst Martin
  // Pyykkonen) ends no sentence: no sentence opens on "said".
  const stopBeforeCue = endsSentence && STOP_BEFORE_CUE.test(after);
  // So does one before a pronoun in small letters and its cue ("We don't expect that to happen." he said).
  const stopBeforePronoun = endsSentence && STOP_BEFORE_PRONOUN_CUE.test(after);
  const afterCue = (re: RegExp) => {
    const bare =
      (bareInversion && re === AFTER_CUE_FIRST) ||
      (bareSubject && re === AFTER_SUBJECT_FIRST) ||
      (stopBeforeCue && re === AFTER_CUE_FIRST) ||
      (stopBeforePronoun && re === AFTER_SUBJECT_FIRST);
    const m = (endsSentence && !stopBeforeCue && !stopBeforePronoun) || !(handsOver || bare) ? null : re.exec(after);
    // A cue followed by a colon introduces the next quote ("…", Wenger added: "…"), not the one before it; a colon
    // inside what follows the speaker's name is a title's ("said Dr Alastair Brydon, author of the Analysys report: Pushing …").
    // A participle cue ("…", saying Mr Jackson would be welcomed) never stands before its speaker: the name after it is
    // what was said.
    const inverted = re === AFTER_CUE_FIRST || re === AFTER_CUE_ADJUNCT || re === AFTER_CUE_FROM;
    if (m && inverted && /ing$/i.test(m[1]!)) return null;
    return m && !/^\s*:\s*(?:["“‘']|$)/.test(after.slice(m[0].length)) ? m : null;
  };
  // The cue verbs before the quote, found once for rules A and B.
  const cues = cueMatches(before);
  const subjectFirst = afterCue(AFTER_SUBJECT_FIRST);
  const cueFirst = afterCue(AFTER_CUE_FIRST);
  // (The pattern reads case-blind: a description's "and" before a capital joins another name, "Ann Lee, and Bo Ray said".)
  const apposed = afterCue(AFTER_APPOSITIVE);
  const appositive = (apposed && !/,\s+and\s+\p{Lu}/u.test(apposed[2]!) ? apposed : null) ?? afterCue(AFTER_APPOSITIVE_FIRM);
  const adjunct = () => afterCue(AFTER_CUE_FROM) ?? afterCue(AFTER_CUE_ADJUNCT);
  const longTitle = () => (subjectFirst || appositive ? null : afterCue(AFTER_LONG_TITLE));
  const a =
    (subjectFirst ? (sentenceSubject(subjectFirst[1]!, before, cues, q, ctx) ?? read(subjectFirst[1]!, subjectFirst[2]!, '')) : null) ??
    (cueFirst ? cueThenRole(cueFirst, read, ctx) : null) ??
    (appositive ? apposedSpeaker(read(appositive[1]!, appositive[3]!, ''), () => read(appositive[2]!, appositive[3]!, ''), appositive[2]!, ctx) : null) ??
    speakerEndingPhrase(adjunct(), 2, 1, read, ctx, false) ??
    speakerEndingPhrase(longTitle(), 1, 2, read, ctx, true);
  if (a && a.kind !== 'outlet') return a;
  const answer = handsOver && !endsSentence && ANSWER.test(after) ? answerer(q, ctx) : null;
  if (answer) return answer;
  // "…as "unequivocal confirmation…," according to Gibson Gayle": the source named right after the
  // quote outranks a cue before it (what the motion emphasized is what Gayle says it did).
  const accordingAfter = handsOver && !endsSentence ? ACCORDING_AFTER.exec(after) : null;
  const named = accordingAfter ? read(accordingAfter[1]!, 'according to', '') : null;
  if (named && named.kind !== 'outlet') return named;
  // ""The electorate are keener …," is the dry assessment of Graham Lane": whose verdict the words are is who spoke.
  const verdictAfter = handsOver && !endsSentence ? VERDICT_AFTER.exec(after) : null;
  const judge = verdictAfter
    ? read(verdictAfter[1]!, verdictAfter[0].slice(0, verdictAfter[0].length - verdictAfter[1]!.length).replace(/^[\s,]+/, ''), '')
    : null;
  if (judge && judge.kind !== 'outlet') return judge;

  // "was "severely reprimanded" by the Football Association": the ruling is in the words of its agent.
  const agent = passiveAgent(q.text, before, after);
  const judged = agent ? read(agent, 'by', '') : null;
  if (judged && judged.kind !== 'outlet') return judged;

  // "later being described as "pretty damn average" by scouts who saw them live": words a passive names someone by are
  // its agent's, when read, and never the speaker quoted before.
  const namer = namedByAgent(q);
  if (namer) return read(maskAbbreviations(namer), 'by', '');

  // "It said the group has been advised by First Boston Corp that the investment banker is "…"": whoever the
  // passive verb of telling has for its agent spoke the clause it reports, not the one who passed it on.
  const teller = toldBy(before);
  const told = teller ? read(teller, 'told by', '') : null;
  if (told && told.kind !== 'outlet') return told;
  // "Another current member of the Cabinet says she was told: "…"": what someone was told, by no one the sentence
  // names, is not theirs.
  if (!teller && TOLD_PASSIVE_BEFORE.test(before)) return null;
  // "A stark message has appeared on the site from the MPAA warning "…"": a writing's words are its sender's.
  const sender = WRITING_FROM.exec(before);
  const sent = sender ? read(unmaskAbbreviations(sender[1]!), sender[2]!, '') : null;
  if (sent && sent.kind !== 'outlet') return sent;

  // B. Cue before the quote in the same sentence: the subject before the last cue verb.
  const cue = cues.at(-1);
  // Its subject is in its own sentence, though a quote left open made the sentence run on past a full stop ("…
  // in 2006. Klinsmann added: "…"" is not Lehmann's, whom the sentence before was about).
  const subjectText = cue ? unmaskAbbreviations(before.slice(sentenceOpening(before.slice(0, cue.index)), cue.index)) : '';
  const noun = ownedStatement(before, cue, q, ctx);
  if (noun) return noun;
  const written = writtenWords(before, cue, q, ctx);
  if (written) return written;
  // "He said …, which the network billed as its "…"": a relative clause between the cue and the quote, with a
  // subject and a verb of its own, frames the words as its subject's, not the cue's speaker's.
  const framed = cue ? framingRelative(before.slice(cue.index + cue[0].length)) : null;
  if (framed) return resolve(readSpeaker(unmaskAbbreviations(framed), ctx.cast, ctx.outlets), '', q, framed, ctx);
  // "Observes Mr Hadi: "…"", "Said Mr Fogg: "…"": a sentence that opens on its cue verb names the speaker after it.
  const opening = cue && subjectText.trim() === '' ? OPENING_INVERSION.exec(before.slice(cue.index + cue[0].length)) : null;
  const inverted = opening ? read(opening[1]!, cue![0].trim(), '') : null;
  if (inverted && inverted.kind !== 'outlet') return inverted;
  // "The ministers' comments, said Junya Tanase of JPMorgan in Tokyo, were "…"", "the government, suggests Mr Davies,
  // could act as a "middleman"": a cue set off by commas inside the sentence, its speaker after it, brings in the words
  // that follow.
  const aside =
    cue && subjectText.trim() !== '' && ASIDE_VERB.test(cue[0].trim()) && /,\s*$/.test(before.slice(0, cue.index))
      ? ASIDE_INVERSION.exec(before.slice(cue.index + cue[0].length))
      : null;
  const asideSpeaker = aside ? read(unmaskAbbreviations(aside[1]!), cue![0].trim(), '') : null;
  if (asideSpeaker) return asideSpeaker;
  const b = cue
    ? (reportedPronoun(before, cues, q, ctx) ??
      continuedPronoun(before, cues, q, ctx) ??
      reportedMind(before, cues, q, ctx) ??
      sharedSubject(before, cues, q, ctx) ??
      namedParticipleSubject(before, cue, q, ctx) ??
      describedOpeningSubject(before, cues, q, ctx) ??
      resolve(
        subjectBefore(subjectText, ctx.cast, ctx.outlets),
        cue[0].trim(),
        q,
        subjectText,
        ctx,
        unmaskAbbreviations(before.slice(cue.index + cue[0].length)),
      ) ??
      describedBackBefore(subjectText, cue[0], q, ctx) ??
      participleSubject(before, cues, q, ctx) ??
      describedParticipleSubject(before, cues, q, ctx) ??
      reportingSpeaker(before, cues, q, ctx))
    : null;
  // An outlet before or after the quote that "reports a union source as saying" it only passes the source's words on
  // ("The daily al-Riyadh reported Prince Sultan as saying: "…"").
  const reporter = b ?? a;
  const passedOn = reporter?.kind === 'outlet' ? quotedAsSaying(maskAbbreviations(normalizeTypography(q.sentence))) : null;
  const source = passedOn ? read(passedOn, 'as saying', '') : null;
  if (source && source.kind !== 'outlet') return source;
  if (b) return b;
  if (a) return a;
  // "…for the UK economy," Mr Bootle.: copy that lost the cue verb leaves the name alone after the quote.
  const lone = handsOver && !endsSentence ? LONE_NAME.exec(after) : null;
  const loneName = lone ? readSpeaker(lone[1]!, ctx.articleCast, ctx.outlets) : null;
  if (loneName?.kind === 'named' && loneName.start === 0 && ctx.articleCast.find(lone![1]!).length > 0) return resolve(loneName, '', q, '', ctx) ?? null;

  // C. A cue clause later in the sentence, its subject first or after it ("…" in talks, said Juan Carlos Pugliese).
  for (const m of endsSentence ? [] : after.matchAll(LATER_CLAUSE)) {
    const c = read(m[1]!, m[2]!, '');
    if (c) return c;
  }
  for (const m of endsSentence ? [] : after.matchAll(LATER_INVERSION)) {
    const c = read(m[2]!, m[1]!, '');
    if (c && c.kind !== 'outlet') return c;
  }

  // D. "according to X", "quoted X as saying".
  const sentence = maskAbbreviations(normalizeTypography(q.sentence));
  const according = accordingTo(sentence);
  const d = according ? read(according.phrase, 'according to', '') : null;
  if (d) return d;
  const quoted = quotedAsSaying(sentence);
  const d2 = quoted ? read(quoted, 'quoted as saying', '') : null;
  if (d2) return d2;
  // Only the words before the quote: the frame introduces it ("was described by Jobs as "…"").
  const describer = describedBy(before);
  const d3 = describer ? read(describer, 'described by', '') : null;
  if (d3) return d3;
  const relative = describedInRelative(before);
  const d4 = relative ? read(relative, 'described as', '') : null;
  if (d4 && d4.kind !== 'outlet') return d4;

  // "In a statement, it said: "…"": an "it" nothing read so far stands for is a body's, whom an earlier
  // cue of the sentence may name; it never hands the quote to a person quoted before.
  const it = cue ? itAsSubject(subjectText, before, cues, q, ctx) : null;
  if (it) return it.body;

  // "…," it said: the quote has a cue of its own whose "it" nothing read stands for; it is a body's,
  // never the person who spoke before (a sentence in between may have named them only as its object).
  if (subjectFirst && /^\s*it\s*$/i.test(subjectFirst[1]!)) return null;
  // "…," one delegate from a major producer commented: a cue that closes the sentence has someone brought in unnamed
  // for its subject, someone no rule could read; not the person who spoke before.
  if (handsOver && !endsSentence && OWN_CLOSING_CUE.test(after)) return null;

  // "Vargas does not mention …, simply adding in a PS: "…"": a quote a colon brings in, or a deed told, in a sentence
  // a person opens as its subject, is theirs, though no verb of speech says so; not the previous quote's speaker's.
  const introducer = cue ? null : (labelledSpeaker(before, q, ctx) ?? introducingSubject(before, q, ctx) ?? describedIntroducer(before, q, ctx));
  if (introducer === UNSETTLED) return null;
  if (introducer) return introducer;

  // E. The quote before it in the paragraph, or the one it runs on from, unless a sentence since
  //    turned to a speaker of its own.
  if (q.previous) return spokeSince(q, q.previous, ctx) ?? introducedSince(q, q.previous, ctx) ?? q.previous;

  // F. A quote standing alone after a sentence whose subject spoke ("Mr Lee believes …. "…""), a paper too
  //    (""…," Pravda said. "…"").
  const last = ctx.speakers.at(-1);
  const paper = ctx.outletSpeakers?.at(-1);
  if (
    paper &&
    paper.sentence === q.sentenceNumber - 1 &&
    paper.sentence > (last?.sentence ?? -1) &&
    !askedByWriter(q, ctx) &&
    !wordingInWritersSentence(q, cue !== undefined, paper.speaker, ctx)
  )
    return { speaker: paper.speaker, kind: 'outlet', cue: '' };
  if (
    last &&
    last.sentence === q.sentenceNumber - 1 &&
    !askedByWriter(q, ctx) &&
    !wordingInWritersSentence(q, cue !== undefined, last.speaker, ctx) &&
    !calledByGivenName(last.speaker, q.text, ctx.cast.find(last.speaker).length > 0) &&
    !otherSubject(cue ? subjectText : '', last.speaker, ctx)
  )
    return { speaker: last.speaker, kind: rememberedKind(last), cue: '' };
  return (
    answerToWriter(q, ctx) ??
    pronounOpening(q, ctx) ??
    nameOpening(q, ctx) ??
    describedOpeningBefore(q, ctx) ??
    speakerAcrossAside(q, ctx) ??
    lastSpeakerNamedBefore(q, ctx)
  );
}

/** Where the last sentence of some words opens, after a full stop, "?" or "!" and a capital (abbreviations masked), or 0. */
function sentenceOpening(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)) at = m.index + m[0].length;
  return at;
}

/**
 * Whether the quote's own cue has a subject read but left unsettled that is someone other than the previous speaker:
 * another name ("Delhi stockbroker B. D. Aggarwal said, "…"" after brokers), an outlet, or a body or a document ("The
 * club website also reported that … "…"" after David Moyes). A pronoun, no subject at all ("But added:") or a
 * description of someone ("The Tory leader said:" after Michael Howard) goes on with them.
 */
function otherSubject(subjectText: string, lastSpeaker: string, ctx: AttributionContext): boolean {
  if (subjectText.trim() === '') return false;
  const own = subjectBefore(subjectText, ctx.cast, ctx.outlets);
  if (!own || own.kind === 'pronoun' || own.speaker === lastSpeaker) return false;
  const last = ctx.cast.find(lastSpeaker)[0]?.person;
  // A name guessed from the clause's opening words ("Fiscal revenue …, a drop which Hernandez said") is no subject to go by.
  if (own.kind === 'named') return !own.loose && (!last || ctx.cast.find(own.speaker)[0]?.person !== last);
  // A description of someone ("The pop star said it would be a "…"") is most often whom the sentence before was about;
  // a body's, a document's or an outlet's is someone else ("The club website also reported …").
  // So is a title that the one quoted before is known not to hold ("The mayor accused …" after Tony Blair, the prime minister).
  const head = descriptionHead(own.speaker);
  // An office only: "The pop star said" after Singer George Michael is still him.
  return own.kind === 'outlet' || BODY_NOUNS.has(head) || (own.kind === 'anonymous' && holdsOtherOffice(lastSpeaker, own.speaker, ctx));
}

/** Public offices, one holder at a time, which a description by its title names ("the mayor", "the chancellor"). */
const OFFICE = /^(?:mayor|president|minister|chancellor|governor|senator|secretary|treasurer|premier|ambassador|chairman|chairwoman|commissioner|speaker)$/;

/**
 * "In Paris, leading industrial nations agreed to … within ranges reflecting "underlying economic fundamentals" or
 * economic reality.": a few words quoted inside the writer's own sentence, with no cue on either side, are a term or
 * a document's wording, not more of what the last speaker said; unless the sentence is about that speaker ("He
 * rejected a "quick fix solution"", "Mr Kilroy-Silk … said "our country" was being "stolen from us"") or the words
 * are what the sentence claims.
 */
function wordingInWritersSentence(q: QuoteSurroundings, cued: boolean, lastSpeaker: string, ctx: AttributionContext): boolean {
  if (cued || q.text.trim().split(/\s+/).length > TERM_WORDS || !/\p{L}{3,}/u.test(q.before) || !/\p{L}/u.test(q.after)) return false;
  // Words a modal, "to" or a verb of being brings in ("Ken Livingstone should "stick to his guns"") are a claim, said by someone.
  if (cueMatches(q.after).length > 0 || PREDICATE_OPENS.test(q.before)) return false;
  const opening = q.sentence.slice(0, Math.max(0, q.sentence.indexOf(q.text)));
  const last = ctx.cast.find(lastSpeaker)[0]?.person;
  // A pronoun that can stand for the last speaker: a person's as the sentence's subject ("He rejected …", "Her members
  // …") and of their gender, not one of the things told ("placards bearing her photograph and the words "…""); for one
  // not in the cast, a firm's or a body's too ("It expects …"; "The United States presented its draft" is not about them).
  const pronoun = personPronounAbout(opening, lastSpeaker) || (last === undefined && BODY_PRONOUN_OPENING.test(opening));
  return !pronoun && !ctx.cast.find(opening).some((f) => f.person === last || f.person.name === lastSpeaker);
}

/**
 * Whether the words before a quote open on "he"/"she" as the sentence's subject, perhaps after a connective or a time
 * ("On Tuesday she called …"), or on "His"/"Her", that can stand for the person; not a pronoun inside a clause of
 * someone else's ("The woman she replaced called …", "When he arrived in Leeds, nurses chanted …").
 */
function personPronounAbout(opening: string, person: string): boolean {
  const m = SUBJECT_PRONOUN_OPENING.exec(opening) ?? POSSESSIVE_OPENING.exec(opening);
  // "Her photograph was carried on placards reading "…"": a thing of theirs that something is done to is what the sentence tells of.
  if (m && /^(?:his|her)$/i.test(m[1]!) && THING_DONE_TO.test(opening.slice(m.index + m[0].length))) return false;
  return m !== null && fitsPronoun(person, /^(?:he|his)$/i.test(m[1]!) ? 'he' : 'she');
}
/** A noun or two, then a verb in the passive ("photograph was carried", "home has been searched"). */
const THING_DONE_TO =
  /^\s+(?:\p{Ll}+\s+){1,2}(?:was|were|is|are|has been|have been|had been)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+en|shown|held|made|seen|set|put|hung|sent|brought|bought|sold|found|read|told)(?![\p{L}])/u;
/** A connective that may open a sentence before its subject ("But", "However,"). */
const CONNECTIVE = String.raw`(?:But|And|However|Meanwhile|Still|Yet),?\s+`;
const SUBJECT_PRONOUN_OPENING = new RegExp(
  String.raw`^\s*(?:${CONNECTIVE}|(?:Then|Later|Earlier|Today|Yesterday),?\s+)?(?:(?:On|In|At|By|Last|This|Earlier|Later)\s+(?:\p{L}+\s+){0,2}?\p{L}+,?\s+)?([Hh]e|[Ss]he)(?![\p{L}'’])`,
  'u',
);
const POSSESSIVE_OPENING = new RegExp(String.raw`^\s*(?:${CONNECTIVE})?([Hh]is|[Hh]er)(?![\p{L}])`, 'u');
const BODY_PRONOUN_OPENING = new RegExp(String.raw`^\s*(?:${CONNECTIVE}(?:it|its|they|their)|It|Its|They|Their)(?![\p{L}])`, 'u');
const TERM_WORDS = 4;
const PREDICATE_OPENS = /(?<![\p{L}])(?:should|would|could|will|must|may|might|can|shall|to|is|are|was|were|be|been|being)\s*$/u;

/** Whether the sentence before a quote standing alone is the writer's own question, in no quote marks. */
function askedByWriter(q: QuoteSurroundings, ctx: AttributionContext): boolean {
  const previous = ctx.sentences.get(q.sentenceNumber - 1) ?? '';
  return normalizeTypography(q.before).trim() === '' && /\?\s*$/.test(previous) && !/["“”]/.test(previous);
}

/**
 * "So is UKIP's job to destroy the Tories, as former member Robert Kilroy-Silk once notoriously declared? "No. …"":
 * a quote that answers the writer's question is the words of whom the writer is asking, the person quoted just
 * before the question, not of one the question names.
 */
function answerToWriter(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (!askedByWriter(q, ctx)) return null;
  const before = [...ctx.speakers].reverse().find((s) => s.sentence < q.sentenceNumber - 1 && s.sentence >= q.sentenceNumber - 4 && !s.inner);
  return before && before.who === 'person' && !before.plural ? { speaker: before.speaker, kind: rememberedKind(before), cue: '' } : null;
}

/** A sentence that opens on a description of someone by what they are and a cue verb ("The 31-year-old insisted he …"). */
const DESCRIBED_CUE_OPENING = new RegExp(`^\\s*((?:The|the)\\s+[^,;:"“”]{1,40}?)\\s+(${CUE})(?![\\p{L}])`, 'u');

/**
 * "But Kenteris has continually protested his innocence …. The 31-year-old insisted he will be happy if he is charged
 * …. "If a decision is taken …"": a quote standing alone after a sentence whose cue has a description of someone for
 * its subject is the words of whom that description stands for, the person the sentence before it is about.
 */
function describedOpeningBefore(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '' || normalizeTypography(q.after).trim() !== '') return null;
  const m = DESCRIBED_CUE_OPENING.exec(ctx.sentences.get(q.sentenceNumber - 1) ?? '');
  if (!m) return null;
  const description = m[1]!.replace(/^The\b/, 'the');
  return DEFINITE_PERSON.test(description) || isNationalDescription(description)
    ? describedBack(description, m[2]!, { ...q, sentenceNumber: q.sentenceNumber - 1 }, ctx)
    : null;
}

/**
 * A sentence that opens on a name and goes on with a small-letter word, its verb ("Mr Blair went on to …"),
 * perhaps after the firm the person is of ("Eli Wachtel of Bear, Stearns and Co was emphatic."): capitalised
 * words only, which may hold a comma or an "and" of the firm's name; or after a role set off by commas, not a relative clause
 * ("Graham Barlow, editor of Mac Format, understandably has a rather partisan viewpoint."). A phrase of the topic may
 * come first ("On this subject, Morris appears almost evangelical."), or a sentence adverb set off by its comma
 * ("However, Mr Negroponte has adapted the idea …").
 */
const NAME_OPENING = new RegExp(
  String.raw`^\s*(?:(?:And|But|Then)\s+|(?:However|Meanwhile|Still|Now),\s+)?(?:(?:On|In|For|At|Of|By)\s+(?:this|that|these|those|the|his|her|their)\s+\p{Ll}+,\s+)?((?:(?:${HONORIFIC_PATTERN})\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+(?:of|at|from)\s+\p{Lu}[\p{L}'’&.-]*(?:,?\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}'’&.-]*){0,4})?(?:,\s+(?!(?:which|who|whose|that|where|when)\s)\p{Ll}[^,;:"“”]{1,60},)?\s+(?!(?:of|and|or|for|in|at|on|to|with|from|who|which|whose)\s)(?:\p{Ll}+ly\s+)?\p{Ll}`,
  'u',
);

/**
 * "Mr Blair went on to attack the Tory plans. "So now we have a choice …"": a quote standing alone after a
 * sentence of its paragraph that opens on one person's name as its subject, names no one else and cues
 * nobody, is that person's words, as after "He went on …" (pronounOpening). Words that speak of the
 * person by name are someone else's about them.
 */
function nameOpening(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '' || normalizeTypography(q.after).trim() !== '') return null;
  const previous = ctx.sentences.get(q.sentenceNumber - 1) ?? '';
  const name = NAME_OPENING.exec(previous)?.[1];
  if (!name || /["“”]/.test(previous) || cueMatches(previous).length > 0) return null;
  const people = ctx.articleCast.find(previous).filter((p) => !p.possessive);
  const person = people[0]?.person;
  // Others may be named only in a clause the sentence goes on to about something else ("Mauresmo spent five weeks at
  // number one after the US Open before injury ushered Davenport back in front.").
  const subordinate = people[0] ? SUBORDINATOR.exec(previous.slice(people[0].end)) : null;
  const clauseAt = subordinate ? people[0]!.end + subordinate.index : Number.POSITIVE_INFINITY;
  if (!person || people.some((p) => p.person !== person && p.start < clauseAt)) return null;
  // The name must be the sentence's opening words, not a name further on.
  if (people[0]!.start > previous.indexOf(name) + name.length) return null;
  const surname = person.name.split(/\s+/).at(-1)!;
  if (new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(q.text)) return null;
  return { speaker: person.name, kind: 'named', cue: '' };
}

/** A word that opens a clause of time or cause. */
const SUBORDINATOR = /(?<![\p{L}])(?:before|after|when|while|as|because|since|until|although|though)\s/u;

/**
 * "…and added that Finding Neverland had been lavished with nominations. Strong Oscar contenders Million Dollar
 * Baby and Sideways did not figure in the Bafta nominations. "There is a sense that this film is ours…"": a quote
 * standing alone after one sentence that names no one and cues nobody goes on from the person who spoke just
 * before that sentence.
 */
function speakerAcrossAside(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '' || normalizeTypography(q.after).trim() !== '') return null;
  const last = ctx.speakers.at(-1);
  const gap = last ? q.sentenceNumber - last.sentence - 1 : 0;
  if (!last || gap < 1 || gap > 2 || last.inner || last.plural || last.who !== 'person') return null;
  for (let n = last.sentence + 1; n < q.sentenceNumber; n++) {
    const aside = ctx.sentences.get(n) ?? '';
    // An aside about a writing ("The minutes of the meeting show how …") brings in the words quoted next.
    if (/["“”]/.test(aside) || ctx.articleCast.find(aside).length > 0 || looksLikeNamedSpeech(aside) || WRITING.test(aside)) return null;
  }
  return { speaker: last.speaker, kind: rememberedKind(last), cue: '' };
}

/** How many sentences back the last speaker may have spoken for a quote standing alone to go on with them. */
const LAST_SPEAKER_REACH = 3;

/**
 * ""…," said O'Connor. It looks a battle between himself and Leamy. Nonetheless, all O'Connor is concerned about is
 * making an impression. "Missing the Italian game was disappointing …"": a quote standing alone after a sentence that
 * names, of the cast, only the one who spoke last, a few sentences before, and cues no one, goes on with them.
 */
function lastSpeakerNamedBefore(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '' || normalizeTypography(q.after).trim() !== '') return null;
  const last = ctx.speakers.at(-1);
  if (last?.kind !== 'named' || last.inner || last.plural || q.sentenceNumber - last.sentence > LAST_SPEAKER_REACH) return null;
  const previous = ctx.sentences.get(q.sentenceNumber - 1) ?? '';
  if (/["“”]/.test(previous) || cueMatches(previous).length > 0 || WRITING.test(previous)) return null;
  const people = ctx.articleCast.find(previous);
  if (!people.some((p) => !p.possessive) || people.some((p) => p.person.name !== last.speaker)) return null;
  // Not one the quote speaks of by name ("McClaren got it right tonight") or by given name ("Steven is above money").
  const surname = escapeRegExp(last.speaker.split(/\s+/).at(-1)!);
  if (calledByGivenName(last.speaker, q.text, true) || new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(q.text)) return null;
  return { speaker: last.speaker, kind: 'named', cue: '' };
}

/** Nouns of a writing or a record whose words a quote may be. */
const WRITING =
  /(?<![\p{L}])(?:statement|letter|report|minutes|transcript|record|diary|memo|note|document|e-?mail|message|release|filing|paper|study|survey|speech|interview|book|article)s?(?![\p{L}])/iu;

/** A sentence with a pronoun or a cue verb of its own, which may bring in or stand for someone else. */
function looksLikeNamedSpeech(text: string): boolean {
  return /(?<![\p{L}'’])(?:he|she|they|him|her|them)(?![\p{L}'’])/iu.test(text) || cueMatches(text).length > 0;
}

/**
 * For a cue whose subject is "it" that nothing resolved: the body an earlier cue of the same sentence
 * has as subject ("The US government denied the claims, saying …. In a statement, it said"), or none.
 * Null when the subject is no "it".
 */
function itAsSubject(
  subjectText: string,
  before: string,
  cues: RegExpExecArray[],
  q: QuoteSurroundings,
  ctx: AttributionContext,
): { body: Attribution | null } | null {
  // The "it" right before the cue, not one inside the clause ("He pointed out that it was …. Mr Lee added:").
  if (!/(?<![\p{L}'’])it\s*$/iu.test(subjectText)) return null;
  const reading = subjectBefore(subjectText, ctx.cast, ctx.outlets);
  if (reading?.kind !== 'pronoun' || reading.pronoun !== 'it') return null;
  for (const earlier of cues.slice(0, -1).reverse()) {
    const text = unmaskAbbreviations(before.slice(0, earlier.index));
    const subject = subjectBefore(text, ctx.cast, ctx.outlets);
    if (subject?.kind !== 'anonymous' && subject?.kind !== 'named') continue;
    const body =
      subject.kind === 'anonymous'
        ? BODY_NOUNS.has(descriptionHead(subject.speaker))
        : ctx.cast.find(subject.speaker).length === 0 && !looksLikePersonName(subject.speaker);
    if (!body) continue;
    const settled = resolve(subject, earlier[0].trim(), q, text, ctx);
    if (settled) return { body: { ...settled, kind: 'pronoun' } };
  }
  // Only a person quoted before is kept from the words: a body may be what "it" stands for.
  const last = ctx.speakers.at(-1);
  const fallback = q.previous ?? (last && last.sentence === q.sentenceNumber - 1 ? { speaker: last.speaker, kind: rememberedKind(last) } : null);
  if (!fallback || !isPersonSpeaker(fallback, ctx)) return null;
  // "Mr Crosby's statement said: "…". It added: "…"": an "it" after a document goes on with its owner's words,
  // and one after a group someone leads ("An investor group led by George Soros said …. It said") with theirs.
  const recent = [q.sentence, ...[1, 2].map((k) => ctx.sentences.get(q.sentenceNumber - k) ?? '')];
  return recent.some((text) => DOCUMENT.test(text)) ? null : { body: null };
}

/** Whether a speaker is a person: one the cast knows, a name of a person's shape, or a description by a person's noun. */
/**
 * The speaker of "…," X, Y, said: X, unless X only describes the one Y names ("…," the minister, Michael
 * Howard, said): a person's name set off after a description is who spoke.
 */
function apposedSpeaker(first: Attribution | null, second: () => Attribution | null, secondPhrase: string, ctx: AttributionContext): Attribution | null {
  // "…," Levesque, Beaubien Inc bank analyst Donna Pulcine told Reuters: a firm's name cut at its own comma is no
  // speaker; the person whose name ends the words after the comma is, unless a relative clause holds that name.
  if (first?.kind === 'named' && !isPersonSpeaker(first, ctx) && !RELATIVE_WORD.test(secondPhrase)) {
    const named = second();
    const surname = named?.speaker.split(/\s+/).at(-1) ?? '';
    if (named?.kind === 'named' && isPersonSpeaker(named, ctx) && secondPhrase.trimEnd().endsWith(surname)) return named;
  }
  if (first?.kind !== 'anonymous') return first ?? second();
  const named = second();
  return named?.kind === 'named' && isPersonSpeaker(named, ctx) ? named : first;
}

function isPersonSpeaker(a: { speaker: string; kind: SpeakerKind }, ctx: AttributionContext): boolean {
  if (a.kind === 'anonymous') return PERSON_NOUNS.has(descriptionHead(a.speaker));
  return ctx.cast.find(a.speaker).length > 0 || looksLikePersonName(a.speaker);
}

/** Nouns of what a person may have written or may lead, which "it" may stand for. */
const DOCUMENT =
  /(?<![\p{L}])(?:statement|letter|report|communique|memo|note|article|book|column|blog|e-?mail|message|release|filing|document|paper|study|survey|speech|interview|group|consortium|partnership|coalition|campaign)s?(?![\p{L}])/iu;

/**
 * "…," said a Fifa spokesman. Verroken, a former director of UK Sport, insists the club was right.
 * "Chelsea are saying quite clearly …": a quote standing alone right after a sentence whose own cue
 * clause has a new speaker is theirs, not a run-on of the quote before that sentence. The sentence's
 * first cue is read, the main clause's, not a cue inside what it reports ("Lee said the club told him").
 */
function spokeSince(q: QuoteSurroundings, previous: Attribution, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '') return null;
  // Speakers are remembered in reading order: read back over the sentence just before (or the one before an aside)
  // to its first.
  let since: AttributionContext['speakers'][number] | undefined;
  let i = ctx.speakers.length - 1;
  // "Barbarians coach Bob Dwyer warned that …. Burger, 21, was recently crowned …. "It's his first year …"": one aside
  // that cues no one, quotes nothing and leaves the quote before unnamed lies between the newcomer and the quote.
  const aside = ctx.sentences.get(q.sentenceNumber - 1) ?? '';
  const across =
    ctx.speakers.at(-1)?.sentence === q.sentenceNumber - 2 &&
    !/["“”]/.test(aside) &&
    !looksLikeNamedSpeech(aside) &&
    !ctx.articleCast.find(aside).some((p) => p.person.name === previous.speaker);
  const from = q.sentenceNumber - (across ? 2 : 1);
  for (; i >= 0 && ctx.speakers[i]!.sentence === from; i--) {
    if (ctx.speakers[i]!.speaker === previous.speaker) return null;
    since = ctx.speakers[i];
  }
  // Only a person the cast knows, or one described by a person's noun ("a Fifa spokesman"), takes the
  // quote over: a body ("Sonaptic hopes …") or a title read as a name may be what its own speaker's words are about.
  if (!since || !(since.kind === 'named' || (since.who === 'person' && /^\p{Ll}/u.test(since.speaker)))) return null;
  // The same person under a shorter or misspelt name ("Mr Barrioneuvo says" after "Jose Barrionuevo") goes on speaking.
  const surname = (name: string) => name.split(/\s+/).at(-1)!;
  if (typoDistance(surname(since.speaker), surname(previous.speaker)) <= 1) return null;
  // The quote before must lie before that sentence, not in it.
  for (; i >= 0; i--) if (ctx.speakers[i]!.speaker === previous.speaker) return { speaker: since.speaker, kind: rememberedKind(since), cue: '' };
  return null;
}

/**
 * A person named as a sentence's subject, right at its start ("Saxon Spence lays …") or set off by
 * commas after a few words about them ("His friend, Saxon Spence, leader of …, lays …").
 */
const INTRODUCED_SUBJECT = /^\s*(?:(?:And|But)\s+)?(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+\p{Ll}+,\s*)?$/u;
/** A few words of a role that open the sentence before its subject's name ("US coach", "Arsenal manager"). */
const TITLE_OPENING = /^\s*(?:(?:And|But)\s+)?(?:[\p{L}.'’-]+\s+){1,3}$/u;

/**
 * "…. His friend, Saxon Spence, leader of Devon county Labour group, lays the blame … on one issue above
 * all others. "You cannot underestimate …"": a quote standing alone right after a sentence that brings in
 * someone new as its subject and cues nobody is that newcomer's, not a run-on of the
 * quote before that sentence. Only at their first naming in the article: someone named before may be
 * spoken about while the speaker goes on.
 */
function introducedSince(q: QuoteSurroundings, previous: Attribution, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '' || normalizeTypography(q.after).trim() !== '') return null;
  const aside = ctx.sentences.get(q.sentenceNumber - 1) ?? '';
  if (/["“”]/.test(aside) || cueMatches(aside).length > 0 || ctx.speakers.some((s) => s.sentence === q.sentenceNumber - 1)) return null;
  const people = ctx.articleCast.find(aside).filter((p) => !p.byRole);
  const person = people[0];
  if (!person || person.possessive || person.person.name === previous.speaker) return null;
  // The name may also follow a role the sentence opens on ("US coach Patrick McEnroe wants Roddick … to play more on
  // clay"), or a noun in small letters that describes the person as a role does ("Double try scorer Martyn Williams").
  const before = aside.slice(0, person.start);
  const lastBefore = before.trim().split(/\s+/).at(-1)!;
  const titled = TITLE_OPENING.test(before) && (isRoleWord(lastBefore) || describingNoun(lastBefore));
  if (!INTRODUCED_SUBJECT.test(before) && !titled) return null;
  // Set off by commas, the name must close its apposition; at the start or after a role, a verb in small letters
  // follows. Only after a role are others named after it its objects: a sentence that opens on a bare name and names
  // others may be a quote's own, run on from a paragraph before ("Matt Stevens had an awesome game, while …").
  const rest = aside.slice(person.end);
  if (person.start > 0 && !titled ? !/^\s*,/.test(rest) : !/^\s+\p{Ll}/u.test(rest)) return null;
  if (!titled && people.some((p) => p.person !== person.person)) return null;
  for (const [n, text] of ctx.sentences) if (n < q.sentenceNumber - 1 && ctx.articleCast.find(text).some((p) => p.person === person.person)) return null;
  const surname = person.person.name.split(/\s+/).at(-1)!;
  if (new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(q.text)) return null;
  return { speaker: person.person.name, kind: 'named', cue: '' };
}

/**
 * A noun of one who does something, in small letters ("scorer", "winner", "newcomer"), which may describe a person
 * before their name: no word the lexicon knows as anything but a noun ("after", "never").
 */
function describingNoun(word: string): boolean {
  return /^\p{Ll}+(?:er|or|ist)$/u.test(word) && lexiconTags(word).every((t) => t === 'Singular' || t === 'Noun' || t === 'Actor');
}

/**
 * "He finished with an appeal to activists. "One day …"": a quote standing alone after a sentence
 * that opens on "he" or "she" and cues nobody is the words of whom the pronoun stands for.
 */
function pronounOpening(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (normalizeTypography(q.before).trim() !== '') return null;
  const previous = ctx.sentences.get(q.sentenceNumber - 1) ?? '';
  const pronoun = /^\s*(?:(?:And|But|Then)\s+)?([Hh]e|[Ss]he)\s+\p{Ll}/u.exec(previous)?.[1]?.toLowerCase() as 'he' | 'she' | undefined;
  // Words that speak of "him" themselves are someone else's about him ("He had only played twice. "The tour would have made him"").
  const ownPronouns = pronoun === 'he' ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|hers|herself)\b/i;
  if (!pronoun || ownPronouns.test(q.text)) return null;
  const found = resolvePronoun(pronoun, q.sentenceNumber - 1, '', ctx.articleCast, ctx);
  return found ? { speaker: found.speaker, kind: 'pronoun', cue: '' } : null;
}

/** "…," came the response: the words answer someone. */
const ANSWER = /^\s*[,!?—-]*\s*came\s+(?:the|a|his|her|their)\s+(?:response|reply|answer|retort)\b/i;

/**
 * "Conti told the show's director: "…". "Oh no," came the response": the answer is from whom the
 * last few sentences spoke to, the listener of their last "told X:" or "asked X:".
 */
function answerer(q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const texts = [1, 2, 3].map((k) => ctx.sentences.get(q.sentenceNumber - k) ?? '');
  for (const text of [q.before, ...texts]) {
    const listener = [...normalizeTypography(text).matchAll(/\b(?:told|asked|tells|asks)\s+([^:,.;"]{1,50}?)\s*:/g)].at(-1)?.[1];
    if (listener === undefined) continue;
    const reading = readSpeaker(listener, ctx.cast, ctx.outlets);
    if (reading?.kind !== 'named' && reading?.kind !== 'anonymous') return null;
    const found =
      reading.kind === 'named'
        ? resolve(reading, 'came the response', q, '', ctx)
        : { speaker: reading.speaker, kind: 'anonymous' as const, cue: 'came the response' };
    return found ? { ...found, reported: true } : null;
  }
  return null;
}

/** Someone brought in unnamed ("a banker at the West German commercial branch of Sumito Bank Ltd in Duesseldorf"). */
const INDEFINITE_OPENING = /^(?:an?|one|another)\s/i;

/** Nothing but an honorific or a professor's title, standing before a name. */
const TITLE_ONLY = new RegExp(String.raw`^(?:(?:${HONORIFIC_PATTERN}|Prof)\.?\s+)?$`);
/**
 * The speaker a phrase cut out of the words after a quote names, when it names one that ends the phrase: a
 * person (or a description that is the whole phrase); with `known`, only someone the story knows, or a description
 * that brings someone in unnamed.
 */
function speakerEndingPhrase(
  m: RegExpExecArray | null,
  phraseGroup: number,
  cueGroup: number,
  read: (phrase: string, cue: string, offset: string) => Attribution | null,
  ctx: AttributionContext,
  known: boolean,
): Attribution | null {
  if (!m) return null;
  const phrase = unmaskAbbreviations(m[phraseGroup]!).trim();
  const reading = readSpeaker(phrase, ctx.cast, ctx.outlets);
  const ends =
    reading?.kind === 'named'
      ? (!known || ctx.cast.find(reading.speaker).length > 0) && phrase.endsWith(reading.speaker.split(/\s+/).at(-1)!)
      : reading?.kind === 'anonymous' &&
        (!known || INDEFINITE_OPENING.test(phrase)) &&
        reading.start === 0 &&
        phrase.toLowerCase().startsWith(reading.speaker.toLowerCase());
  if (ends) return read(m[phraseGroup]!, m[cueGroup]!, '');
  // A description is read whole, or up to the firm it ends on ("a banker at the West German commercial branch of Sumito
  // Bank", its "Ltd in Duesseldorf" left out).
  // "…," Dr Mark Tuffy games systems director at digital content firm THX told the BBC: copy that dropped the commas
  // round a description leaves the name the cast knows first, the description after it in small letters.
  const first = known ? ctx.cast.find(phrase)[0] : undefined;
  const opens = first && !first.possessive && TITLE_ONLY.test(phrase.slice(0, first.start));
  return opens && /^\s+\p{Ll}/u.test(phrase.slice(first.end)) ? read(phrase.slice(0, first.end), m[cueGroup]!, '') : null;
}

/**
 * "…," said Bolt's president, Mary Jones: after the cue, a role and then, set off by a comma, the
 * name of the person holding it, who is the speaker; a name first ("said Harold Green, chairman
 * of Bolt") is the speaker itself.
 */
function cueThenRole(
  m: RegExpExecArray,
  read: (phrase: string, cue: string, offset: string) => Attribution | null,
  ctx: AttributionContext,
): Attribution | null {
  const raw = (phrase: string) => readSpeaker(unmaskAbbreviations(phrase), ctx.cast, ctx.outlets)?.kind;
  const firstReading = readSpeaker(unmaskAbbreviations(m[2]!), ctx.cast, ctx.outlets);
  const first = firstReading?.kind;
  // A description the cast knows only by a role alias at its start ("said the chairman of the Commons education select
  // committee, Labour MP Barry Sheerman") is the name set off after it, not the story's other chairman.
  const byAlias = firstReading?.kind === 'named' && firstReading.roleAlias !== undefined;
  // A firm's name with a comma in it ("said Prescott, Ball and Turben analyst Bruce Lazier") is no
  // speaker: the name after its role that ends the phrase is.
  const firmName = /^\s*\p{Lu}[\p{L}'’-]*\s*$/u.test(m[2]!) && ctx.cast.find(m[2]!).length === 0 && m[3] !== undefined && splitFirmName(m[3]);
  // Nor is a body named only as whose the role is ("said Sumitomo Bank Ltd chief economist, Masahiko Koido").
  const role = /(?<![\p{L}])(\p{Ll}+)\s*$/u.exec(m[2]!)?.[1];
  const bodysRole = first === 'named' && role !== undefined && (PERSON_NOUNS.has(role) || isRoleHead(role));
  const apposed =
    m[3] && (firmName || bodysRole || byAlias || (first !== 'named' && first !== 'pronoun')) && raw(m[3]) === 'named' ? read(m[3], m[1]!, '') : null;
  return apposed ?? read(m[2]!, m[1]!, '');
}

/**
 * Whether a phrase goes on with a firm's name cut at its comma and ends in a name right after its
 * role ("Ball and Turben analyst Bruce Lazier"), not an apposition ("a partner of land agent Vigers").
 */
function splitFirmName(phrase: string): boolean {
  const word = /^\s*\p{Lu}.*?(?<![\p{L}])(\p{Ll}+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+\s*$/u.exec(phrase)?.[1];
  return word !== undefined && (PERSON_NOUNS.has(word) || isRoleHead(word));
}

/**
 * "Howard said a claim by Peter Hain that he is an "attack mongrel" …": a statement noun owned by a
 * name after the sentence's last cue verb reports the owner's words. Once its clause has held a quote
 * (blanked out when a later word is read from the sentence's start), what follows is the sentence's again.
 */
function ownedStatement(before: string, cue: RegExpExecArray | undefined, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const noun = nounCue(before);
  if (!noun || (cue && noun.index < cue.index + cue[0].length)) return null;
  const name = unmaskAbbreviations(noun.name);
  // Read in the raw text: typography's clean-up closes up the blanks.
  if (q.fromSentenceStart && / {3}/.test(q.before.slice(q.before.lastIndexOf(name)))) return null;
  const reading = readSpeaker(name, ctx.cast, ctx.outlets);
  const named = reading?.kind === 'named' || reading?.kind === 'outlet' ? reading : { kind: 'named' as const, speaker: name, start: 0 };
  const settled = resolve(named, before.slice(noun.index, noun.end).trim(), q, before.slice(0, noun.index), ctx);
  return settled ? { ...settled, reported: true } : null;
}

function resolve(reading: SpeakerReading | null, cue: string, q: QuoteSurroundings, before: string, ctx: AttributionContext, after = ''): Attribution | null {
  const settled = settleSpeaker(reading, q.sentenceNumber, q.sentence, before, ctx, after, q.text);
  return settled ? { ...settled, cue } : null;
}

/**
 * "the alliance said": a definite description whose noun ends the name of a speaker the article
 * introduced ("The Making Decisions Alliance … said") is that speaker.
 */
function namedBefore(phrase: string, cue: string, ctx: AttributionContext): Attribution | null {
  const head = /^\s*the\s+(\p{Ll}+)\s*$/u.exec(phrase)?.[1];
  if (!head) return null;
  const speaker = [...ctx.speakers].reverse().find((s) => /^\p{Lu}/u.test(s.speaker) && s.speaker.split(/\s+/).at(-1)!.toLowerCase() === head);
  return speaker ? { speaker: speaker.speaker, kind: 'named', cue: cue.trim() } : null;
}

/**
 * A definite description of someone by what they are ("the Sale player", "the former striker"): a noun of a
 * person's shape, one of a few nouns of what a player is ("the England captain", "the Wimbledon champion", "the top seed", "the Wales coach"), or their age ("the 34-year-old", "the youngster").
 */
const DEFINITE_PERSON =
  /^\s*the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:\p{Ll}[\p{L}-]*(?:er|or|ist|man|woman)|man|woman|MP|MEP|MSP|captain|star|champion|seed|athlete|coach|boss|veteran|youngster|teenager|\d+-year-old)\s*$/u;

/**
 * "Cueto was also puzzled as to why his try had been disallowed by Kaplan. "…," said the Sale player":
 * a description of someone by what they are, which reads as no one else, is the person the sentence
 * before is about: its speaker, or else the person it opens on as its subject.
 */
function describedBack(phrase: string, cue: string, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (!DEFINITE_PERSON.test(phrase) && !isNationalDescription(phrase)) return null;
  // A sentence before with a cue of its own ("…, Michael Howard has said.") is about its speaker.
  const spoke = [...ctx.speakers].reverse().find((s) => s.sentence === q.sentenceNumber - 1 && !s.inner);
  const described = phrase.trim().replace(/^The\b/, 'the');
  // Not one known to hold another office ("the UAW treasurer said" after UAW president Owen Bieber spoke).
  if (spoke && holdsOtherOffice(spoke.speaker, described, ctx)) return { speaker: described, kind: 'anonymous', cue: cue.trim() };
  // A body that spoke there is no one a member of a party or a parliament stands for ("… described as
  // "irresponsible" by the Islamic Human Rights Commission. "…," the Salford MP told"): whom the sentence is about
  // is read on. Any other description may be the body's ("the automaker said").
  const bodyBefore = spoke?.who === 'body' && isNationalDescription(described);
  if (spoke && !bodyBefore) return spoke.who === 'person' && !spoke.plural ? { speaker: spoke.speaker, kind: rememberedKind(spoke), cue: cue.trim() } : null;
  const subject = subjectOf(ctx.sentences.get(q.sentenceNumber - 1) ?? '', ctx.articleCast);
  if (subject && !holdsOtherOffice(subject, described, ctx)) return { speaker: subject, kind: 'named', cue: cue.trim() };
  // "He made a cameo appearance …. "…," said the Factory Records founder": whom that sentence's "he" stands for.
  const goesOn = pronounOpening({ ...q, before: '' }, ctx);
  if (goesOn) return { ...goesOn, cue: cue.trim() };
  // "Double Olympic champion Hicham El Guerrouj is set to …. But the Moroccan, who …, will not decide …. "…," said the
  // 30-year-old": a sentence before that opens on someone described hands on to whom the sentence before it is about.
  const earlier = opensOnDescribedPerson(ctx.sentences.get(q.sentenceNumber - 1) ?? '')
    ? subjectOf(ctx.sentences.get(q.sentenceNumber - 2) ?? '', ctx.articleCast)
    : null;
  if (earlier && !holdsOtherOffice(earlier, described, ctx)) return { speaker: earlier, kind: 'named', cue: cue.trim() };
  // "There is an ironic chuckle as he talks of …. "…," says the Waterford man": a man or a woman described by where they
  // are from is whom a "he" or "she" there would stand for.
  const gendered = /\swoman$/.test(described) ? 'she' : /\sman$/.test(described) ? 'he' : null;
  const meant = gendered ? resolvePronoun(gendered, q.sentenceNumber, '', ctx.articleCast, ctx) : null;
  if (meant?.kind === 'named') return { speaker: meant.speaker, kind: 'named', cue: cue.trim() };
  // Whom it stands for is not read, but the cue has a speaker of its own: the description, never a speaker
  // quoted before ("Minar, ranked 158th, … "For me, this was a big success," said the 20-year-old": not Hewitt).
  return { speaker: described, kind: 'anonymous', cue: cue.trim() };
}

/**
 * "Arsenal manager Arsene Wenger has signed a new deal. The 55-year-old Frenchman told the website: "…"": a description
 * that opens its sentence as the cue's whole subject stands for whom the sentence before is about, as after a quote.
 */
function describedBackBefore(subject: string, cue: string, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  // A conjunction that opens the sentence is no part of it ("And the striker said:").
  // Nor is a relative clause set off after it ("The Glasgow Kelvin MP, who was expelled from Labour, accused").
  const described = describeOpening(subject.replace(/^\s*(?:And|But|Yet)\s+(?=the\s)/, '').replace(/,\s+who\s[^,;:]*,\s*$/, ''));
  // Someone known by their work is the person before ("The star of Rain Man and Tootsie said"), whatever the work's
  // name; when none is found, the quote is left to the rules after this one, not to the bare "the star".
  const work = KNOWN_BY_WORK.exec(described);
  if (work) {
    const back = describedBack(work[1]!, cue, q, ctx);
    return back?.kind === 'anonymous' ? null : back;
  }
  // Not one that says whose it is ("The Labour Party leader said" after "Tory leader Michael Howard attacked the Labour
  // Party", "The Lib Dem leader said" after a sentence about the home secretary): the sentence before may name another.
  // One by their nation, party or seat says only that ("The West Virginia Democrat said", "The Glasgow Kelvin MP
  // accused").
  return /^\s*the\s/.test(described) && (bodyWords(described).length === 0 || isNationalDescription(described)) ? describedBack(described, cue, q, ctx) : null;
}

/** The capitalised words of a description that say whose it is ("the Labour Party leader"): no title's word, people's word or birthplace. */
function bodyWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}'’.&-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s?$/, ''))
    .filter((w) => !isRoleWord(w) && !isNationalDescription(`the ${w}`) && !/-(?:born|based|bred)$/.test(w) && !/^(?:The|New|Former|Acting)$/.test(w));
}

/** Whether a sentence opens on a description of someone, by what they are or their nation ("But the Moroccan, who …", "The star of Rain Man said"). */
function opensOnDescribedPerson(sentence: string): boolean {
  const words =
    /^\s*(?:(?:But|And|Yet|However|Meanwhile),?\s+)?[Tt]he\s+((?:[\p{L}\d'’-]+\s+){0,3}[\p{L}\d'’-]+)(?=[,\s])/u.exec(sentence)?.[1]?.split(/\s+/) ?? [];
  return words.some((_, i) => {
    const phrase = `the ${words.slice(0, i + 1).join(' ')}`;
    return DEFINITE_PERSON.test(phrase) || isNationalDescription(phrase);
  });
}

/** Whether a description is by an office that a person of the cast is known not to hold: they hold others only. */
function holdsOtherOffice(name: string, description: string, ctx: AttributionContext): boolean {
  const head = descriptionHead(description);
  const person = ctx.cast.find(name)[0]?.person;
  if (!OFFICE.test(head) || person === undefined || person.roles.length === 0) return false;
  // An office goes by more than one title: "the premier" is the prime minister, "the chairwoman" holds the chair.
  // One held no longer or only in second place ("Former Prime Minister Takeo Fukuda", "Deputy Prime Minister Shin
  // Kanemaru") is not "the premier", unless the description says so too.
  const lesser = /(?<![\p{L}])(?:former|ex|retired|late|deputy|vice|shadow|assistant)(?![\p{L}])/iu;
  const held = (r: string) => !lesser.test(r) || lesser.test(description);
  return !person.roles.some((r) => held(r) && (r.toLowerCase().includes(head) || sameOffice(description, r)));
}

/**
 * "Gobert said he believes the offer is "…"": a pronoun that is all the clause a cue reports before
 * its own cue stands for the subject of that first cue, whoever else spoke before the sentence.
 */
function reportedPronoun(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const [inner, outer, earlier] = [cues.at(-1), cues.at(-2), cues.at(-3)];
  if (!inner || !outer) return null;
  const between = before.slice(outer.index + outer[0].length, inner.index).replace(/^\s*that\s/i, ' ');
  // The outer cue's own subject: its clause starts after any cue before it.
  const from = earlier ? earlier.index + earlier[0].length : 0;
  // Its cues are found in the clause alone, not taken from the sentence's: the words before a cue tell it from a name, and the clause starts after the earlier cue.
  const clause = before.slice(from, outer.index + outer[0].length);
  return sentenceSubject(between, clause, cueMatches(clause), q, ctx);
}

/**
 * "The American Motors spokesman said he had not seen any indication …, although he added, "…"": a "he" or "she"
 * that a conjunction or a comma sets before the last cue goes on with the subject of the sentence's first cue.
 */
function continuedPronoun(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const inner = cues.at(-1);
  if (!inner || cues.length < 2) return null;
  const pronoun = /(?:,|(?<![\p{L}])(?:although|though|but|and|while))\s+(he|she)\s+(?:also\s+)?$/iu.exec(before.slice(0, inner.index))?.[1];
  return pronoun ? sentenceSubject(pronoun, before, cues, q, ctx) : null;
}

/** Verbs of a mind, not of speech: what someone hopes or believes is put in words by whoever reports it. */
const MIND_VERB = /(?:^|\s)(?:believes?|believed|thinks|thought|feels|felt|fears?|feared|hopes|hoped)$/i;
/** A clause of its own between two cues ("Lee said so; Jones hopes …", "…, but Jones hopes …"). */
const NEW_CLAUSE = /;|(?<![\p{L}])(?:but|while|whereas|although|and)\s/u;

/**
 * "He said that Royal Trust hoped to complete negotiations "before the end of this month"": a quote in
 * what a verb of the mind reports, that a verb of speech before it in the same clause reports in turn,
 * is in the words of the one who spoke, not of the one said to hope or believe.
 */
function reportedMind(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const inner = cues.at(-1);
  if (!inner || !MIND_VERB.test(inner[0].trim())) return null;
  const outer = cues
    .slice(0, -1)
    .reverse()
    .find((c) => !MIND_VERB.test(c[0].trim()));
  if (!outer || NEW_CLAUSE.test(before.slice(outer.index + outer[0].length, inner.index))) return null;
  const text = unmaskAbbreviations(before.slice(0, outer.index));
  const settled = resolve(subjectBefore(text, ctx.cast, ctx.outlets), outer[0].trim(), q, text, ctx);
  return settled && settled.kind !== 'outlet' ? settled : null;
}

/**
 * The subject of a relative clause that runs up to the quote and frames it ("…, which the network billed as its "…"",
 * "…, which he called "…""): "which" or "whom", a subject, a verb of its own (not "is" or "was"), perhaps "as" and a
 * determiner. Null when the words before the quote are no such clause.
 */
function framingRelative(tail: string): string | null {
  const m = FRAMING_RELATIVE.exec(unmaskAbbreviations(tail));
  return m && !/^(?:is|was|are|were|has|had|have)$/.test(m[2]!) ? m[1]! : null;
}
const FRAMING_RELATIVE =
  /(?:,\s*|\s)(?:which|whom)\s+((?:(?:the|a|an|its|his|her|their)\s+[^,;:"“”]{1,40}?)|he|she|they|it)\s+(\p{Ll}+(?:ed|s))(?:\s+(?:it|them))?(?:\s+as)?(?:\s+(?:its|their|his|her|the|a|an))?\s*$/u;

/** "…read, " or "…read: " right before the quote: what a notice or an advertisement says. */
const READ_CUE = /(?<![\p{L}])read\s*[,:]\s*$/u;

/**
 * "An advertisement placed in the newspapers by the Shipowners Association read, "…"": "read" is a
 * cue only right before the quote (elsewhere it is mostly reading); the words are its subject's, or
 * those of whom the subject is by.
 */
function writtenWords(before: string, cue: RegExpExecArray | undefined, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const m = READ_CUE.exec(before);
  if (!m || (cue && cue.index + cue[0].length > m.index)) return null;
  const text = unmaskAbbreviations(before.slice(0, m.index));
  return resolve(subjectBefore(text, ctx.cast, ctx.outlets), 'read', q, text, ctx);
}

/**
 * "Watanabe said progress was being made … and added that Japanese industry agreed with the government on …
 * "excessive" amounts": a cue inside the clause another reports ("added that …"), whose own subject is no one a
 * reader could name, leaves the words to the one who reports it.
 */
function reportingSpeaker(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const [inner, outer] = [cues.at(-1), cues.at(-2)];
  if (!inner || !outer) return null;
  const reported = /^\s*that\s(.*)$/su.exec(before.slice(outer.index + outer[0].length, inner.index))?.[1];
  if (reported === undefined || resolve(subjectBefore(unmaskAbbreviations(reported), ctx.cast, ctx.outlets), '', q, reported, ctx)) return null;
  const outerCues = cues.slice(0, -1);
  const text = unmaskAbbreviations(before.slice(0, outer.index));
  const settled = sharedSubject(before, outerCues, q, ctx) ?? resolve(subjectBefore(text, ctx.cast, ctx.outlets), outer[0].trim(), q, text, ctx);
  return settled && settled.kind !== 'outlet' ? settled : null;
}

/**
 * "Euronext said any offer was likely to be in cash, but added that: "…"": a cue verb joined by "and"
 * or "but" to an earlier one, with no subject of its own, shares the earlier cue's subject.
 */
function sharedSubject(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const [inner, outer] = [cues.at(-1), cues.at(-2)];
  if (!inner || !outer || !/(?<![\p{L}])(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/u.test(before.slice(outer.index + outer[0].length, inner.index)))
    return null;
  const text = unmaskAbbreviations(before.slice(0, outer.index));
  const settled = resolve(subjectBefore(text, ctx.cast, ctx.outlets), inner[0].trim(), q, text, ctx);
  return settled && settled.kind !== 'outlet' ? settled : null;
}

/**
 * "A Treasury spokesperson dismissed the claims, saying it was "on track"": a participle cue whose
 * own clause names nobody hands the quote to the subject of the cue verb before it.
 */
function participleSubject(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const [inner, outer] = [cues.at(-1), cues.at(-2)];
  if (!inner || !outer || !/ing$/i.test(inner[0].trim())) return null;
  const text = unmaskAbbreviations(before.slice(0, outer.index));
  const settled = resolve(subjectBefore(text, ctx.cast, ctx.outlets), inner[0].trim(), q, text, ctx);
  return settled && settled.kind !== 'outlet' ? settled : null;
}

/** A name opening the sentence as the subject of its verb: "Blanchett also paid tribute to…" (no "and", "of", "who" after it). */
const OPENING_SUBJECT =
  /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:also\s+|later\s+|then\s+|again\s+)?(?!(?:and|or|of|in|at|for|to|with|from|on|by|who|whose|which|that)\b)\p{Ll}+\b/u;

/**
 * A description of someone opening the quote's sentence as the subject of its verb, perhaps with a relative clause set
 * off ("The East Midlands MEP, who quit the UK Independence Party, wants his new group to "…""): whom the description
 * stands for, the person the sentence before is about, when read (else the rules after this one). Not the speaker of
 * the quote before, whom the sentence has turned from.
 */
const DESCRIBED_OPENING_SUBJECT =
  /^\s*(?:(?:And|But)\s+)?((?:The|the)\s+[^,;:"“”]{1,40}?)(?:,\s+(?:who|which)\s[^;:"“”]{1,80}?,)?\s+(?:\p{Ll}+ly\s+)?(?!(?:was|were|is|are|has|had|does)\s)\p{Ll}+(?:s|ed)\s/u;

function describedIntroducer(before: string, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  if (q.fromSentenceStart) return null;
  const m = DESCRIBED_OPENING_SUBJECT.exec(unmaskAbbreviations(before));
  const back = m ? describedBack(m[1]!.replace(/^The\b/, 'the'), '', q, ctx) : null;
  return back?.kind === 'named' ? back : null;
}

/**
 * The person a quote brought in by a colon, or set in a deed they did, is from, when nothing cues it: the
 * person of the cast the sentence opens on as the subject of its verb ("Vargas does not mention …, simply
 * adding in a PS:", "Sir Alan Budd found a "chain of events" linked…"). Not a passive's subject ("Lee was
 * asked by Ray:"), whose words are another's.
 */
function introducingSubject(before: string, q: QuoteSurroundings, ctx: AttributionContext): Attribution | typeof UNSETTLED | null {
  const colon = /:\s*$/.test(before);
  if (!(colon || /\p{L}\s*$/u.test(before)) || q.fromSentenceStart) return null;
  const text = unmaskAbbreviations(before);
  const plain = OPENING_SUBJECT.exec(text);
  const known = plain !== null && ctx.articleCast.find(plain[1]!)[0]?.start === 0;
  const opening = (known ? null : nameAfterRole(text, ctx)) ?? (plain ? { name: plain[1]!, index: plain.index } : null);
  const rest = opening ? text.slice(opening.name.length + opening.index) : '';
  // A state before a colon ("Mr Dean is confident though:") frames the subject's own words; a passive does not.
  // Not a passive or an agent: "was under fire from", "was put on the spot by", "was the target of" bring in another's words.
  // A participle after "more" or "less" is an adjective, no passive ("Johansson was more restrained in his
  // assessment:").
  const stated = colon ? /^\s+(?:was|were|is|are)\s+(?:(?:very|so|quite|still|also|rather|much|far|even)\s+)?((?:more|less)\s+)?(\p{Ll}+)\s/u.exec(rest) : null;
  const state = stated?.[2];
  const compared = stated?.[1] !== undefined;
  const noState = compared ? NO_STATE_WORD : NO_STATE_OR_VERB;
  const stative =
    state !== undefined &&
    (compared || (!/(?:ed|en)$/.test(state) && baseForm(state) === state)) &&
    !lexiconTags(state).some((t) => noState.test(t)) &&
    !/(?<![\p{L}])(?:by|from)\s/u.test(rest);
  if (!opening || (!stative && /^\s+(?:was|were|is|are|been|being|had been|has been)\s/.test(rest))) return null;
  // Without a colon, only a deed told in the past brings the words in as the subject's own ("Sir Alan Budd
  // found a "chain of events""); "Ken Livingstone should "stick to his guns"" or "Small firms "hit by…"" do not.
  // (A perfect's participle is its deed: "has written to the watchdog accusing Labour of a "…"".)
  const verb = /^\s+(?:(?:also|later|then|again)\s+)?(?:(?:has|have|had)\s+)?(\p{Ll}+)\b/u.exec(rest)?.[1] ?? '';
  if (!colon && !(verb.endsWith('ed') || baseForm(verb) !== verb)) return null;
  if (!colon && !wordsOfTheDeed(rest, q)) return null;
  const person = ctx.articleCast.find(opening.name)[0];
  // A surname two of the article's speakers share names no one the cast can tell apart, but a person all the same.
  const surname = opening.name.trim().split(/\s+/).at(-1)!;
  const shared = colon && !person && ctx.speakers.some((s) => s.speaker.includes(' ') && s.speaker.split(/\s+/).at(-1) === surname);
  if (shared) return UNSETTLED;
  if (person?.start !== 0) return null;
  const settled = resolve(subjectBefore(opening.name, ctx.cast, ctx.outlets), '', q, opening.name, ctx);
  return settled?.kind === 'named' ? settled : null;
}

/**
 * The lexicon's tags of a word after "was" that says no state of its subject ("was in …", "was the …"), and with them a
 * verb's, but after "more" or "less", which make a participle an adjective.
 */
const NO_STATE_WORD = /^(?:Adverb|Preposition|Determiner|Conjunction)$/;
const NO_STATE_OR_VERB = /^(?:Adverb|Preposition|Determiner|Conjunction|Verb|PastTense)$/;

/**
 * "Lib Dem chairman Matthew Taylor has written to the watchdog accusing …": a sentence that opens on a role and then a
 * name the cast knows: the name and where it starts, or null.
 */
function nameAfterRole(text: string, ctx: AttributionContext): { name: string; index: number } | null {
  const m = ROLE_THEN_NAME.exec(text);
  if (
    !m ||
    !m[1]!
      .trim()
      .split(/\s+/)
      .every((w) => isRoleWord(w) || PERSON_NOUNS.has(w))
  )
    return null;
  const found = ctx.articleCast.find(m[2]!)[0];
  if (found?.start !== 0 || found.end !== m[2]!.length) return null;
  return { name: m[2]!, index: m.index + m[0].length - m[2]!.length };
}
/** Capitalised words, one or two small ones (a role's), and a name of one to three words, before a small word. */
const ROLE_THEN_NAME =
  /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}((?:\p{Ll}+\s+){1,2})((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)(?=\s+(?:also\s+|later\s+|then\s+|again\s+)?(?!(?:and|or|of|in|at|for|to|with|from|on|by|who|whose|which|that)\b)\p{Ll}+\b)/u;

/** A speaker the sentence gives but the cast cannot tell apart: no one, and no one else either. */
const UNSETTLED = 'unsettled';

/**
 * A sentence that is only a speaker's name, perhaps after their role, and a colon: a label, not a clause. A dash
 * that opens a line of a roundup marks one too, colon or not ("- Bolton boss Sam Allardyce "I am …"").
 */
const SPEAKER_LABEL = /^\s*(?:[-–•*]\s*)?((?:[\p{L}.'’&()-]+\s+){0,6}[\p{L}.'’-]+)\s*:\s*$|^\s*[-–•]\s*((?:[\p{L}.'’&()-]+\s+){0,6}[\p{L}.'’-]+)\s*$/u;

/**
 * "- Manchester City boss Kevin Keegan: "We had a great chance …"": a roundup of reactions labels each quote
 * with its speaker and a colon, with no verb. The label is theirs only when it ends on a person the article names.
 */
function labelledSpeaker(before: string, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const m = q.fromSentenceStart ? null : SPEAKER_LABEL.exec(unmaskAbbreviations(before));
  const label = m?.[1] ?? m?.[2];
  // A topic or an addressee is no speaker ("On Wayne Rooney:", "Tributes to John Peel:", "Dear Mr Blair:").
  if (!label || /^(?:On|About|To|Dear|For|Of)\s|\s(?:to|on|about|for|of)\s/u.test(label)) return null;
  const settled = resolve(readSpeaker(label, ctx.cast, ctx.outlets), '', q, label, ctx);
  if (settled?.kind !== 'named') return null;
  // A name the cast knows, or one of a person's shape right after its role ("BBC Two controller Roly Keating").
  const person = ctx.articleCast.find(label).at(-1);
  if (person) return person.person.name === settled.speaker && label.slice(person.end).trim() === '' ? settled : null;
  const role = new RegExp(`(?:^|\\s)(\\p{Ll}+)\\s+${escapeRegExp(settled.speaker)}$`, 'u').exec(label)?.[1];
  return role && (isRoleHead(role) || /(?:er|or|ist|man|woman)$/.test(role)) && looksLikePersonName(settled.speaker) ? settled : null;
}

/** A clause with a subject of its own between the deed and the quote ("resigned after his remarks were condemned as "…""), not "before being elected". */
const SUBORDINATE_CLAUSE = /(?<![\p{L}])(?:after|before|when|whenever|while|because|until|unless|although|though|once)\s+(?!\p{Ll}+ing\s)/u;

/**
 * Whether a quote told in the subject's deed ("Sir Alan Budd found a "chain of events"") is the subject's words: not
 * when the sentence names another speaker for it later (", the Tory leader said"), nor when they are another's by
 * the grammar around them: an owner just before the quote ("oversaw McDonald's "I'm lovin' it" campaign"), a
 * passive's agent after it ("condemned as "racist" by Muslim groups"), or a clause with its own subject between.
 */
function wordsOfTheDeed(deed: string, q: QuoteSurroundings): boolean {
  if (/\p{L}['’]s?\s*$/u.test(deed) || /^\s*by\s/.test(normalizeTypography(q.after)) || SUBORDINATE_CLAUSE.test(deed)) return false;
  const sentence = normalizeTypography(q.sentence);
  const quote = normalizeTypography(q.text);
  const at = sentence.indexOf(quote);
  const tail = maskAbbreviations(at < 0 ? normalizeTypography(q.after) : sentence.slice(at + quote.length));
  return tail.search(LATER_CLAUSE) < 0 && tail.search(LATER_INVERSION) < 0;
}

/**
 * "Blanchett also paid tribute to the film's director Martin Scorsese, telling him: "…"": a participle
 * cue after a comma has the sentence's subject for its own, not the name just before the comma (the
 * one told), nor a place named in what the verb tells. Only a name the cast knows, opening the sentence before its verb.
 */
function namedParticipleSubject(before: string, cue: RegExpExecArray, q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const text = unmaskAbbreviations(before.slice(0, cue.index));
  // Without the comma, only after a word in small letters and no other cue ("laughed off suggestions that his
  // re-election in Brent South seat had been in danger saying …"): a name just before it may be the participle's own.
  const comma = /,\s*$/.test(text);
  if (!/ing$/i.test(cue[0].trim()) || !(comma || (/\s\p{Ll}+\s*$/u.test(text) && cueMatches(text).length === 0))) return null;
  // Nor past a cue set off with its own subject ("Mr Blair has failed …, he claimed, saying he has the "wrong
  // solution""): the participle goes on from that cue, whose subject speaks of the one the sentence opens on.
  if (comma && PARENTHETICAL_CUE.test(text)) return null;
  const opening = OPENING_SUBJECT.exec(text)?.[1];
  if (!opening || ctx.cast.find(opening).length === 0) return null;
  // Nor past another subject ("James Baker went out of his way …, and Edouard Balladur underscored that by saying"),
  // though past a name after a preposition ("in Brent South seat").
  const rest = text.slice(text.indexOf(opening) + opening.length);
  if (!comma && ctx.cast.find(rest).some((p) => !/(?<![\p{L}])(?:in|at|of|for|from|to|by|with)\s+$/u.test(rest.slice(0, p.start)))) return null;
  const settled = resolve(subjectBefore(opening, ctx.cast, ctx.outlets), cue[0].trim(), q, opening, ctx);
  return settled && settled.kind === 'named' ? settled : null;
}

/** A description opening the sentence as the subject of a verb in the past ("The presidents of the two exchanges appealed …"). */
const DESCRIPTION_WORD = '(?!(?:was|were|is|are|has|have|had|be|been|would|will|could|did|also|then|not|who|which|that)\\s)(?!\\p{Ll}+ly\\s)\\p{Ll}[\\p{L}-]*';
const OPENING_DESCRIPTION = new RegExp(
  `^\\s*((?:[Tt]he|[Aa]n?)\\s+(?:${DESCRIPTION_WORD}\\s+){0,3}?${DESCRIPTION_WORD}(?:\\s+(?:of|for|at|from)\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}\\d-]+)?)\\s+\\p{Ll}+ed\\s`,
  'u',
);

/**
 * "The presidents of the two exchanges appealed to Diaz to carry out the probe discreetly, saying …
 * "anomalous transactions."": a participle cue after a comma, the only cue of its sentence, has the
 * description the sentence opens on for its subject, not a name the verb took as its object.
 */
function describedOpeningSubject(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const cue = cues.at(-1);
  if (!cue || cues.length > 1 || !/ing$/i.test(cue[0].trim()) || !/,\s*$/.test(before.slice(0, cue.index))) return null;
  const text = unmaskAbbreviations(before.slice(0, cue.index));
  const m = OPENING_DESCRIPTION.exec(text);
  // Another clause with a subject of its own before the cue ("…, and Diaz said") would be the participle's.
  if (!m || ctx.cast.find(m[1]!).length > 0 || NEW_CLAUSE.test(text.slice(m[0].length))) return null;
  // Only names after a preposition ("appealed to Diaz") are the verb's objects for sure: one the verb takes
  // straight ("The documentary showed Mr Nattrass, …, telling the meeting") may be whom the participle is about.
  const rest = text.slice(m[0].length);
  if (ctx.cast.find(rest).some((p) => !/(?<![\p{L}])(?:to|with|by|from|for|on|at|against|of)\s+$/u.test(rest.slice(0, p.start)))) return null;
  const settled = resolve({ kind: 'anonymous', speaker: describeOpening(m[1]!), start: 0 }, cue[0].trim(), q, m[1]!, ctx);
  return settled && settled.kind !== 'outlet' ? settled : null;
}

/** A description as written, its sentence-initial article lower-cased. */
function describeOpening(text: string): string {
  return text.trim().replace(/^(The|An?)\b/, (w) => w.toLowerCase());
}

/**
 * "The senior banker was strongly opposed to a purely regional approach, saying: "…"": a participle cue
 * whose subject nothing else read hands the quote to the description the sentence opens on as its subject.
 */
function describedParticipleSubject(before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const cue = cues.at(-1);
  if (!cue || !/ing$/i.test(cue[0].trim()) || !/,\s*$/.test(before.slice(0, cue.index))) return null;
  const text = unmaskAbbreviations(before.slice(0, cue.index));
  const settled = resolve(describedSubject(text), cue[0].trim(), q, text, ctx);
  return settled && settled.kind !== 'outlet' ? settled : null;
}

/**
 * "The former executive says more closures are likely, but he adds, "…," he says": a pronoun after
 * the quote stands for the subject of the sentence's own first cue clause, someone named or
 * described there, before anyone spoken of in earlier sentences.
 */
function sentenceSubject(phrase: string, before: string, cues: RegExpExecArray[], q: QuoteSurroundings, ctx: AttributionContext): Attribution | null {
  const pronoun = /^\s*(he|she|it)\s*$/i.exec(phrase)?.[1]?.toLowerCase() as 'he' | 'she' | 'it' | undefined;
  const cue = pronoun ? cues[0] : undefined;
  if (!cue) return null;
  const text = unmaskAbbreviations(before.slice(0, cue.index));
  const reading = subjectBefore(text, ctx.cast, ctx.outlets);
  if (reading?.kind !== 'named' && reading?.kind !== 'anonymous') return null;
  const settled = resolve(reading, cue[0].trim(), q, text, ctx);
  if (!settled) return null;
  // "Cyacq said it hopes …": "it" is the subject when that is a body, a name of no person the cast knows nor a given name.
  if (pronoun === 'it') {
    const body =
      settled.kind === 'anonymous'
        ? BODY_NOUNS.has(descriptionHead(settled.speaker))
        : ctx.cast.find(settled.speaker).length === 0 && genderOf(settled.speaker) === null;
    return body ? { ...settled, kind: 'pronoun' } : null;
  }
  // Only a person's name has a gender to check: a description's noun ("the analyst") fits either.
  const fits = (ctx.cast.find(settled.speaker).length === 0 && !looksLikePersonName(settled.speaker)) || fitsPronoun(settled.speaker, pronoun!);
  const person = settled.kind !== 'anonymous' || PERSON_NOUNS.has(descriptionHead(settled.speaker));
  return person && fits ? { ...settled, kind: 'pronoun' } : null;
}
