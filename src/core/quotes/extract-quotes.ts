/**
 * Extracts and attributes the quotes of one article, reading it in order so that pronouns and
 * continuations can look back: paragraph by paragraph, each quoted span (titles excepted) is
 * attributed, and every sentence's own cue clauses ("Trump said …") are remembered as speakers.
 */
import type { Sentence } from '../types.js';
import { byArticleNames, withinArticle, type StoryCastLookup } from '../people/cast-lookup.js';
import { runsOf } from '../text/runs-of.js';
import { normalizeTypography } from '../ingest/normalize-typography.js';
import { noteOutlet, outletsMentioned, resolveOutlet } from '../ingest/outlets.js';
import { findQuoteSpans, type QuoteSpan, withWireApostrophes } from './find-quote-spans.js';
import { isTitleLike, namesAKind, namesAShow, namesAThing } from './is-title.js';
import { isNicknameAt, withNicknamesBlanked } from '../text/nicknames.js';
import { withLedeSpeakers } from './headline-claims.js';
import { attributeQuote, type Attribution, type AttributionContext } from './attribute-quote.js';
import { settleSpeaker } from './settle-speaker.js';
import { bodySubject, documentSubject, looksLikeBodyName, looksLikePersonName } from './unknown-name.js';
import { CUE, accordingTo, cueMatches, quotedAsSaying } from './speech-cues.js';
import { isKnownNonPerson, isKnownPlace } from '../people/not-a-person.js';
import { BODY_NOUNS, PERSON_NOUNS, descriptionHead, readSpeaker, subjectBefore, type SpeakerReading } from './speaker-phrase.js';

/** A quote as found in one article. */
export interface FoundQuote {
  text: string;
  article: string;
  /** The sentence where the quote opens. */
  sentence: number;
  attribution: Attribution | null;
}

