/**
 * Hides the full stops of abbreviations ("Sen. John McCain", "a senior U.S. trade official",
 * "Joseph E. Cappy") from the attribution patterns, which end a speaker phrase at a full stop.
 * The stop becomes a one-dot leader (same length, so offsets hold) and comes back before a
 * phrase is read.
 */

const MASK = '\u2024';
const TITLES = 'Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cmdr|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|St|Jr|Sr|Inc|Corp|Co|Cos|Bros|Ltd|Dept|Mt|Pres|Supt|Insp|Det';
/**
 * A single capital (U.S., E.; not the last of a firm's letters joined by "&", M&S.) or a title or company
 * abbreviation, before its full stop; a nickname in brackets may follow the initial ("James E. (Jim) Nugent"), and a
 * closing bracket ends initials ("Mansion House Securities (F.E.) Ltd"): no sentence ends inside brackets.
 */
const ABBREVIATION_STOP = new RegExp(`(?<=(?<![\\p{L}&])(?:\\p{Lu}|${TITLES}))\\.(?=\\s*[\\p{L},]|\\)|\\s+\\(\\p{Lu}\\p{Ll}+\\)\\s+\\p{Lu}|$)`, 'gu');

/** The text with its abbreviations' full stops masked. */
export function maskAbbreviations(text: string): string {
  return text.replace(ABBREVIATION_STOP, MASK);
}

/** The text with masked full stops restored. */
export function unmaskAbbreviations(text: string): string {
  return text.replaceAll(MASK, '.');
}
