/**
 * HTML character references left in scraped text (`Jos&#233;`, `AT&amp;T`) decoded to the
 * characters they stand for, so that names, quotes and search read "José" and "AT&T".
 * References to control characters (Reuters' `&#5;` markers) stay as written: they stand for no
 * character a reader sees, and the metadata rules read the header lines as they are.
 *
 * @example decodeEntities('Jos&#233; said &quot;no&quot;') // => 'José said "no"'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = /^#[xX]/.test(ref) ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return isPrintable(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function isPrintable(code: number): boolean {
  return code >= 32 && !(code >= 127 && code < 160) && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000);
}

/** The named references news text uses; anything else stays as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  pound: '£',
  euro: '€',
  cent: '¢',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  Eacute: 'É',
  Aacute: 'Á',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
};