/** Every quote of an article (its sentences in order), attributed. */
export function extractQuotes(sentences: Sentence[], storyCast: StoryCastLookup): FoundQuote[] {
  const texts = sentences.map((s) => s.norm);
  const cast = byArticleNames(storyCast, texts);
  const ctx: AttributionContext = {
    cast,
    articleCast: withinArticle(cast, texts),
    outlets: [],
    speakers: [],
    sentences: new Map(),
  };
  const found: FoundQuote[] = [];
  let runOn: Attribution | null = null;
  // A quote left open at a paragraph's end that nothing attributed, waiting for the next paragraph.
  let openEnd: FoundQuote | null = null;
  // Whether the paragraph before left a quote open (attributed or not), which this one may go on with.
  let leftOpen = false;
  const paragraphs = runsOf(sentences, (s) => s.paragraph);
  // The article's words outside its quotes, paragraph by paragraph: the writer's own.
  const unquoted: string[] = [];
  for (const [p, paragraph] of paragraphs.entries()) {
    const raw = paragraph.map((s) => s.text).join(' ');
    const starts = offsets(paragraph);
    // A question a verb of speech and a colon bring in ('replied: "Is the Pope a Catholic?"') is speech, though its words are capitalised like a title's.
    // A code in capitals in a paragraph of small letters (a share's class "B", the symbol "IRSNW.") is a label nobody speaks.
    const nextOpensQuote = /^\s*["“‘']/.test(paragraphs[p + 1]?.[0]?.text ?? '');
    const spans: QuoteSpan[] = [];
    // Titles and names in quote marks are no one's words, and no one speaks by the names inside them either ("the
    // syndicated television program, "John McLaughlin: One on One," … the Georgia Democrat shot back"): they are blanked
    // for reading speakers, offsets kept. (Not a nickname, whose name is read whole, nor a label.)
    const titles: QuoteSpan[] = [];
    for (const s of findQuoteSpans(raw, leftOpen, nextOpensQuote)) {
      if (isLabel(s.text, raw, raw.slice(0, s.start)) || isNicknameAt(raw, s.start)) continue;
      const named =
        isNamedTerm(s.text, raw.slice(Math.max(0, s.start - 40), s.start)) ||
        isLabelWithoutAgent(s.text, raw.slice(Math.max(0, s.start - 200), s.start), raw.slice(s.end, s.end + 160)) ||
        namesAShow(s.text, raw.slice(s.end, s.end + 16)) ||
        namesAKind(s.text, raw.slice(Math.max(0, s.start - 20), s.start + 1), raw.slice(s.end, s.end + 24)) ||
        namesAThing(s.text, raw.slice(Math.max(0, s.start - 60), s.start + 1)) ||
        (isTitleLike(s.text) && !askedAloud(raw.slice(Math.max(0, s.start - 60), s.start), s.text));
      (named ? titles : spans).push(s);
    }
    // What is read around the quotes has wire copy's apostrophes back ("Kuwait"s Oil Minister" is one speaker phrase) and
    // names whole past a nickname ("said John "Bud" Frazier, grain analyst" is John Frazier's); the quotes keep their words.
    const read = withNicknamesBlanked(withWireApostrophes(raw));
    const text = titles.length > 0 ? blankQuotes(read, titles) : read;
    // Blanked once per paragraph, not once per sentence: a long paragraph stays linear.
    const outside = blankQuotes(text, spans);
    unquoted.push(titles.length > 0 ? blankQuotes(read, spans) : outside);
    let previous: Attribution | null = null;
    let waiting: FoundQuote | null = null;
    let learned = 0;
    const learnUpTo = (end: number) => {
      for (; learned < end; learned++) learnFromSentence(ctx, paragraph[learned]!, outside, starts[learned]!);
    };
    spans.forEach((span, i) => {
      const first = sentenceAt(starts, span.start);
      learnUpTo(first);
      const last = sentenceAt(starts, Math.max(span.start, span.end - 1));
      const ownAfter = text.slice(span.end, Math.min(sentenceEnd(starts, text, last), spans[i + 1]?.start ?? text.length));
      const surroundings = {
        text: span.text,
        before: beforeQuote(text, outside, spans, i, starts[first]!),
        after: ownAfter.trim() === '' && /[?!]$/.test(span.text) ? ownAfter + cueSentenceAfter(paragraph, last) : ownAfter,
        sentence: text.slice(starts[first]!, sentenceEnd(starts, text, last)),
        sentenceNumber: paragraph[first]!.n,
        previous: previous ?? (i === 0 ? runOn : null),
      };
      // A word or two in quote marks that no cue attributes is a scare quote or a term, not speech.
      const term = isTerm(span.text);
      let attribution = attributeQuote(term ? { ...surroundings, previous: null } : surroundings, ctx);
      // A word or two quoted after an earlier quote of its sentence ("said the plans were not "racist" -
      // just "common sense"") is reported by the cue before both: it is read from the sentence's start.
      const earlier = spans[i - 1];
      // So is a longer one that only the speaker of the sentence before would take ("The mayor accused Oliver Finegold …
      // of "doorstepping" him at a "predominately gay event"" after a sentence about Tony Blair): the cue before both.
      if (!term && attribution?.cue === '' && earlier && earlier.end > starts[first]! && !previous)
        attribution = attributeQuote({ ...surroundings, before: outside.slice(starts[first]!, span.start), previous: null, fromSentenceStart: true }, ctx);
      if (term && !attribution?.cue && earlier && earlier.end > starts[first]!)
        attribution = attributeQuote({ ...surroundings, before: outside.slice(starts[first]!, span.start), previous: null, fromSentenceStart: true }, ctx);
      if (term && (!attribution?.cue || isSubjectOfReportedClause(surroundings.before, surroundings.after))) return;
      // 'X should "stick to his guns" and not apologise for his "Nazi" comment, Tory MP Boris Johnson has insisted': a
      // term quoted later in the sentence, the last quote of it, does not end the words where the quote's cue is read.
      const sentenceEnds = sentenceEnd(starts, text, last);
      const [next, afterNext] = [spans[i + 1], spans[i + 2]];
      const lastIsTerm = next !== undefined && next.start < sentenceEnds && isTerm(next.text) && (afterNext === undefined || afterNext.start >= sentenceEnds);
      if (!attribution && !term && lastIsTerm) attribution = attributeQuote({ ...surroundings, after: text.slice(span.end, sentenceEnds) }, ctx);
      // A quote standing alone whose speaker the next sentence names ("…." So says union leader Bob Crow, who …;
      // "…." That was the verdict of Ann Lee): read as if the cue followed the quote ("…," says Bob Crow).
      const namedNext = !attribution && !term && surroundings.before.trim() === '' && ownAfter.trim() === '' ? speakerNamedNext(paragraph, last) : null;
      if (namedNext) attribution = attributeQuote({ ...surroundings, text: span.text.replace(/[.]$/, ','), after: ` said ${namedNext}`, previous: null }, ctx);
      const quote: FoundQuote = { text: span.text, article: paragraph[first]!.article, sentence: paragraph[first]!.n, attribution };
      found.push(quote);
      if (attribution && !attribution.reported) remember(ctx, attribution, paragraph[first]!.n);
      // A quote left open where the next one opens ran on from a paragraph of its own: the cue
      // after the next one ("…," Ms Lee said) is the speaker of both.
      if (attribution && waiting) waiting.attribution = attribution;
      // A paragraph that opens on a quote goes on with the one the paragraph before left open
      // (the convention for a quote of several paragraphs), whose speaker is named only here.
      if (attribution && openEnd && i === 0 && text.slice(0, span.start).trim() === '') openEnd.attribution = attribution;
      openEnd = null;
      waiting = !attribution && !span.closed && i + 1 < spans.length ? quote : null;
      // Reported words or an answer are an aside: the quote after them goes on from the one before.
      if (!attribution?.reported) previous = attribution;
    });
    runOn = spans.at(-1)?.closed === false ? previous : null;
    leftOpen = spans.at(-1)?.closed === false;
    const last = found.at(-1);
    openEnd = spans.at(-1)?.closed === false && last && !last.attribution && last.text === spans.at(-1)!.text ? last : null;
    learnUpTo(paragraph.length);
  }
  return withLedeSpeakers(withEchoedSpeakers(found, unquoted.join(' ')), sentences, ctx).map((q) => inArticleCase(q, sentences));
}

/**
 * 'David Blunkett has been accused of using the "politics of confusion"': words quoted with no speaker that
 * one speaker's quote elsewhere in the article holds ('"The government is employing the politics of confusion
 * …," argued Mr Davis') are that speaker's. Two words at least: a single word is anybody's.
 */
function withEchoedSpeakers(found: FoundQuote[], unquoted: string): FoundQuote[] {
  const said = found.filter((q) => q.attribution && !q.attribution.reported).map((q) => ({ words: ` ${wordsOf(q.text)} `, attribution: q.attribution! }));
  if (said.length === 0 || found.every((q) => q.attribution)) return found;
  // Words the writer also uses outside quote marks are a name or a term ("The cross field allowance offsets …"), nobody's words.
  const ownWords = ` ${wordsOf(unquoted)} `;
  return found.map((q) => {
    const words = wordsOf(q.text);
    if (q.attribution || !words.includes(' ') || ownWords.includes(` ${words} `)) return q;
    // A longer quote: the same words quoted again are no more spoken there than here.
    // Nor one that denies them ("No, I'm Jewish, I wasn't a German war criminal"): the words are whoever's they deny.
    const echoes = said.filter((o) => o.words.trim() !== words && echoesWithoutDenial(o.words, words));
    const speakers = new Set(echoes.map((o) => o.attribution.speaker));
    return speakers.size === 1 ? { ...q, attribution: { ...echoes[0]!.attribution, cue: '' } } : q;
  });
}

/** Whether `words` stand in a longer quote's `longer` words, not right after a negation. */
function echoesWithoutDenial(longer: string, words: string): boolean {
  const at = longer.indexOf(` ${words} `);
  return at >= 0 && !DENIAL_BEFORE.test(longer.slice(Math.max(0, at - 30), at));
}
/** A negation in the few words before an echo. */
const DENIAL_BEFORE = /(?:^|\s)(?:no|not|never|nobody|none|nothing|\S+n't)(?:\s+\S+){0,2}\s*$/;

/** A quote's words in small letters, without its marks: what an echo of it shares. */
function wordsOf(text: string): string {
  return normalizeTypography(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * "BASS GROUP SAYS IT HAS HAD TALKS": a name read from a headline in capitals is given as the article's text
 * writes it ("The Bass group"), so that it reads as a name, not a shout. Only a name of two words or more: a
 * single one in capitals is often initials ("MPAA").
 */
function inArticleCase(q: FoundQuote, sentences: Sentence[]): FoundQuote {
  const speaker = q.attribution?.speaker;
  if (!speaker || !/^\p{Lu}{2,}(?:\s+\p{Lu}{2,})+$/u.test(speaker)) return q;
  const written = new RegExp(`(?<![\\p{L}])${speaker.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu');
  for (const s of sentences) {
    const found = written.exec(s.text)?.[0];
    if (found && found !== speaker && /\p{Ll}/u.test(found)) return { ...q, attribution: { ...q.attribution!, speaker: found.replace(/\s+/g, ' ') } };
  }
  return q;
}

/**
 * Remembers a sentence: its text, the outlets it names, and the speakers of its own cue clauses
 * (read in `blanked`, its paragraph with the quoted spans blanked out).
 */
function learnFromSentence(ctx: AttributionContext, s: Sentence, blanked: string, start: number): void {
  ctx.sentences.set(s.n, s.norm);
  const body = bodySubject(s.norm) ?? documentSubject(s.norm);
  if (body) (ctx.bodies ??= []).push({ name: body, sentence: s.n });
  for (const o of outletsMentioned(s.norm)) noteOutlet(ctx.outlets, resolveOutlet(o, ctx.outlets));
  const outside = normalizeTypography(blanked.slice(start, start + s.text.length));
  let main: { speaker: string; end: number } | null = null;
  const openingClauseEnd = OPENING_CLAUSE.test(outside) ? outside.indexOf(',') : -1;
  const first = ctx.speakers.length;
  for (const cue of cueMatches(outside)) {
    const before = outside.slice(0, cue.index);
    const after = outside.slice(cue.index + cue[0].length);
    const inverted = speakerAfterCue(before, cue[0], after, ctx);
    const reading = inverted ?? subjectBefore(before, ctx.cast, ctx.outlets);
    // An outlet that speaks ("The Guardian says …, citing the Financial Times") is the one "the paper" means next,
    // though another was named after it: it is noted again as the latest. It is what a next "it said" stands for too
    // ("…, the Kuwait daily al-Qabas said. "…," it said"), where it is the whole subject, outside an opening clause
    // (not "American Telephone and Telegraph Co said", "Standard and Poor's said", "he thought the BBC should … he said").
    if (reading?.kind === 'outlet') {
      noteOutlet(ctx.outlets, reading.speaker);
      if (endsOnOutlet(before, reading.speaker))
        remember(ctx, { speaker: reading.speaker, kind: 'outlet', cue: cue[0] }, s.n, { inner: cue.index < openingClauseEnd });
      continue;
    }
    // A pronoun a quote of this sentence has already been given ("…," he said) stands for whom that quote's reading,
    // which knew the quoted words ("I think Sean's situation is …" is not Sean Long's), found: not read again without them.
    const given =
      reading?.kind === 'pronoun'
        ? [...ctx.speakers.slice(0, first)].reverse().find((sp) => sp.sentence === s.n && sp.given === 'pronoun' && sp.cue === cue[0])
        : undefined;
    const settled = given ? { speaker: given.speaker, kind: 'pronoun' as const } : settleSpeaker(reading, s.n, s.norm, before, ctx, after);
    if (!settled) continue;
    // A cue clause that closes the sentence after a comma ("…, said Mr Clarke.") reports all before it:
    // the cues there are inside what it reports.
    // So does one whose subject, set off by a comma, and verb close it ("Ongpin has not said … but has made it clear …,
    // the source said."): whoever its clause names is spoken of, not speaking.
    if ((inverted && CLOSING.test(after)) || (!inverted && reading?.kind !== 'pronoun' && closesAfterComma(before, after))) {
      for (const earlier of ctx.speakers.slice(first)) if (earlier.speaker !== settled.speaker) earlier.inner = true;
      main = { speaker: settled.speaker, end: outside.length };
    }
    // A cue inside what an earlier cue of the sentence reports ("Reagan announced that Tower had agreed to
    // serve", "he said he learned of it only when Meese told him") speaks of someone the sentence is not about.
    // So does one inside a clause the sentence opens with before its subject ("Asked if the president would
    // say he erred, Fitzwater told reporters").
    const opening = cue.index < openingClauseEnd;
    const inner = opening || (main !== null && settled.speaker !== main.speaker && !CLAUSE_BREAK.test(outside.slice(main.end, cue.index)));
    remember(ctx, { ...settled, cue: cue[0] }, s.n, { inner });
    if (!opening) main ??= { speaker: settled.speaker, end: cue.index + cue[0].length };
  }
  // "It quoted chairman Simon Keswick as saying …" has no cue of its own, yet the one it quotes is who spoke: a "he said" next is his.
  const passedOn = ctx.speakers.length === first ? quotedAsSaying(outside) : null;
  const source = passedOn ? readSpeaker(passedOn, ctx.cast, ctx.outlets) : null;
  if (source?.kind === 'named' || source?.kind === 'anonymous') {
    const settled = settleSpeaker(source, s.n, s.norm, outside.slice(0, outside.indexOf(passedOn!)), ctx);
    if (settled) remember(ctx, { ...settled, cue: 'quoted as saying' }, s.n, { passedOn: true });
  }
  // "But according to the Merrill Lynch economists, there are signs …" has no cue either, yet the source it credits
  // speaks in it: a "they said" next is theirs.
  const credited = ctx.speakers.length === first && !passedOn ? accordingTo(outside) : null;
  const creditedReading = credited ? readSpeaker(credited.phrase, ctx.cast, ctx.outlets) : null;
  if (creditedReading?.kind === 'named' || creditedReading?.kind === 'anonymous') {
    const settled = settleSpeaker(creditedReading, s.n, s.norm, outside.slice(0, credited!.index), ctx);
    if (settled) remember(ctx, { ...settled, cue: 'according to' }, s.n);
  }
}

/**
 * Whether a cue closes its sentence after a comma and its subject, a few words ("…, the source said."; "…, the
 * spokesman told Reuters."). A pronoun there is read as whom the sentence is about, and a relative clause ("…, who had
 * told him that …") is about whom it hangs on: neither closes a report.
 */
function closesAfterComma(before: string, after: string): boolean {
  const comma = before.lastIndexOf(',');
  const subject = before.slice(comma + 1).trim();
  return (
    comma > 0 &&
    /^[^,;:"“”]{0,30}$/.test(after.trim()) &&
    subject !== '' &&
    !/^(?:who|which|that|whom|whose)\b/i.test(subject) &&
    subject.split(/\s+/).length <= 6
  );
}

/** The rest of a sentence after an inverted cue that closes it: its speaker and perhaps their description. */
const CLOSING = /^\s+[^,;:]{1,60}(?:,[^,;:]{1,60})?[.!?]?\s*$/;

/**
 * A sentence that opens on a clause of its own before its subject: a participle, or a subordinating word, perhaps after
 * a conjunction or a word of degree ("But even before Newcastle said …, Bellamy insisted").
 */
const OPENING_CLAUSE = new RegExp(
  String.raw`^\s*(?:\p{Lu}\p{Ll}+ing|Asked|Told|Pressed|Questioned|(?:(?:But|And|Yet)\s+)?(?:(?:even|just|only|long|shortly|soon|Even|Just|Only|Long|Shortly|Soon)\s+)?` +
    '(?:When|Whenever|After|Before|If|As|Although|Though|While|Because|Since|Unless|Until|Once|Despite|Following|' +
    String.raw`(?<=(?:But|And|Yet|even|just|only|long|shortly|soon|Even|Just|Only|Long|Shortly|Soon)\s+)(?:when|whenever|after|before|if|although|though|while|because|since|unless|until|once|despite|following)))\s[^,]*,`,
  'u',
);

/** What ends a reported clause and opens a main one of its own ("…, while Jones said"). */
const CLAUSE_BREAK = /;|,\s*(?:but|while|whereas)\s/;

/**
 * Cue verbs that may stand before their speaker ("…, said Ann Lee"; "…, added the company"), in the present too, as a
 * feature writes its argument ("We are in a different phase now, argues Mr Donofrio, …"), or its sources' ("…, say
 * researchers.", "…, reports the Daily Mail.").
 */
const INVERTED_CUE =
  /(?:^|\s)(?:said|says|say|reports|added|adds|continued|continues|explained|explains|noted|notes|commented|remarked|stated|argued|argues|insisted|insists|observed|observes|replied|responded|acknowledged|conceded|wrote|writes|declared)$/i;

/**
 * "…, said Martha Hesse, chairman of …": a cue after a comma, followed by a short phrase that opens
 * on a speaker and ends at a comma or the sentence's end, names its speaker after it.
 */
function speakerAfterCue(before: string, cue: string, after: string, ctx: AttributionContext): SpeakerReading | null {
  // Only a verb that takes no object: after "told", "asked" or "accused" stands the listener or the accused.
  if (!/,\s*$/.test(before) || !INVERTED_CUE.test(cue)) return null;
  const phrase = /^\s+((?:[^\s,.;:!?]+\s+){0,5}[^\s,.;:!?]+)\s*(?:[,.;:]|$)/.exec(after)?.[1];
  const reading = phrase ? readSpeaker(phrase, ctx.cast, ctx.outlets) : null;
  // A paper stands there too ("…, reports the Daily Mail."): the subject before the verb is no speaker then either.
  return reading && reading.start === 0 && (reading.kind === 'named' || reading.kind === 'anonymous' || reading.kind === 'outlet') ? reading : null;
}

/** Whether a cue's subject ends on an outlet's name, or on a press noun that stands for it ("the paper", "the daily"). */
function endsOnOutlet(subject: string, outlet: string): boolean {
  const tail = subject.trimEnd();
  return tail.endsWith(outlet.replace(/^The /, '')) || /(?<![\p{L}])(?:paper|newspaper|daily|magazine|tabloid|journal|weekly)$/iu.test(tail);
}

/** How a speaker was read: inside what an earlier cue reports, or quoted by a writing (see Antecedents). */
interface Remembered {
  inner?: boolean;
  passedOn?: boolean;
}

function remember(ctx: AttributionContext, a: Attribution, sentence: number, { inner = false, passedOn = false }: Remembered = {}): void {
  // A paper or a broadcaster that speaks ("said the magazine") is what a later "it concluded" may stand for, and nothing else.
  if (a.kind === 'outlet') return void (inner || (ctx.outletSpeakers ??= []).push({ speaker: a.speaker, sentence }));
  // So does an "it said" that stood for one: a run of them goes on with the paper ("…," the daily said. … "…," it said. … "…," it said).
  const outlet = ctx.outletSpeakers?.at(-1);
  if (a.kind === 'pronoun' && outlet?.speaker === a.speaker) return void (inner || ctx.outletSpeakers!.push({ speaker: a.speaker, sentence }));
  const known = a.kind !== 'anonymous' && ctx.cast.find(a.speaker).length > 0;
  const description = a.kind === 'anonymous' || /^\p{Ll}/u.test(a.speaker);
  const kind = known ? 'named' : 'anonymous';
  // A name the cast does not know is a person's only when it reads as one ("Yannis Papadakis", not "the ITF");
  // a description is a person's unless its noun stands for a body or a document ("the company", "a statement").
  const head = description ? descriptionHead(a.speaker) : a.speaker.split(/\s+/).at(-1)!.toLowerCase();
  // Names joined by "and" are several people, but not a body's name inside one person's description
  // ("a Department for Work and Pensions spokeswoman"), nor a body's own ("Organisation for Economic Cooperation and Development").
  const joined =
    / and /.test(a.speaker) &&
    !(description && /^(?:a|an|one)\s/i.test(a.speaker) && PERSON_NOUNS.has(head)) &&
    !(!description && looksLikeBodyName(a.speaker));
  // A description is plural by its head noun, wherever it stands ("the ministers at the Paris meeting", "local businessmen"),
  // but not by an -s of the singular ("the prospectus", "the boss", "the analysis").
  const plural = (description && /(?<![usi])s$|(?:people|men)$/i.test(head) && !/\b(a|an|one)\b/i.test(a.speaker)) || (!known && joined);
  const body = BODY_NOUNS.has(head) || (looksLikeBodyName(a.speaker) && !PERSON_NOUNS.has(head.replace(/s$/, '')));
  // A place or a firm the lexicon knows ("The U.S. complained …") is no one a later "he" or "she" stands for.
  const place = /^\p{Lu}/u.test(a.speaker) && (isKnownPlace(a.speaker) || isKnownNonPerson(a.speaker));
  const who = !place && (known || (description && !body) || looksLikePersonName(a.speaker)) ? 'person' : 'body';
  ctx.speakers.push({
    speaker: a.speaker,
    kind,
    plural,
    sentence,
    who,
    cue: a.cue,
    given: a.kind,
    ...(inner ? { inner } : {}),
    ...(passedOn ? { passedOn } : {}),
  });
}

/**
 * A quoted word or two that opens the clause a cue reports and is followed straight on by its verb
 * is a term being mentioned (said "blog" was the word), not words being quoted; "and", "as", "but"
 * and the like may follow a real short quote (said "expected" and "understandable").
 */
function isSubjectOfReportedClause(before: string, after: string): boolean {
  const opensClause = cueMatches(before).some((m) => /^\s*(?:that\s*)?$/.test(before.slice(m.index + m[0].length)));
  return (
    opensClause &&
    /^\s+(?!(?:and|or|but|as|in|for|to|by|with|from|at|of|on|over|about|after|before|because|since|than|then|when|while|if|though|although|which|who|that)\b)\p{Ll}/u.test(
      after,
    )
  );
}

/** Whether a span is a question right after a verb of speech, perhaps its listener, and a colon. */
function askedAloud(before: string, text: string): boolean {
  return /\?$/.test(text) && SPEECH_COLON.test(normalizeTypography(before));
}
const SPEECH_COLON = new RegExp(`(?<![\\p{L}])${CUE}(?:\\s+[^\\s:"“”]+){0,2}\\s*:\\s*["“]?$`, 'iu');

/** The opening of a sentence that names the speaker of the quote before it: "So says", "That was the verdict of", "The words came from". */
const NAMED_NEXT =
  /^\s*(?:(?:So|Thus)\s+(?:says|said)|(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:verdict|view|message|words?|assessment|warning|opinion|reaction|response)\s+(?:of|from)|(?:The|Those|These)\s+(?:words|comments|remarks)\s+(?:came\s+from|were\s+(?:those\s+)?(?:of|from)))\s+(?=\S)/u;

/** The words after such an opening in the sentence after the quote's last, when it opens so; else null. */
function speakerNamedNext(paragraph: Sentence[], last: number): string | null {
  const next = paragraph[last + 1]?.text ?? '';
  const m = NAMED_NEXT.exec(next);
  return m && !/["“”]/.test(next) ? next.slice(m[0].length) : null;
}

/** A sentence this short after a quote is its cue clause, not a statement of its own. */
const CUE_SENTENCE_WORDS = 10;

/**
 * The sentence after a quote that ends on ? or ! when it is a short cue clause without quotes of its
 * own ("Did you know?" | Ms Lee pressed.): the splitter ends a sentence at "?" and a closing mark,
 * which leaves the quote's cue in the next one. Else nothing.
 */
function cueSentenceAfter(paragraph: Sentence[], last: number): string {
  const next = paragraph[last + 1]?.text ?? '';
  return next.split(/\s+/).length <= CUE_SENTENCE_WORDS && !/["“”‘]/.test(next) ? ` ${next}` : '';
}

/** One token in capitals or figures ("B", "IRSNW.", "0/92") in a paragraph that is not all capitals (a headline's words are all capitals). */
function isLabel(quoted: string, paragraph: string, before: string): boolean {
  // Not a word said in capitals: one a colon brings in ('replied: "NO."') or that ends as a cry does ('"NONE!"'). (A comma
  // ends a label as often, American style: 'its "PERLS," a new issue'.)
  if (/[!?]$/.test(quoted) || /:\s*$/.test(before)) return false;
  return /^[^\p{Ll}\s]*[\p{Lu}\d][^\p{Ll}\s]*$/u.test(quoted) && /\p{Ll}/u.test(paragraph.replace(quoted, ''));
}

/**
 * A translation the writer gives ("Veritas - Latin for "truth"", "Meibion Glyndwr - which means "sons of Glyndwr"",
 * "meaning "…""): a gloss in the writer's words, whoever the sentence is about.
 */
const GLOSS = String.raw`(?:Latin|Greek|French|Spanish|Portuguese|Italian|German|Dutch|Arabic|Hebrew|Persian|Farsi|Urdu|Hindi|Sanskrit|Chinese|Mandarin|Cantonese|Japanese|Korean|Russian|Polish|Turkish|Welsh|Gaelic|Maori|Swahili|Zulu|Afrikaans)\s+for|which\s+means|meaning|translat(?:ed|es)\s+as`;

/**
 * The words that name a term rather than quote anyone ("the so-called "triple-witching" day", "a disorder known as "…"",
 * "an associate known as the "banana king"", "a school known then as the "…"", "a match billed as "…"", "nicknamed "…""). "billed as" only as a passive:
 * "which the organisers billed as "…"" may be the organisers' words.
 */
const NAMES_A_TERM = new RegExp(
  String.raw`(?<![\p{L}])(?:so-called|so called|known(?:\s+(?:then|now|also|still|\p{Ll}+ly))?\s+as(?:\s+(?:the|an?))?|(?:(?:been|being|is|are|was|were)\s+|,\s*)billed as(?:\s+(?:the|an?))?|nicknamed(?:\s+(?:the|an?))?|what (?:is|are|was|were) called|${GLOSS})\s*["“‘']?$`,
  'iu',
);

/** A few words in quote marks that the writer names as a term: nobody's words, whoever the sentence is about. */
function isNamedTerm(quoted: string, before: string): boolean {
  return quoted.split(/\s+/).length <= 6 && NAMES_A_TERM.test(before);
}

/** A passive that names something by the quote ("has been described as", "what is called", "was dubbed"), at its end. */
const NAMED_BY_PASSIVE =
  /(?<![\p{L}])(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:described|called|dubbed|branded|labell?ed|termed)\s+(?:as\s+)?(?:(?:an?|the)\s+)?["“‘']?$/u;
/** Whom or what a passive names it by, later in the sentence ("…" and "…" by scouts", "in a statement"). */
const NAMER_AFTER = /^[^.!?]*?(?<![\p{L}])(?:by|in\s+(?:a|an|the|his|her|its|their)\s+(?:statement|report|letter|interview))(?![\p{L}])/u;

/**
 * A few words a passive names something by, with no one it is named by ("He is described as "a proud grandfather" of
 * four", "This seasonal reserve add is called a "pass.""): a label in the writer's sentence, nobody's words; not where
 * the sentence reports someone (a cue verb before it) or says by whom ("was branded "…" by the Tories").
 */
function isLabelWithoutAgent(quoted: string, before: string, after: string): boolean {
  if (quoted.split(/\s+/).length > 6 || !NAMED_BY_PASSIVE.test(before) || NAMER_AFTER.test(after)) return false;
  const sentence = before.slice(Math.max(before.search(/[.!?]["”’']?\s+[^.!?]*$/), 0)).replace(NAMED_BY_PASSIVE, '');
  return cueMatches(sentence).length === 0;
}

/** A word or two in quote marks, not ending as speech does: a scare quote or a term unless a cue attributes it. */
function isTerm(quoted: string): boolean {
  return quoted.split(/\s+/).length <= 2 && !/[.!?,]$/.test(quoted);
}

/**
 * The words of a quote's sentence before it, from the end of the quote before it in the sentence. Where those
 * words are a cue without its subject and the quotes before are terms ("Howard sent Mr Bush his "warmest
 * congratulations", saying: "…""; "The SOMC, a group of "monetarist" economists, said that "…""), the words
 * before the terms are read too, the terms blanked, so that the cue's subject is in view.
 */
function beforeQuote(text: string, outside: string, spans: QuoteSpan[], i: number, sentenceStart: number): string {
  const own = text.slice(Math.max(sentenceStart, spans[i - 1]?.end ?? 0), spans[i]!.start);
  const cue = cueMatches(own)[0];
  if (!cue || !/^[\s,;:—–-]*(?:(?:and|but)\s+)?(?:that\s+)?$/.test(own.slice(0, cue.index))) return own;
  let j = i - 1;
  while (j >= 0 && spans[j]!.start >= sentenceStart && isTerm(spans[j]!.text)) j--;
  return j === i - 1 ? own : outside.slice(Math.max(sentenceStart, spans[j]?.end ?? 0), spans[i]!.start);
}

/** The text with every span's marks and words replaced by spaces (same length, offsets kept). */
function blankQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function offsets(paragraph: Sentence[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const s of paragraph) {
    out.push(at);
    at += s.text.length + 1;
  }
  return out;
}

/** The sentence an offset falls in: the last whose start is at or before it (binary search). */
function sentenceAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function sentenceEnd(starts: number[], text: string, i: number): number {
  return i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
}
