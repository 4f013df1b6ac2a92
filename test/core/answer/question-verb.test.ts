import { describe, expect, it } from 'vitest';
import { paymentQuestionVerb, whoQuestionVerb } from '../../../src/core/answer/question-verb.js';

describe('whoQuestionVerb: the verb a who-question asks the doer of', () => {
  it.each([
    ['Who directed the 1957 film Jailhouse Rock?', 'directed'],
    ['Who led the IOC inspection team visiting London?', 'led'],
    ['Who is bidding for the Reed drilling bit business?', 'bidding'],
    // Past the subject of "did": compromise takes "beat" for a noun there.
    ['Who did Federer beat in the final?', 'beat'],
    ['Who will supervise the identity card scheme?', 'supervise'],
    // "called for" asks for a demand, which the passage must tell.
    ['Who called for an inquiry?', 'called'],
  ])('%j asks who %j', (question, verb) => {
    expect(whoQuestionVerb(question)).toBe(verb);
  });

  it.each([
    // What someone is, not what they did.
    'Who will be chief executive of Baker Hughes Inc?',
    "Who is Ebbers' defence lawyer?",
    'Who became deputy leader of Veritas?',
    // An empty verb: the prize is the question's point, and "won" or "picked up" may say it.
    'Who took the supporting actor prize?',
    // A passive asks whom it befell: the answer may say what they became ("the new chairman, Mr Smith").
    'Who was appointed chairman?',
    // Not a who-question.
    'What did Hughes decide?',
    // A verb that names what was said of something: "accused Labour of … a downright lie" tells it (BBC politics, the 2005 Budget).
    "Who called Labour's spending claims a downright lie?",
    'Who described the Budget as a con?',
  ])('%j asks through no verb of its own', (question) => {
    expect(whoQuestionVerb(question)).toBeNull();
  });
});

describe('paymentQuestionVerb: the verb of payment a how-much question asks the sum of', () => {
  it.each([
    ['How much was Ebbers paid as WorldCom chief executive?', 'paid'],
    ['How much has Pennzoil spent on lawyers in the Getty case?', 'spent'],
    ['How much money did Cynthia Cooper earn at WorldCom?', 'earn'],
    ['How much did the PSP cost in Japan?', null],
    ['How much of Caesars would Sosnoff own?', null],
    ['How many people were paid?', null],
    // A noun, or a verb after "to", is not the payment asked.
    ['How much does the charge cost?', null],
    ['How much will it cost to pay off the debt?', null],
  ])('%j → %j', (question, verb) => {
    expect(paymentQuestionVerb(question)).toBe(verb);
  });
});
