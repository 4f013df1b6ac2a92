/**
 * A role written after a name as an apposition ("Anais Faraj, an analyst at Nomura, told…",
 * "said Rolf Dress, a spokesman for Union Investment."): the job and what it is held at, as written.
 */
import { STOP_WORDS } from '../index/stop-words.js';
import { lexiconTags, VERB_TAGS } from '../text/nlp.js';
import { isRoleHead, isRoleWord } from './roles.js';
import { NAME_PARTICLE_PATTERN } from '../text/name-particles.js';
import { HONORIFIC, HONORIFIC_PATTERN } from '../text/honorifics.js';

/** Heads of an apposition that name a post, though never written as a title before a name ("a senior official of…", "a board member of…"). */
const APPOSITION_HEADS = new Set([
  'official',
  'member',
  'partner',
  'expert',
  'consultant',
  'researcher',
  'negotiator',
  'campaigner',
  'organiser',
  'organizer',
  'delegate',
]);
/** What may open the apposition before its job: an article, or whose the job is ("its minister for…"). */
const OPENER = /^(a|an|the|its|his|her|their)$/;
/** Words after which the job is complete, the rest telling where it is held ("analyst at Nomura", "spokesman for Union Investment"). */
const COMPLEMENT = /^(of|at|for|with|in|on|to|from|representing|advising)$/;
/** Words that end the apposition and begin the clause's own words ("… at Nomura told the BBC"). */
const CLAUSE_WORDS =
  /^(said|says|told|tells|added|adds|continued|explained|warned|argued|insisted|noted|notes|commented|stated|observed|predicted|estimated|expects|expected|believes|believed|cautioned|agreed|suggested|pointed|replied|wrote|writes|urged|stressed|conceded|admitted|acknowledged|recalled|who|whose|which|that|and|but|or|was|is|has|had|have|will|would|were|are|also)$/;
/** A title's abbreviation, which ends nothing before the name it goes with ("aide to Sen. Thad Cochran"). */
const TITLE_ABBREVIATION = /^(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Capt|Sgt|Adm|Maj|Prof|Rev|St)\.$/;
/** Small words after "and" that open another clause or another person's words, not the next field of a job. */
const NO_FIELD_AFTER_AND =
  /^(?:a|an|the|his|her|its|their|he|she|it|they|we|i|was|is|has|had|will|would|also|then|now|first|second|third|fourth|fifth|one|two|three)$/;
/** A speech verb that ends the sentence ("…, a spokesman said."): the words before it are its speaker. */
const REPORTING_TAIL = /^(?:said|says|added|adds)[.!?"”]*$/;
/** The most words a job and where it is held may take. */
const MAX_WORDS = 10;
/** The most words that may stand before the job ("senior", "investment", "Nomura's chief"). */
const MAX_BEFORE_HEAD = 3;
/** How many words past MAX_WORDS a body's name joined by "and" may run. */
const NAME_OVERRUN = 4;
/** Small words inside a body's name ("Institute of Malaysia", "Department for the Environment"). */
const NAME_GLUE = /^(?:of|the|for|and|&|on|de|du|des|la|le)$/;
/** A word that makes the job after it an award's category ("best actress", "best supporting actor"): what someone won, no post. */
const AWARD_CATEGORY = /^best$/i;

/** True for a word that heads a person's job in an apposition. */
function isAppositionHead(word: string): boolean {
  return isRoleHead(word) || APPOSITION_HEADS.has(word.toLowerCase());
}

/** "middle-aged", "40-year-old", "long-serving": a describing compound, whatever its last part's ending. */
export const HYPHENED_DESCRIPTION = /^[\p{Ll}\d]+(?:-\p{Ll}+)+$/u;

/** A lower-case word that may describe a job before its head ("senior", "investment", "board"): no function word, no verb. */
function isJobModifier(word: string): boolean {
  if (isRoleWord(word)) return true;
  // "a middle-aged official", "a 40-year-old farmer": a compound of hyphened words describes the person, no verb.
  if (HYPHENED_DESCRIPTION.test(word)) return true;
  // "directed by Jean-Pierre Jeunet, received best actress … nominations": a verb's past form opens a clause, no job.
  if (STOP_WORDS.has(word) || /(?:ly|ed)$/.test(word)) return false;
  const tags = lexiconTags(word);
  // "Joseph B. Ely II, became chairman,": a verb in the past opens a clause of its own ("PastTense" names no "Verb").
  return !tags.some((t) => /Verb|PastTense|Pronoun|Determiner|Preposition|Conjunction/.test(t));
}

/**
 * The role set off right after a name, read from the text after it, or null: the job and where it
 * is held, without the article ("an analyst at Nomura told" → "analyst at Nomura"), up to the comma,
 * the full stop or the clause's verb that ends it.
 *
 * @example roleAfterName(', a spokesman for Union Investment.') // => 'spokesman for Union Investment'
 */
export function roleAfterName(afterName: string): string | null {
  // Two jobs and where they are held may run too long for a role; the first job alone then is the role.
  // (Read again only where the two jobs were joined: most text after a name is no role at all.)
  const joined = { jobs: false };
  return roleRead(afterName, joined) ?? (joined.jobs ? roleRead(afterName, null) : null);
}

/** The last word of the run of job words from `i`, past a describing word or two between them ("chief financial officer"). */
function lastJobWord(words: string[], i: number): number {
  for (;;) {
    if (/[,.;:)]$/.test(words[i]!)) return i;
    if (i + 1 < words.length && isAppositionHead(bareWord(words[i + 1]!))) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < i + 3 && k < words.length && /^\p{Ll}+$/u.test(words[k]!) && !COMPLEMENT.test(words[k]!) && isJobModifier(words[k]!)) k++;
    if (k === i + 1 || k >= words.length || !/^\p{Ll}/u.test(words[k]!) || !isAppositionHead(bareWord(words[k]!))) return i;
    i = k;
  }
}

