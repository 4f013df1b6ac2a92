/**
 * What kind of answer a question wants, read from its opening words, and whether a passage can
 * be that kind of answer: a *when* question needs a time in the passage, a *how many* one a
 * number, a *who* one a name the question does not already contain.
 */
import { STOP_WORDS } from '../index/stop-words.js';

/** The kind of answer a question wants; 'any' puts no condition on the passage. */
export type AnswerType = 'time' | 'quantity' | 'name' | 'speech' | 'any';

const TIME_WORDS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|weeks|month|months|year|years|ago|days?|decade|century|summer|autumn|winter|christmas|easter|\d{4}|\d{1,2}(st|nd|rd|th))\b/i;
/** Month names count only capitalised ("May", not the verb "may"). */
const MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const QUANTITY_WORDS =
  /(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|percent|double|twice|triple)\b)/i;

/** "What did X say / tell / think about…", "How did X respond / explain…": what someone said ("react" is left out: shares react too). */
const SPEECH_QUESTION = /^(what|how) (did|does|do|has|have|had|will|would) .{1,60}?\b(say|tell|think|reply|respond|explain|describe|call|argue|claim|warn)\b/;
/** The speaker of such a question: the words between its auxiliary and its verb of saying. */
const SPEECH_QUESTION_SPEAKER =
  /^\s*(?:what|how) (?:did|does|do|has|have|had|will|would) (.{1,60}?)\b(?:say|tell|think|reply|respond|explain|describe|call|argue|claim|warn)\b/i;
/** A passage reports speech when it has a verb of saying or a quotation. */
const SPEECH_CUE =
  /\b(said|says|say|told|tells|added|adds|according to|stated|argued|argues|insisted|warned|warns|claimed|claims|declared|described|called|replied|responded|reacted|explained|quoted|suggested|urged|accused|denied|admitted|conceded|predicted|commented|remarked|noted|announced|asked)\b|["“”]/i;

/** Numbers that are dates, not amounts: years where a date stands ("in 1987", "March 27, 1987"), and days of months ("March 27", "27 March"). */
const DATES =
  /\b(in|since|by|from|until|till|before|after|during|of|early|late|mid|the)[ -](1[89]\d\d|20\d\d)s?\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2},?)? (1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b|\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** The answer type a question asks for. */
export function answerTypeOf(question: string): AnswerType {
  const q = question.trim().toLowerCase();
  if (/^(when|what (date|day|year|month|time)|which (date|day|year|month)|on what (date|day)|how long|how soon|since when|until when)\b/.test(q)) return 'time';
  if (/^(how (many|much|large|big|high|low)|what (percentage|share|proportion|number|amount|price|rate|size|sum|stake|value))\b/.test(q)) return 'quantity';
  if (/^(who|whom|whose|which (person|official|people|newspaper|paper|outlet|company|firm))\b/.test(q)) return 'name';
  if (SPEECH_QUESTION.test(q)) return 'speech';
  return 'any';
}

/** The words of a question's opening that ask, not tell ("how long", "how often", "what kind of"): no passage should be sought for them. */
const ASKING_WORDS = /^\s*(how (long|often|soon|far|large|big|high|low|old|much|many)|what (kind|sort|type) of)\b/i;

/** The question without its asking words, for searching ("How long was she a member?" → "How was she a member?": "long" is not searched). */
export function withoutAskingWords(question: string): string {
  return question.replace(ASKING_WORDS, (m) => `${m.trim().split(/\s+/)[0]} `);
}

/** True when the passage can answer a question of this type. */
export function fitsAnswerType(type: AnswerType, passage: string, question: string, knownNames: Set<string> = new Set()): boolean {
  if (type === 'time') return TIME_WORDS.test(passage) || MONTHS.test(passage);
  if (type === 'quantity') return QUANTITY_WORDS.test(passage.replace(DATES, ' '));
  if (type === 'name') return namesBeyondQuestion(passage, question, knownNames);
  if (type === 'speech') return SPEECH_CUE.test(passage) && namesOfQuestionIn(passage, question);
  return true;
}

/** Titles that stand before a name and name nobody by themselves. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'prime',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'judge',
  'chairman',
  'chief',
  'general',
]);

/** Whether the passage names the one the question asks about (the last capitalised word of the speaker's name, a surname: "Mr Ortiz" in "What did Mr Ortiz say about the EU?"), or the question names nobody. */
function namesOfQuestionIn(passage: string, question: string): boolean {
  const speaker = SPEECH_QUESTION_SPEAKER.exec(question)?.[1] ?? '';
  const names = (speaker.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
    .map((n) => n.replace(/['’]s?$/, ''))
    .filter((n) => !TITLES.has(n.toLowerCase()) && !STOP_WORDS.has(n.toLowerCase()));
  return names.length === 0 || passage.includes(names.at(-1)!);
}

/**
 * A capitalised word the question lacks. A sentence's first word counts only when it is a known
 * name or a second capitalised word follows it ("Workers lost…" names nobody).
 */
function namesBeyondQuestion(passage: string, question: string, knownNames: Set<string>): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const isNew = (w: string) => {
    const word = w.replace(/['’]s?$/, '').toLowerCase();
    return !asked.has(word) && !STOP_WORDS.has(word);
  };
  for (const m of passage.matchAll(/(^|[.!?]["”’]*\s+|\s|["“‘(])(\p{Lu}[\p{L}'’-]*)(\s+\p{Lu}[\p{L}'’-]*)?/gu)) {
    const startsSentence = m[1] === '' || /[.!?]/.test(m[1]!);
    if (!startsSentence && isNew(m[2]!)) return true;
    if (startsSentence && isNew(m[2]!) && knownNames.has(m[2]!.replace(/['’]s?$/, ''))) return true;
    if (startsSentence && m[3] && (isNew(m[2]!) || isNew(m[3].trim()))) return true;
  }
  return false;
}
