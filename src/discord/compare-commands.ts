/**
 * What differs between the commands the code would register and those Discord has registered: a
 * command missing, one left over, or one whose description, options, contexts, install types or
 * default permissions changed. Compared as Discord returns them (its defaults filled in).
 */
import { ApplicationCommandType } from 'discord.js';

/** A command as registered or as the code would register it (the fields compared). */
export interface CommandShape {
  name: string;
  type?: number;
  description?: string;
  options?: readonly { type: number; name: string; description: string; required?: boolean; max_length?: number; autocomplete?: boolean }[];
  contexts?: readonly number[] | null;
  integration_types?: readonly number[];
  default_member_permissions?: string | null;
}

/** Each difference as a short phrase (`/ask is not registered`, `/timeline: options differ`); empty when they match. */
export function commandDifferences(expected: readonly CommandShape[], registered: readonly CommandShape[]): string[] {
  const keyOf = (c: CommandShape) => `${c.type ?? ApplicationCommandType.ChatInput}:${c.name}`;
  const there = new Map(registered.map((c) => [keyOf(c), c]));
  const wanted = new Set(expected.map(keyOf));
  const differences: string[] = [];
  for (const command of expected) {
    const found = there.get(keyOf(command));
    if (!found) {
      differences.push(`${labelOf(command)} is not registered`);
      continue;
    }
    const changed = Object.keys(FIELDS).filter((field) => JSON.stringify(FIELDS[field]!(command)) !== JSON.stringify(FIELDS[field]!(found)));
    if (changed.length > 0) differences.push(`${labelOf(command)}: ${changed.join(', ')} differ`);
  }
  for (const command of registered) if (!wanted.has(keyOf(command))) differences.push(`${labelOf(command)} is registered but no longer in the code`);
  return differences;
}

/** Each compared field, with Discord's defaults filled in (no options, installed to servers, no default permissions). */
const FIELDS: Record<string, (c: CommandShape) => unknown> = {
  description: (c) => ((c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput ? (c.description ?? '') : ''),
  options: (c) => (c.options ?? []).map((o) => [o.type, o.name, o.description, o.required === true, o.max_length ?? null, o.autocomplete === true]),
  contexts: (c) => (c.contexts ? [...c.contexts].sort() : null),
  'install types': (c) => [...(c.integration_types ?? [0])].sort(),
  'default permissions': (c) => c.default_member_permissions ?? null,
};

function labelOf(c: CommandShape): string {
  return (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput ? `/${c.name}` : `"${c.name}" (context menu)`;
}
