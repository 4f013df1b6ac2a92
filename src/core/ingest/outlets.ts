/**
 * Recognises news outlets by the shape of their names (a capitalised phrase ending in a masthead
 * noun such as Post, Times or Journal, or a wire agency or broadcaster), and finds where a sentence
 * credits one for its report ("according to the Post", "the Times reported", "told The Washington Post").
 */
import { normalizeTypography } from './normalize-typography.js';

const MASTHEAD_NOUNS =
  'Post|Times|Journal|Herald|Tribune|Gazette|Chronicle|Guardian|Telegraph|Observer|Examiner|Inquirer|Globe|Star|Sun|News|Week|Economist|Independent|Mirror|Express|Standard|Review|Magazine|Bulletin|Courier|Dispatch|Register|Monitor|Atlantic|Beast|Intercept|Daily';
/**
 * Wires and broadcasters, which "the paper" or "the newspaper" never means ("The People's Daily said …. The paper added").
 * Not "ABC", a Spanish daily's name too.
 */
const WIRES_AND_BROADCASTERS =
  'Reuters|Associated Press|AFP|Agence France-Presse|Bloomberg|UPI|CNN|BBC|NBC|CBS|MSNBC|NPR|PBS|Xinhua|Al Jazeera|Sky News|Fox News|' +
  // Stations known by their number ("Radio 1 said the show would not try to replace Peel").
  'Radio [1-7]|Channel [45]';
const WIRE_OR_BROADCAST = new RegExp(`^(?:${WIRES_AND_BROADCASTERS})$`);
const AGENCIES =
  `${WIRES_AND_BROADCASTERS}|Reuter|AP|ABC|Politico|Axios|Salon|Vox|Slate|Breitbart|HuffPost|BuzzFeed|Newsweek|Forbes|` +
  // Papers whose names have no masthead noun in capitals after plain words.
  "People's Daily|Pravda|Izvestia";

/** The latest outlet of an article's (most recent last) that "the paper" may mean: no wire or broadcaster. */
export function latestPaper(outlets: string[]): string | undefined {
  return [...outlets].reverse().find((o) => !WIRE_OR_BROADCAST.test(o));
}
/** Papers whose names end past their masthead noun ("the Daily Mail", not "the Daily"): tried before the nouns. */
const MASTHEAD_AND_MORE = 'Daily Mail|Mail on Sunday|Daily Record|Daily Variety';
// A word of a name may be one capital ("Q Magazine"), but not "A" or "I", which open sentences.
const NAME = `${MASTHEAD_AND_MORE}|(?:(?!The\\b)(?:[A-Z][a-z]+|(?![AI]\\b)[A-Z])\\.? ){0,3}(?:${MASTHEAD_NOUNS})|${AGENCIES}`;
const OUTLET = new RegExp(`\\b(?:[Tt]he )?(${NAME})\\b`, 'g');
const WHOLE_OUTLET = new RegExp(`^(?:[Tt]he )?(${NAME})$`);
const SAID = '(?:reports|reported|has reported|had reported|first reported|notes|noted|says|said|wrote|writes|published|revealed|reveals)';
const CREDIT_PATTERNS = [
  new RegExp(`\\baccording to (?:[Tt]he )?(${NAME}|paper|newspaper|report|story)\\b`, 'g'),
  // Not an outlet a speaker works for ("Theodore Cross, editor of Business and Society Review, a
  // business publication, said"): the speaker said it, not the Review.
  new RegExp(`(?<!\\b(?:of|at|for|with) (?:[Tt]he )?(?:[A-Z][a-z]+ (?:and |& )?){0,3})\\b(?:[Tt]he )?(${NAME})(?:,[^,]{1,40},)? ${SAID}\\b`, 'g'),
  new RegExp(`\\b(?:reports|reported|notes|noted|writes|wrote|told) (?:[Tt]he )?(${NAME}|paper|newspaper)\\b`, 'g'),
];
const AGENCY_FORMS: Record<string, string> = { Reuter: 'Reuters', AP: 'Associated Press' };

/** The canonical outlet a whole phrase names ("The Washington Post" → "Washington Post"), else null. */
export function outletName(phrase: string): string | null {
  const m = WHOLE_OUTLET.exec(
    normalizeTypography(phrase)
      .trim()
      .replace(/[.,:;]$/, ''),
  );
  return m ? canonical(m[1]!) : null;
}

