/**
 * The words that show a name is a body's, not a person's: the kinds of body ("British Chambers of Commerce",
 * "Bank of Italy") and the last words of firms' names and of chambers of state. One list for reading bodies
 * as speakers and for keeping them out of people's names.
 */

/** Kinds of body, which end a body's name and may have what it is of or for after them ("Institute for Fiscal Studies"). */
export const BODY_KIND_PATTERN =
  'Association|Council|Commission|Committee|Office|Ministry|Department|Agency|Party|Union|Group|Company|Corporation|' +
  'Institute|Foundation|Bank|Court|Federation|Confederation|Congress|Society|League|Board|Authority|Trust|Chambers?|' +
  'Centre|Center|Organisation|Organization';

/** Those, other words of bodies' kinds, and the last words of firms' names and of chambers of state ("Motors", "Inc", "Senate"). */
export const BODY_WORD_PATTERN =
  `${BODY_KIND_PATTERN}|Alliance|Fellowship|Coalition|Network|Forum|Campaign|Service|Services|Club|` +
  'Corp|Co|Inc|Ltd|Plc|Motors|Airlines?|Industries|Securities|Government|Parliament|Senate|House';
