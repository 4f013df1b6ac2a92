/**
 * The honorifics written before a person's name ("Mr Blair", "Dame Judi Dench", "Lord Falconer") and the titles
 * of rank ("Sheikh", "Prince"): none of them part of the name. One list for every step that reads names.
 */

/** Honorifics written before a surname alone ("Mr Blair", "Dr Tuffy"), the form copy uses after the first mention. */
export const SURNAME_HONORIFIC_PATTERN = 'Mr|Mrs|Ms|Miss|Dr';

/** Every honorific: those and Sir and Dame, written before a given name, and Lord and Lady, before a peer's title. */
export const HONORIFIC_PATTERN = `${SURNAME_HONORIFIC_PATTERN}|Sir|Dame|Lord|Lady`;

/** Titles of rank, which the cast keeps apart from the name they stand before ("Sheikh Ali al-Khalifa al-Sabah"). */
export const RANK_TITLE_PATTERN = 'Sheikh|Prince|Princess|Sultan|Emir|King|Queen';

/** One honorific word, perhaps with its full stop ("Mr.", "Dame"). */
export const HONORIFIC = new RegExp(`^(?:${HONORIFIC_PATTERN})\\.?$`);

/** One honorific of a surname, perhaps with its full stop ("Mrs."). */
export const SURNAME_HONORIFIC = new RegExp(`^(?:${SURNAME_HONORIFIC_PATTERN})\\.?$`);