/** `joined`: where to note that two jobs were joined, or null to join none. */
function roleRead(afterName: string, joined: { jobs: boolean } | null): string | null {
  if (!afterName.startsWith(', ')) return null;
  const all = afterName.slice(2).trim().split(/\s+/);
  // Room for a body's name that runs past the most words a role takes (see NAME_OVERRUN).
  const words = all.slice(0, MAX_WORDS + 2 + NAME_OVERRUN);
  // "A Little Princess", "The Jungle Book": a capitalised article after a comma opens a title, no role.
  if (/^(A|An|The)$/.test(words[0] ?? '')) return null;
  let i = OPENER.test(words[0] ?? '') ? 1 : 0;
  const start = i;
  // Before the head: lower-case words that describe a job, or a capitalised employer ("Nomura's", "UK").
  while (i < words.length && i - start <= MAX_BEFORE_HEAD) {
    const word = words[i]!;
    if (isAppositionHead(bareWord(word))) break;
    if (/[,.;:)]$/.test(word) || !(/^\p{Lu}/u.test(word) || isJobModifier(word))) return null;
    // "her role in Vera Drake, winning best actress": the prize the film's star won, no role of the film's title.
    if (AWARD_CATEGORY.test(word)) return null;
    i++;
  }
  const head = words[i]?.replace(/[,.;:)]$/, '');
  if (head === undefined || !isAppositionHead(head) || i - start > MAX_BEFORE_HEAD) return null;
  // The head is the last of a run of job words ("chief executive", "vice president"), which a job's describing words
  // may join ("chief financial officer", "chief operating officer").
  i = lastJobWord(words, i);
  // "the president and chief executive of Acme": one holder's two jobs joined by "and" make one role.
  if (joined && words[i + 1] === 'and' && !/[,.;:)]$/.test(words[i]!)) {
    let k = i + 2;
    while (k < words.length && k - i <= 1 + MAX_BEFORE_HEAD && !isAppositionHead(bareWord(words[k]!)) && /^\p{Ll}/u.test(words[k]!) && isJobModifier(words[k]!))
      k++;
    if (k < words.length && isAppositionHead(bareWord(words[k]!))) {
      joined.jobs = true;
      i = lastJobWord(words, k);
    }
  }
  const role = words.slice(start, i + 1).map((w) => w.replace(/[,.;:)]$/, ''));
  if (/,$/.test(words[i]!) && namesNext(all.slice(i + 1))) return null;
  if (/[,.;:)]$/.test(words[i]!) || i + 1 >= words.length) return finish(role);
  const next = words[i + 1]!;
  // "sent to Feroz Abbasi, the men's solicitor says.": a speech verb closing the sentence makes the job its speaker's, no apposition.
  if (REPORTING_TAIL.test(next) && i + 2 >= all.length) return null;
  if (CLAUSE_WORDS.test(bareWord(next))) return finish(role);
  if (!COMPLEMENT.test(next)) return null;
  // Where the job is held: up to the comma, the full stop or the clause's own verb.
  let beforeAnd: string[] | undefined;
  let fieldsAt: number | undefined;
  // Where a firm named after its partners ends: a role that runs on too long past it ends there.
  let firmEnd: number | undefined;
  // A body's name joined by "and" ("at the Agricultural Stabilization and Conservation Service") may run past the most
  // words a role takes, while it goes on in capitals; where it ends, a role too long to read whole may end with it.
  let inName = false;
  let nameEnd: number | undefined;
  const room = () => role.length < MAX_WORDS || (inName && role.length < MAX_WORDS + NAME_OVERRUN);
  for (let j = i + 1; j < words.length && room(); j++) {
    const word = words[j]!;
    // "dignitaries including Bill Clinton, the King of Belgium as well as the French foreign ministry":
    // a phrase that goes on "as well as" is the next item of a list, another person's post, no apposition.
    if (word === 'as' && words[j + 1] === 'well' && bareWord(words[j + 2] ?? '') === 'as') return null;
    // "and" between capitals goes on with a body's name ("leader of the Public and Commercial Services Union").
    // Too long that way, the role stops at the "and", as any other clause word stops it.
    // (Not before an initial, which opens a person's name: "of Astrotech and S. Kent Rockwell's father".)
    const joinsName =
      word === 'and' &&
      /^\p{Lu}/u.test(words[j - 1] ?? '') &&
      !/[,.;:)>]$/.test(words[j - 1]!) &&
      /^\p{Lu}/u.test(words[j + 1] ?? '') &&
      !/^\p{Lu}\.$/u.test(words[j + 1]!);
    // "president of Total's refining and distribution subsidiary": "and" between fields in small letters goes on too.
    const next = words[j + 1] ?? '';
    const joinsFields =
      word === 'and' &&
      /^\p{Ll}/u.test(words[j - 1] ?? '') &&
      !/[,.;:)>]$/.test(words[j - 1]!) &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(bareWord(next)) &&
      !CLAUSE_WORDS.test(bareWord(next)) &&
      !NO_FIELD_AFTER_AND.test(bareWord(next)) &&
      !lexiconTags(bareWord(next)).some((t) => VERB_TAGS.has(t) && t !== 'Gerund');
    if (joinsName || joinsFields) beforeAnd ??= [...role];
    if (joinsName && nameEnd === undefined) inName = true;
    // "of Mexico and Energy Minister Guilermno Perry Rubio": a title after the "and" brings in another person.
    else if (inName && isAppositionHead(bareWord(word))) inName = false;
    else if (inName && nameEnd === undefined && word !== 'and' && !/^\p{Lu}/u.test(word) && !NAME_GLUE.test(word)) {
      nameEnd = role.length;
      // "deputy manager of Mitsui Trust and Banking Co Ltd's securities department": what the body owns goes on.
      inName = /['’]s$/.test(role.at(-1) ?? '');
    }
    if (joinsFields) fieldsAt ??= role.length;
    // Unless "and" brings in the next person of a list ("chairman of BP and Bill Gates, chairman of Microsoft").
    if (joinsName && apposedName(words.slice(j + 1, j + 5))) return finish(beforeAnd!);
    // A bracket opens an aside ("the American Soybean Association (ASA)"), no part of the role.
    if ((CLAUSE_WORDS.test(bareWord(word)) && !joinsName && !joinsFields) || word.startsWith('(')) return finish(role);
    // A wire's stock ticker after a firm's name ends the role with the firm ("chairman of Unocal Corp <UCL>"), or is
    // passed over after its possessive ("president of Dupont's <DD> Conoco Inc subsidiary").
    if (/^<[^<>]*>/.test(word)) {
      if (/['’]s$/.test(role.at(-1) ?? '')) continue;
      return finish(role);
    }
    // "a Scherer director at 25 dlrs a share": an amount is no part of where a job is held; the role ends before it.
    if (role.at(-1) === 'at' && /^[$£€]?\d[\d.,]*$/u.test(word) && AMOUNT_UNIT.test(next)) return finish(role);
    // Initials' full stops inside the phrase end nothing ("chief executive officer of U.S. Courier");
    // a firm's "Co." or "Bros." ends its name, and the sentence may end with it ("at Warner Bros. However").
    if ((INITIALS.test(word) || (TITLE_ABBREVIATION.test(word) && /^\p{Lu}/u.test(next))) && j + 1 < words.length) {
      role.push(word);
      continue;
    }
    // "oil analyst at Donaldson, Lufkin and Jenrette": a firm named after its partners goes on past their commas.
    const partners = partnersAfter(words, j);
    if (partners > 0) {
      role.push(...words.slice(j, j + partners), bareWord(words[j + partners]!));
      if (/[,.;:)!?"]$/.test(words[j + partners]!)) return finish(role);
      firmEnd = role.length;
      j += partners;
      continue;
    }
    role.push(word.replace(/[,.;:)!?"]+$/, ''));
    if (/[,.;:)!?"]$/.test(word)) return finish(role);
  }
  // Run to the end of the sentence: whole; cut off at the most words a role takes: no role.
  if (role.length < MAX_WORDS && all.length <= MAX_WORDS + 2) return finish(role);
  // Fields joined by "and" that run too long with where the job is held end where that begins ("minister for economic
  // and financial services | at the Department of Foreign Affairs").
  // Not where what follows the "and" is a second job ("committee and director | of purchasing"): the first alone is the role.
  const held = fieldsAt === undefined ? -1 : role.findIndex((w, k) => k > fieldsAt! && COMPLEMENT.test(w));
  if (held > 0 && !role.slice(fieldsAt! + 1, held).some((w) => isAppositionHead(w))) return finish(role.slice(0, held));
  if (firmEnd !== undefined) return finish(role.slice(0, firmEnd));
  // "Head of the Crop Protection and Microbiology Division in the Rubber Research Institute of Malaysia": the body's
  // name whole, without where it is, rather than cut at its "and".
  if (nameEnd !== undefined && /^\p{Lu}/u.test(role[nameEnd - 1] ?? ''))
    return finish(role.slice(0, nameEnd).map((w, k) => (k === nameEnd! - 1 ? w.replace(/['’]s$/, '') : w)));
  return beforeAnd ? finish(beforeAnd) : null;
}

/**
 * How many words, from `at`, a firm's partners' names take before the last one ("Donaldson, Lufkin and" of "Donaldson,
 * Lufkin and Jenrette"; "Kronish, Lieb, Weiner and" of "Kronish, Lieb, Weiner and Hellman"), or 0: one capitalised word
 * and its comma, perhaps more, then one without a comma, "and" and a capitalised word.
 */
function partnersAfter(words: string[], at: number): number {
  const partner = /^\p{Lu}[\p{L}'’-]*,$/u;
  if (!partner.test(words[at] ?? '')) return 0;
  let k = at + 1;
  while (k < words.length && partner.test(words[k]!)) k++;
  const last = words[k] ?? '';
  const ok = /^\p{Lu}[\p{L}'’-]*$/u.test(last) && /^(?:and|&)$/.test(words[k + 1] ?? '') && /^\p{Lu}/u.test(words[k + 2] ?? '');
  return ok ? k + 2 - at : 0;
}

/**
 * Whether a name set off by commas follows a role that ends on its job: the role is then that name's
 * ("a letter to Purolator's chairman, Nicholas F. Brady, Emery's chairman, John C. Emery, said": Emery
 * is Emery's chairman). After a place of work the name is the place's ("chairman of Spain's biggest
 * bank, Santander Central Hispano,").
 */
function namesNext(rest: string[]): boolean {
  // So does one before "and" ("songs by Will Young, Queen, Kate Bush and Joy Division"): a list's items, none the
  // role of another.
  return /^(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]*(?:,|\s+and\s)/u.test(rest.slice(0, 5).join(' '));
}

/** A name of two or three words set off by a comma before a role of its own ("Bill Gates, chairman of"). */
function apposedName(next: string[]): boolean {
  const comma = next.findIndex((w) => w.endsWith(','));
  if (comma < 1 || comma > 2 || !next.slice(0, comma + 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  const after = bareWord(next[comma + 1] ?? '');
  return isAppositionHead(after) || (isRoleWord(after) && !STOP_WORDS.has(after));
}

/** Initials written with full stops ("U.S.", "E.F."). */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** A word without the punctuation after it. */
function bareWord(word: string): string {
  return word.replace(/[,.;:)!?"]+$/, '');
}

/** Groups anyone may be in: a member of one holds no post ("a member of the public"). */
const LAY_GROUP = /\bmembers? of the (?:general )?(?:public|audience|crowd)$/i;

/** The unit after an amount ("25 dlrs", "10 pct"). */
const AMOUNT_UNIT = /^(?:dlrs|dollars|pct|percent|cents|mln|million|billion|bln|pounds|yen|marks|francs|p|pence)[,.;:]?$/;

/** The role, unless it ends on a word that cannot close one ("analyst at the") or is no post at all ("member of the public"). */
function finish(role: string[]): string | null {
  while (role.length > 1 && (STOP_WORDS.has(role.at(-1)!) || role.at(-1) === '')) role.pop();
  return role.length > 0 && !LAY_GROUP.test(role.join(' ')) ? role.join(' ') : null;
}

/** Plural people nouns of "One of their leaders, Orlando dos Santos,": the name is a person's, though no role is told. */
const ONE_OF_PEOPLE =
  /^one of (?:the|their|its|his|her) (?:[\p{Ll}-]+ ){0,2}(?:leaders|officials|spokesmen|organisers|organizers|negotiators|lawyers|founders|directors|members|executives|analysts|advisers|advisors|aides)$/u;
/**
 * "One woman, Victoria Lapete,", "Another analyst, Bob Lee,", "Another Belgrade trade union council leader, Predrag
 * Petrovic,": someone brought in by what they are, then named.
 */
const ONE_PERSON = /^(?:One|one|Another|another)\s+(?:[\p{L}-]+\s+){0,4}(\p{Ll}+)$/u;
const PEOPLE_WORDS = new Set(
  'woman man girl boy mother father resident villager survivor victim pensioner student worker farmer fan shopper voter parent refugee witness'.split(' '),
);
function onePerson(clause: string): boolean {
  const noun = ONE_PERSON.exec(clause)?.[1];
  return noun !== undefined && (PEOPLE_WORDS.has(noun) || isAppositionHead(noun));
}

/**
 * A name of two to four capitalised words, maybe with particles ("Orlando dos Santos"), set off by commas or ending the
 * sentence; a cleric's style or an honorific may stand before it ("The Bishop of Durham, the Rt Rev Dr Tom Wright,").
 */
const NAME_AFTER_COMMA = new RegExp(
  `, (?:(?:the\\s+)?(?:(?:Rt|Right|Most|Very)\\.?\\s+)?(?:Rev|Revd|Reverend|Hon|Honourable)\\.?\\s+)?(?:(?:${HONORIFIC_PATTERN})\\.?\\s+)?((?:\\p{Lu}[\\p{L}'’-]+)(?:\\s+(?:\\p{Lu}\\.\\s+)?(?:(?:${NAME_PARTICLE_PATTERN})\\s+)*\\p{Lu}[\\p{L}'’-]+){1,3})(?=,\\s|\\.$)`,
  'gu',
);

/**
 * Names written after a role that opens the clause, as its apposition: "The head of the National
 * Merchant Marine Authority, Murilo Rubens Habbema, was quoted…" (the role "head of the National
 * Merchant Marine Authority"), "One of their leaders, Orlando dos Santos, told Reuters…" (no role).
 */
export function namesAfterRolePhrases(sentence: string): { name: string; role: string | null }[] {
  if (!sentence.includes(', ')) return [];
  const out: { name: string; role: string | null }[] = [];
  for (const m of sentence.matchAll(NAME_AFTER_COMMA)) {
    const before = sentence.slice(0, m.index);
    // A wire's angle brackets and a body's initials in brackets are no break in the clause ("President of
    // <International Telecom Japan Inc> (ITJ), Nobuo Ito,").
    const unbracketed = before.replace(/[<>]/g, '').replace(/\s+\(\p{Lu}[\p{Lu}.&-]{1,9}\)$/u, '');
    const clause = unbracketed
      .split(/[,;:"“”(]\s*/)
      .at(-1)!
      .trim();
    const words = clause.split(/\s+/);
    // "Emery's chairman, John C. Emery, said": a job its employer owns, set off before a name, is that name's role,
    // even after another name ("a letter to Purolator's chairman, Nicholas F. Brady, Emery's chairman, John C. Emery").
    // The employer may be named by two or three words ("Time Inc's chief financial officer, Thayer Bigelow,").
    const owner = words.findIndex((w) => /['’]s$/.test(w));
    // Not after a sentence's opening word or a title ("Yesterday Argentina's economy minister", "Ms Jowell's deputy").
    const owners = words.slice(0, owner + 1);
    const owned =
      owner >= 0 &&
      owner <= 2 &&
      owners.every((w) => /^\p{Lu}[\p{L}.&'’-]*$/u.test(w) && !HONORIFIC.test(w) && !lexiconTags(w).some((t) => NOT_AN_OWNER.has(t))) &&
      words.length > owner + 1 &&
      words.length <= owner + 4;
    const ownedRole = owned ? roleAfterName(`, ${clause},`) : null;
    if (ownedRole && isAppositionHead(words.at(-1)!)) {
      out.push({ name: m[1]!, role: ownedRole });
      continue;
    }
    // A clause after a name's comma is that name's apposition ("Emilio Botin, the chairman of the bank, Santander"), no role of the next.
    // Not after a sentence's opening word ("However, the European representative on the task force, Herve de Carmoy,")
    // or where the clause after the comma has a subject of its own ("playing Barcelona, I spoke with the Bulgarian
    // manager, Hristo Stoichkov,"), or opens on the verb whose subject the name is ("Wilshire Oil Co of Texas, which
    // has a stake in Jacobs Engineering Group Inc, said its chairman, Siggi Wilzig,").
    const apposed = /(\p{Lu}[\p{L}'’-]*),\s+(?!(?:I|we|he|she|they|you|said|says|told)\s)[^,;:]*$/u.exec(before);
    if (apposed && !lexiconTags(apposed[1]!).some((t) => NO_NAME_BEFORE_COMMA.has(t))) continue;
    if (ONE_OF_PEOPLE.test(clause.toLowerCase()) || onePerson(clause)) out.push({ name: m[1]!, role: null });
    else {
      // The whole clause must be the role: "The head of X" is one, "The strike was called by X" is not.
      const opened = words.length > 1 && OPENER.test(words[0]!.toLowerCase());
      const whole = opened ? roleAfterName(`, ${words[0]!.toLowerCase()} ${words.slice(1).join(' ')},`) : null;
      // "President of International Telecom Japan Inc, Nobuo Ito, declined": a title in capitals that opens the
      // sentence, what it is of after it, is the whole role.
      const titled =
        !opened &&
        clause === unbracketed.trim() &&
        /^\p{Lu}/u.test(words[0] ?? '') &&
        isAppositionHead(words[0]!.toLowerCase()) &&
        /^(?:of|at|for)$/.test(words[1] ?? '')
          ? roleAfterName(`, ${clause},`)
          : null;
      const role =
        whole && whole.split(' ').length === words.length - 1 ? whole : titled && titled.split(' ').length === words.length ? titled : closingRole(clause);
      if (role) out.push({ name: m[1]!, role });
    }
  }
  return out;
}

/** Capitalised words of an employer's name, then small words of a job ("Sumitomo Bank Ltd chief economist"). */
const EMPLOYER_THEN_JOB = /^(?:\p{Lu}[\p{L}.&'’-]*\s+)+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)*$/u;

/** Tags of a capitalised word that opens a sentence, no employer's name ("Yesterday", "However"). */
const NOT_AN_OWNER = new Set(['Date', 'Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'Determiner']);

/** Tags of a capitalised word before a comma that names no one: a sentence's adverb or conjunction ("However,"). */
const NO_NAME_BEFORE_COMMA = new Set(['Adverb', 'Conjunction', 'Preposition', 'Pronoun']);

/**
 * A title that closes its clause after a conjunction or a relative ("… and the Bishop of Winchester, the Rt Rev
 * Michael Scott-Joynt,", "… at which the Archbishop of Canterbury, Dr Rowan Williams, will preside"): the whole of
 * what follows the "the" must be the role.
 */
function closingRole(clause: string): string | null {
  // So after a verb that reports or names it ("Wilshire Oil said its chairman, Siggi Wilzig, was appointed"), where the
  // role may open on its employer's name ("said Sumitomo Bank Ltd chief economist, Masahiko Koido"; not after "told",
  // whose object is whom they spoke to: "told MPs the Lord Chancellor, Lord Falconer,").
  for (const m of clause.matchAll(
    /(?<=\s(?:and|which|at|by|including|with)\s)the\s|(?<=(?:^|\s)(?:said|says|told|that)\s)(?:the|its|his|her|their)\s|(?<=(?:^|\s)(?:said|says|that)\s)(?=\p{Lu})/gu,
  )) {
    const words = clause.slice(m.index).split(/\s+/);
    const role = roleAfterName(`, ${words.join(' ')},`);
    const opened = m[0] !== '';
    // The employer's name, then the job in small letters, and nothing else ("said Cassani remains chairman of IBM …" is a clause).
    if (!opened && !EMPLOYER_THEN_JOB.test(words.join(' '))) continue;
    if (role && role.split(' ').length === words.length - (opened ? 1 : 0)) return role;
  }
  return null;
}
