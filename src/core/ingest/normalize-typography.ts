/**
 * Typography normalisation for matching: every quote style becomes a straight quote, every odd
 * space a plain space, `--` an em dash. Shown excerpts keep the article's own characters; this
 * form is only compared and searched.
 *
 * @example normalizeTypography('‘‘I’m here,’’ he said') // => '"I\'m here," he said'
 */
export function normalizeTypography(text: string): string {
  // Most sentences have none of these characters: they are returned as they are.
  if (!ODD_TYPOGRAPHY.test(text)) return text;
  return (
    text
      .replace(/‘‘|’’|``|''/g, '"')
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
      .replace(/\s--\s|(?<=\w)--(?=\w)/g, (m) => m.replace('--', '—'))
      // Wire copy sets a dash against the word on one side too ("a star witness --President Reagan's adviser"): the
      // word is set apart, as it is read (the length kept).
      .replace(/(?<=\s)--(?=\w)/g, '— ')
      .replace(/(?<=\w)--(?=\s)/g, ' —')
      .replace(/[ \t]+/g, ' ')
  );
}

/** Anything the replacements below would change. */
const ODD_TYPOGRAPHY = /‘‘|’’|``|''|--|[“”„‟″«»‘’‚‛′\u00a0\u2000-\u200d\u202f\u205f\u3000\ufeff\t]| {2}/;

/** Folds text for loose comparison: normalised typography, lower case, no punctuation, single spaces. */
export function foldForComparison(text: string): string {
  return normalizeTypography(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
