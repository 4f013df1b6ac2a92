/** Discord's message limits, and cutting text cleanly to fit them. */

export const LIMITS = {
  content: 2000,
  description: 4096,
  message: 6000,
  fields: 25,
  fieldValue: 1024,
  title: 256,
  footer: 2048,
  customId: 100,
  choices: 25,
  choiceName: 100,
  buttonLabel: 80,
} as const;

/** Cuts `text` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
