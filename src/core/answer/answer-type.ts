/**
 * What kind of answer a question wants, read from its opening words, and whether a passage can
 * be that kind of answer: a *when* question needs a time in the passage, a *how many* one a
 * number, a *who* one a name the question does not already contain.
 */
import { STOP_WORDS } from '../index/stop-words.js';

export type AnswerType = 'time' | 'quantity' | 'name' | 'any';

const TIME_WORDS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|weeks|month|months|year|years|ago|day|days|decade|century|spring|summer|autumn|fall|winter|christmas|easter|since|until|earlier|later|recently|\d{4}|\d{1,2}(st|nd|rd|th))\b/i;
const QUANTITY_WORDS =
  /(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|percent|several|few|many|most|all|none|no)\b)/i;

/** The answer type a question asks for. */
export function answerTypeOf(question: string): AnswerType {
  const q = question.trim().toLowerCase();
  if (/^(when|what (date|day|year|month|time)|which (date|day|year|month)|on what (date|day)|how long ago|since when)\b/.test(q)) return 'time';
  if (/^(how (many|much)|what (percentage|share|proportion|number|amount|price))\b/.test(q)) return 'quantity';
  if (/^(who|whom|whose|which (person|official|people|newspaper|paper|outlet|company|firm))\b/.test(q)) return 'name';
  return 'any';
}

/** True when the passage can answer a question of this type. */
export function fitsAnswerType(type: AnswerType, passage: string, question: string): boolean {
  if (type === 'time') return TIME_WORDS.test(passage);
  if (type === 'quantity') return QUANTITY_WORDS.test(passage);
  if (type === 'name') return namesBeyondQuestion(passage, question);
  return true;
}

function namesBeyondQuestion(passage: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}]+/gu) ?? []);
  const words = passage.match(/(?<=\s|^["“‘'(]?)\p{Lu}[\p{L}'’-]*/gu) ?? [];
  return words.some((w) => {
    const word = w.replace(/['’]s?$/, '').toLowerCase();
    return !asked.has(word) && !STOP_WORDS.has(word);
  });
}