/**
 * A publication named after its kind in small letters ("the daily Gunes", "US magazine Mobile PC", "the Italian
 * newspaper La Repubblica", "the Kuwait daily al-Qabas"), whose name has no masthead noun. Not "weekly" or "paper",
 * which open a report as often ("the weekly USDA report", "a paper Bangemann wrote"), nor a time ("the newspaper Tuesday"), nor one word in the
 * possessive ("the newspaper Britain's biggest union publishes"; but "US magazine Rolling Stone's annual list"). The name
 * must end where a clause goes on (a verb, a small word, a mark), not before a noun it qualifies ("the daily SDR price",
 * "average daily Treasuries trading").
 */
const TIME_WORD =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}])';
const AFTER_PUBLICATION_NAME =
  '(?=\\s*$|\\s*(?:[,;:!?()"“”]|\\.(?!\\S))|\\s+(?:' +
  TIME_WORD.replace('(?![\\p{L}])', '') +
  '|(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|added|adds|has|had|have|is|was|were|will|would|on|in|of|that|which|who|and|or|but|to|for|from|at|by|with|as|under|last|this|earlier|yesterday|today|also|recently|\\p{Ll}+ed)(?![\\p{L}])))';
const KIND_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:magazine|newspaper|daily|tabloid|journal)\\s+(?!(?:The|A|An|I|In|On)(?![\\p{L}])|${TIME_WORD})` +
    `((?:(?:al|el|an|ar|as|ad|at)-)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:de|di|del|della|der|du|des|la|le)\\s+)?(?!${TIME_WORD})\\p{Lu}[\\p{L}'’-]*){0,3}?)(?:(['’]s)(?![\\p{L}])|(?!['’]s)${AFTER_PUBLICATION_NAME})`,
  'gu',
);

/** Every outlet named in a text, in order of appearance; a lone masthead noun counts only after "the" (the Post, not "News broke"). */
export function outletsMentioned(text: string): string[] {
  const normal = normalizeTypography(text);
  const found = [...normal.matchAll(OUTLET)]
    .filter((m) => m[0] !== m[1] || !canonical(m[1]!).startsWith('The '))
    .map((m) => ({ at: m.index + m[0].indexOf(m[1]!), name: canonical(m[1]!) }));
  for (const named of publicationsByKind(normal)) {
    if (!found.some((f) => f.at <= named.at + named.name.length && named.at <= f.at + f.name.length)) found.push(named);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** The publications a text names after their kind ("the daily Gunes" → Gunes), with where each name starts. */
export function publicationsByKind(text: string): { name: string; at: number }[] {
  return [...text.matchAll(KIND_THEN_NAME)]
    .filter((m) => !m[2] || m[1]!.includes(' '))
    .map((m) => ({ at: m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0), name: m[1]! }));
}

/** A short form ("The Post") as the fuller outlet named before it ("Washington Post"), if any. */
export function resolveOutlet(name: string, earlier: string[]): string {
  if (!name.startsWith('The ')) return name;
  const noun = name.slice(4);
  for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i]!.endsWith(` ${noun}`)) return earlier[i]!;
  return name;
}

/** How many distinct outlets an article is remembered to have named (real articles name a handful). */
const REMEMBERED_OUTLETS = 100;

/**
 * Notes that an article named `outlet` in `named`, its outlets most recent last: each once, at most
 * a hundred, so that resolving a short form stays cheap in an article that names thousands.
 */
export function noteOutlet(named: string[], outlet: string): void {
  const at = named.lastIndexOf(outlet);
  if (at >= 0) named.splice(at, 1);
  named.push(outlet);
  if (named.length > REMEMBERED_OUTLETS) named.shift();
}

/**
 * The outlets a sentence credits for its report. Short forms ("the Post") and "the paper" are
 * resolved against the outlets the article named before (`earlier`, most recent last).
 */
export function findCredits(sentence: string, earlier: string[]): string[] {
  const text = normalizeTypography(sentence);
  const found = new Set<string>();
  for (const pattern of CREDIT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const resolved = resolveShortForm(m[1]!, earlier);
      if (resolved) found.add(resolved);
    }
  }
  return [...found];
}

function resolveShortForm(name: string, earlier: string[]): string | null {
  if (/^(paper|newspaper)$/.test(name)) return latestPaper(earlier) ?? null;
  if (/^(report|story)$/.test(name)) return earlier.at(-1) ?? null;
  const outlet = canonical(name);
  return resolveOutlet(outlet, earlier);
}

/** Agency sign-off forms get their usual name; a lone masthead noun keeps its article ("The Week"). */
function canonical(name: string): string {
  if (AGENCY_FORMS[name]) return AGENCY_FORMS[name];
  return new RegExp(`^(${MASTHEAD_NOUNS})$`).test(name) ? `The ${name}` : name;
}
