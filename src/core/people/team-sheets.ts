/**
 * A match report's team sheet: the players of a side listed by initial and surname, units set
 * apart by semicolons ("C Paterson; S Danielli, A Craig, H Southwell, S Lamont; D Parks, C Cusiter;
 * … G Bulloch (capt)"), or its replacements by initial alone ("R Russell, B Douglas, N Hines").
 * Only a person is so listed; each is given with a full stop after the initial ("S. Danielli"),
 * as a wire writes an initial, so that the story's full name of the player ("Simon Danielli")
 * takes them in. A list of places or clubs has no initials, and one of several initials without
 * the semicolons a team sheet sets between its units must be nearly all initials.
 */
import { isKnownPlace, isNameWord } from './not-a-person.js';
import { isRoleWord } from './roles.js';

/**
 * A player as a sheet writes one: an initial, a given name ("Mirco Bergamasco" beside his brother) or neither, then a
 * surname (perhaps after a particle: "A Lo Cicero"), perhaps a club or "(capt)" in brackets.
 */
/** A particle that opens a surname ("Lo Cicero", "De Marigny"), never a given name before one. */
const PARTICLE = String.raw`(?:de|De|Di|Da|Del|Dal|Lo|La|Le|Van|Von|van|von)\s+`;
const ITEM = new RegExp(String.raw`^(?:(\p{Lu})\s+|(?!${PARTICLE})(\p{Lu}\p{Ll}+)\s+)?((?:${PARTICLE})?\p{Lu}[\p{L}'’-]+)(?:\s*\([^()]{1,30}\))?\.?$`, 'u');
/** Fewest players a sheet lists: a side's replacements are seven. */
const MIN_ITEMS = 7;
/** A side's starting players, fewest (football's eleven), and fewest semicolons between its units (back to front). */
const SIDE_PLAYERS = 11;
const SIDE_UNITS = 3;
/** A football substitution in brackets after the player replaced: the substitute and the minute ("Kerr (Cameron 87)"). */
const SUBSTITUTION = /\((\p{Lu}[\p{L}'’-]+)\s+\d{1,3}\)/gu;

/**
 * A squad's entries, each an initial, a surname and the athlete's club in brackets, perhaps after the event ("60m: D
 * Chin (Belgrave Harriers), J Gardener (Wessex and Bath)."): two or more, and nothing else in the sentence.
 */
const ENTRY_SHAPE = String.raw`(\p{Lu})\s+(\p{Lu}[\p{L}'’-]+)\s*\([^()]{1,60}\)`;
const ENTRY = new RegExp(ENTRY_SHAPE, 'gu');
const ENTRY_LIST = new RegExp(String.raw`^(?:[^:()]{1,20}:\s*)?(?:${ENTRY_SHAPE}(?:,\s*|\.?\s*$)){2,}$`, 'u');
function entriesInList(sentence: string): string[] {
  if (!ENTRY_LIST.test(sentence.trim())) return [];
  return [...sentence.matchAll(ENTRY)].filter((m) => isNameWord(m[2]!) && !isKnownPlace(m[2]!)).map((m) => `${m[1]}. ${m[2]}`);
}

/** The players of a sentence that is a team sheet, each "S. Danielli" (or a surname alone where no initial is written); none otherwise. */
export function namesInTeamSheet(sentence: string): string[] {
  const entries = entriesInList(sentence);
  if (entries.length > 0) return entries;
  const semicolons = (sentence.match(/;/g) ?? []).length;
  const substitutes = [...sentence.matchAll(SUBSTITUTION)].map((m) => m[1]!);
  if (semicolons < SIDE_UNITS && substitutes.length === 0 && !/\p{Lu}\s+\p{Lu}[\p{L}'’-]+(?:\s*\([^()]{1,30}\))?[,;]/u.test(sentence)) return [];
  // A side's name or a colon may open the sheet ("Scotland: C Paterson; …"). A sheet of mixed sides gives each
  // player's country in brackets, perhaps with a comma ("B O'Driscoll (Ireland, capt)"), and may drop the comma
  // after the bracket ("J Fourie (S Africa) T Umaga (New Zealand)").
  const body = sentence
    .replace(/^[^:;,]{0,40}:\s*/, '')
    .replace(/\([^()]{1,30}\)/g, (m) => m.replace(/[,;]/g, ' '))
    .replace(/\)\s+(?=\p{Lu}\s+\p{Lu})/gu, '), ')
    .trim();
  const items = body.split(/\s*[;,]\s*/).filter((item) => item !== '');
  if (items.length < MIN_ITEMS) return [];
  const read = items.map((item) => ITEM.exec(item));
  // A surname that is also a place's ("B Lima") is a player's after an initial, but for a compass point's ("S Africa").
  const place = (m: RegExpExecArray) => isKnownPlace(m[3]!) && (m[1] === undefined || /^[NSEW]$/.test(m[1]));
  const players = read.filter((m): m is RegExpExecArray => m !== null && isNameWord(m[3]!.split(/\s+/).at(-1)!) && !isRoleWord(m[3]!) && !place(m));
  const initialled = players.filter((m) => m[1] !== undefined).length;
  const units = body.includes(';');
  // A whole side set out in its units ("Walder; May, Tait, Mayerhofler, Stephenson; Wilkinson, Grindal; …"), or with
  // its substitutions ("…, Scotland (Samuel 63), Brebner, Kerr (Cameron 87), …"), needs no initials: no list of places
  // or firms takes either shape.
  const side = (semicolons >= SIDE_UNITS || substitutes.length > 0) && items.length >= SIDE_PLAYERS;
  // Nearly every item a player, and most with an initial; a sheet without its units' semicolons all but one.
  if (players.length < items.length - 1 || (!side && initialled < (units ? items.length / 2 : items.length - 1))) return [];
  // A surname alone that opens on a particle ("Lo Cicero") would be read as a given name and a surname: left out.
  const named = players.filter((m) => m[1] || m[2] || !m[3]!.includes(' ')).map((m) => (m[1] ? `${m[1]}. ${m[3]}` : m[2] ? `${m[2]} ${m[3]}` : m[3]!));
  return side ? [...named, ...substitutes.filter((n) => isNameWord(n) && !isKnownPlace(n) && !named.includes(n))] : named;
}
