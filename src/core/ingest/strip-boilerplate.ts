/**
 * Removes what is not the article: share widgets, calls to action and their blurbs, author bios,
 * lists of related headlines after the end, and a leading metadata token. Every rule goes by the
 * shape of the text (length, punctuation, who it addresses, where it stands), never by phrases
 * from particular sites, and what it removes is kept with a reason for the metadata step.
 */
import type { Block } from './split-blocks.js';
import { endsLikeSentence, isBlankLine, isHeadlineLike, isSeparatorLine, wordsOf } from './lines.js';
import { normalizeTypography } from './normalize-typography.js';

/** Why a block was taken out as boilerplate. */
export type BoilerplateReason = 'widget' | 'call-to-action' | 'bio' | 'after-end' | 'metadata-token';

/** A block (or the prefix of one) taken out of the article, and why. */
export interface RemovedBlock extends Block {
  reason: BoilerplateReason;
  /** Where it stood: before the first paragraph, inside, or after the last. */
  position: 'head' | 'body' | 'tail';
}

/** The article with boilerplate taken out. */
export interface StrippedArticle {
  blocks: Block[];
  removed: RemovedBlock[];
}

const CTA_START =
  /^(subscribe|sign (up|in)|log ?in|register (now|for|here)|read more|continue reading|click (here|to)|tap (here|to)|follow (us|@)|download (the|our)|get (our|the latest|a free)|share (this|on)|like us|don'?t miss|advertisement|related (articles|stories|coverage)|see also|more from|recommended for you)\b/i;
const PROMO_WORDS = /\b(newsletters?|inbox|subscri(be|ption|bers?)|unsubscribe|free trial|sign up|(daily|weekly|free) e-?mails?|ad-free)\b/i;
const ADDRESSES_READER = /\b(you|your|yours|our|we|us)\b/i;
// A job with no article before it ("Clark Boyd is technology correspondent for The World") is the bio's only when a few
// words of its field come first ("is based upon the novel … written by journalist" is no bio).
const BIO =
  /^[\p{Lu}][\p{L}'’.-]+(\s+[\p{Lu}][\p{L}'’.-]+){1,3}\s+(is|was|has been)\s+(?:(a|an|the)\s[^.]{0,80}?\b|(?:\p{Ll}[\p{L}-]*\s+){0,3})(writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|author|critic|intern|fellow)\b/u;
const METADATA_TOKEN = /^\s*(date|dated|published|posted|updated)\s*:?\s*(\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)\s+/i;

/** A call to action: an imperative to subscribe, sign up, read more…, or promotional copy addressing the reader. */
export function isCallToAction(text: string): boolean {
  const t = normalizeTypography(text).trim();
  const words = wordsOf(t).length;
  if (CTA_START.test(t) && words <= 20) return true;
  return PROMO_WORDS.test(t) && ADDRESSES_READER.test(t) && words <= 30;
}

/** An author bio: "Name Surname is a staff writer at …". */
export function isAuthorBio(text: string): boolean {
  return BIO.test(normalizeTypography(text).trim());
}

/** A word in capitals after the last sentence of a paragraph: a wire's sign-off ("… a year ago. REUTER"). */
const SIGN_OFF = /(?<=[.!?]["”’]?)\s+(\p{Lu}{3,})\s*$/u;

/** A body paragraph: prose that ends like a sentence (before any sign-off) and is not promotional. */
function isBodyParagraph(text: string): boolean {
  return wordsOf(text).length >= 6 && endsLikeSentence(text.replace(SIGN_OFF, '')) && !isCallToAction(text) && !isAuthorBio(text);
}

/** Single words and separators standing alone before or after the article: Print, Share, `-`. */
function isWidget(text: string): boolean {
  return isSeparatorLine(text) || (wordsOf(text).length === 1 && !endsLikeSentence(text));
}

/** Strips boilerplate from an article's blocks. */
export function stripBoilerplate(input: Block[]): StrippedArticle {
  const blocks = input.map((b) => ({ ...b }));
  const removed: RemovedBlock[] = [];
  const take = (i: number, reason: BoilerplateReason, position: RemovedBlock['position']) => {
    const b = blocks[i];
    if (b && !isBlankLine(b.text)) removed.push({ ...b, reason, position });
    if (b) b.text = '';
  };
  const first = blocks.findIndex((b) => isBodyParagraph(b.text));
  const last = findLastIndex(blocks, (b) => isBodyParagraph(b.text));
  if (first < 0) return { blocks: blocks.filter((b) => !isWidget(b.text)), removed };

  // Head: share and print widgets above the headline.
  for (let i = 0; i < first; i++) if (isWidget(blocks[i]!.text)) take(i, 'widget', 'head');

  // Body: calls to action, and the short blurbs addressing the reader that sit directly under them.
  let inPromo = false;
  for (let i = first; i <= last; i++) {
    const text = blocks[i]!.text;
    if (isBlankLine(text)) {
      inPromo = false;
      continue;
    }
    const plain = normalizeTypography(text);
    const blurb: boolean = inPromo && wordsOf(text).length <= 25 && ADDRESSES_READER.test(plain) && !plain.includes('"');
    inPromo = isCallToAction(text) || blurb || (inPromo && text === blocks[i - 1]?.text);
    if (inPromo) {
      // A short heading standing right above promotional copy belongs to it.
      const above = blocks[i - 1];
      if (above && i - 1 >= first && isHeadlineLike(above.text, 12)) take(i - 1, 'call-to-action', 'body');
      take(i, 'call-to-action', 'body');
    }
  }

  // Tail: after the last real paragraph, widgets, calls to action, bios and sign-offs go; so does
  // everything once one of them (or a separator) marks the end. Headline-like lines alone (a
  // table, a list of results) stay: they may be the article's own.
  let ended = false;
  for (let i = last + 1; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (isBlankLine(text)) continue;
    const reason = isAuthorBio(text) ? 'bio' : isWidget(text) ? 'widget' : isCallToAction(text) ? 'call-to-action' : 'after-end';
    ended ||= reason === 'bio' || reason === 'call-to-action' || isSeparatorLine(text);
    if (reason !== 'after-end' || ended) take(i, reason, 'tail');
  }

  // Sign-off: a word in capitals after the last sentence, on the same line ("… a year ago. REUTER").
  const lastBlock = blocks[last]!;
  const signOff = SIGN_OFF.exec(lastBlock.text);
  if (signOff) {
    removed.push({ text: signOff[1]!, line: lastBlock.line, reason: 'widget', position: 'tail' });
    lastBlock.text = lastBlock.text.slice(0, signOff.index);
  }

  // Lead: a metadata token such as `date 2017-06-09` opening the first paragraph.
  const lead = blocks[first]!;
  const token = METADATA_TOKEN.exec(lead.text);
  if (token) {
    removed.push({ text: token[0].trim(), line: lead.line, reason: 'metadata-token', position: 'head' });
    lead.text = lead.text.slice(token[0].length);
  }
  return { blocks, removed };
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
