/**
 * The words that show a name is a body's, not a person's: the kinds of body ("British Chambers of Commerce",
 * "Bank of Italy") and the last words of firms' names and of chambers of state. One list for reading bodies
 * as speakers and for keeping them out of people's names.
 */

/** Kinds of body, which end a body's name and may have what it is of or for after them ("Institute for Fiscal Studies"). */
export const BODY_KIND_PATTERN =
  'Association|Council|Commission|Committee|Office|Ministry|Department|Agency|Party|Union|Group|Company|Corporation|' +
  'Institute|Foundation|Bank|Court|Federation|Confederation|Congress|Society|League|Board|Authority|Trust|Chambers?|' +
  'Centre|Center|Organisation|Organization|Alliance|Fellowship|Coalition|Network|Forum|Campaign|Club';

/**
 * Those and the words that end firms' and funds' names and chambers of state ("Motors", "Inc", "Income Fund",
 * "Senate"). "Service" is one of these, no kind, as firms hold it inside their names ("Public Service Co of New Mexico").
 */
export const BODY_WORD_PATTERN = `${BODY_KIND_PATTERN}|Service|Services|Corp|Co|Inc|Ltd|Plc|Motors|Airlines?|Industries|Securities|Funds?|Partners|Bancorp|Holdings|Associates|Government|Parliament|Senate|House`;
