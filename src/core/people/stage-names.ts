/**
 * A stage name and the real name the story gives for it ("Jay-Z, real name Shawn Carter", "Sizzla, whose real name is
 * Miguel Collins", "Mahmoud Abbas, also known as Abu Mazen"): one person, who goes by both, shown by the name the
 * story goes by. Read once over the story.
 */
import type { Draft } from './draft.js';

/**
 * A name of up to three words, as a stage name may be written ("Jay-Z", "50 Cent", "The Game", "Abu Mazen"): words one
 * space apart with no full stop, as a sentence's last word before the next is no part of the name.
 */
const STAGE = String.raw`(?:The )?[\p{Lu}\d][\p{L}\d'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
/** A full name of two or three words. */
const REAL = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}`;

/** "STAGE, real name REAL" and "STAGE, whose real name is REAL". */
const STAGE_THEN_REAL = new RegExp(String.raw`(?<![\p{L}\d'’-])(${STAGE}),\s+(?:whose\s+)?real\s+name(?:\s+is)?,?\s+(${REAL})(?![\p{L}'’-])`, 'gu');
/** "REAL, better known as STAGE" and "REAL, also known as STAGE". */
const REAL_THEN_STAGE = new RegExp(String.raw`(?<![\p{L}\d'’-])(${REAL}),\s+(?:better|also)\s+known\s+as\s+(${STAGE})(?![\p{L}'’-])`, 'gu');

/**
 * The drafts with each stage name joined to its real name's draft: the stage name becomes one of its forms, and a
 * draft of the stage name, if any, is merged into it.
 */
export function joinStageNames(drafts: Draft[], text: string): Draft[] {
  if (!/real\s+name|known\s+as/.test(text)) return drafts;
  const byName = new Map(drafts.map((d) => [d.name, d]));
  const merged = new Set<Draft>();
  // Where the story gives the real name as an aside ("Jay-Z, real name Shawn Carter"), it goes by the stage name.
  const join = (stage: string, real: string, shown: 'stage' | 'real') => {
    const person = byName.get(real);
    if (!person || stage === real) return;
    person.forms.add(stage);
    if (shown === 'stage') person.name = stage;
    const other = byName.get(stage);
    if (!other || other === person) return;
    for (const form of other.forms) person.forms.add(form);
    for (const [key, role] of other.roles) if (!person.roles.has(key)) person.roles.set(key, role);
    for (const h of other.honorifics) person.honorifics.add(h);
    merged.add(other);
  };
  for (const m of text.matchAll(STAGE_THEN_REAL)) join(m[1]!, m[2]!, 'stage');
  for (const m of text.matchAll(REAL_THEN_STAGE)) join(m[2]!, m[1]!, 'real');
  return merged.size === 0 ? drafts : drafts.filter((d) => !merged.has(d));
}
