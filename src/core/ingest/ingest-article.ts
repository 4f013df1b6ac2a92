/**
 * The ingest pipeline for one article: text in, metadata and verbatim sentences out. Each step is
 * its own module; this file only runs them in order.
 */
import type { Article, ArticleMetaInput, ArticleSource, Sentence } from '../types.js';
import { decodeEntities } from './decode-entities.js';
import { splitBlocks } from './split-blocks.js';
import { stripBoilerplate } from './strip-boilerplate.js';
import { extractMetadata } from './extract-metadata.js';
import { splitSentences } from './split-sentences.js';
import { normalizeTypography } from './normalize-typography.js';
import { findCredits, noteOutlet, outletsMentioned } from './outlets.js';
import { bodyForms, headlineCase, isAllCaps } from './headline-case.js';

/** An article and its sentences, before people are resolved across the story. */
export interface IngestedArticle {
  article: Article;
  sentences: Sentence[];
}

const TITLE_WORDS = 10;

/** Runs the ingest steps over one article. */
export function ingestArticle(source: ArticleSource, given: ArticleMetaInput = {}): IngestedArticle {
  // 0. Entities: HTML character references in scraped text become the characters they stand for.
  const text = decodeEntities(source.text);
  // 1. Blocks: paragraphs and header lines, hard-wrapped lines joined back.
  const blocks = splitBlocks(text);
  // 2. Boilerplate: widgets, calls to action, bios, related headlines, a leading metadata token.
  const stripped = stripBoilerplate(blocks);
  // 3. Metadata: headline, outlet, byline, date from the header and the removed parts; the user's wins.
  const meta = extractMetadata(stripped.blocks, stripped.removed, given);
  // 4. Sentences: headline and deck stand alone; paragraphs are split, each sentence verbatim.
  const paragraphs = [...meta.headerLines.map((b) => [b.text]), ...meta.body.map((b) => splitSentences(b.text))];
  const sentences = numberSentences(source.id, paragraphs, meta.headerLines.length);
  // 5. Credits: which outlet each sentence (or its paragraph so far) says the report comes from.
  creditOutlets(sentences);

  // 6. Title: a headline a wire wrote in capitals, in title case, its words cased as the body writes them (a title the user gave stays as given).
  const headline =
    meta.headline !== null && given.title === undefined && isAllCaps(meta.headline)
      ? headlineCase(meta.headline, bodyForms(sentences.map((s) => s.text)))
      : meta.headline;
  const title = headline ?? openingWords(sentences[0]?.text ?? source.id);
  return {
    article: { id: source.id, title, outlet: meta.outlet, byline: meta.byline, date: meta.date, url: meta.url, sentenceCount: sentences.length },
    sentences,
  };
}

function numberSentences(article: string, paragraphs: string[][], headerLines: number): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((texts, p) => {
    for (const text of texts) {
      const sentence: Sentence = { article, n: out.length + 1, paragraph: p + 1, text, norm: normalizeTypography(text), credits: [], people: [] };
      out.push(p < headerLines ? { ...sentence, header: true } : sentence);
    }
  });
  return out;
}

function creditOutlets(sentences: Sentence[]): void {
  const named: string[] = [];
  let paragraph = -1;
  let inherited: string[] = [];
  let inQuote = false;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      inherited = [];
      inQuote = false;
    }
    // A credit carries on through the words it introduced (a quote that runs on) or to a sentence
    // that points back to the report ("It added…"), not to the article's own background after it.
    if (!carriesCredit(s.norm, inQuote)) inherited = [];
    // Counted sentence by sentence, so a long paragraph is read once.
    if ((s.norm.match(/["“”]/g) ?? []).length % 2 === 1) inQuote = !inQuote;
    const own = findCredits(s.norm, named);
    // The most recent few: a paragraph crediting thousands of outlets would otherwise give each
    // sentence all those before it (quadratic in time, memory and snapshot size).
    s.credits = [...new Set([...inherited, ...own])].slice(-MAX_CREDITS);
    inherited = s.credits;
    const mentioned = outletsMentioned(s.norm).map((o) => findCredits(`according to ${o}`, named)[0] ?? o);
    for (const o of mentioned) noteOutlet(named, o);
  }
}

/** Whether a sentence goes on with what the one before reported: inside its quote, or pointing back to its source. */
function carriesCredit(sentence: string, inQuote: boolean): boolean {
  return inQuote || /^["“]/.test(sentence) || POINTS_BACK.test(sentence);
}
const POINTS_BACK =
  /^(?:(?:But|However|And|Also),?\s+)?(?:It|They|The (?:paper|newspaper|report|magazine|agency|broadcaster|network|station|channel|programme|survey|study)|According to (?:it|the))\b/i;

/** Credits kept per sentence (no sentence of the BBC or Reuters archives has more than two). */
const MAX_CREDITS = 8;

/** A title made of the first words of a sentence, for articles without a headline. */
export function openingWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= TITLE_WORDS ? text : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
}
