/**
 * Discord's own checks on what a bot sends, so that the fake server refuses what Discord would:
 * message limits (content, embeds, components, custom ids), autocomplete choices, and command
 * definitions. Each returns the list of problems (empty when valid).
 */

/** A problem, in the shape of Discord's 50035 "Invalid Form Body" errors. */
export type Problems = string[];

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}
interface SelectOption {
  label?: string;
  value?: string;
  description?: string;
  default?: boolean;
}
interface Component {
  type: number;
  components?: Component[];
  custom_id?: string;
  label?: string;
  url?: string;
  placeholder?: string;
  options?: SelectOption[];
  min_values?: number;
  max_values?: number;
}

/** Checks a message body (content, embeds, components). */
export function validateMessage(body: Record<string, unknown>): Problems {
  const problems: Problems = [];
  const content = typeof body.content === 'string' ? body.content : '';
  if (content.length > 2000) problems.push('content: Must be 2000 or fewer in length.');
  const embeds = (body.embeds ?? []) as Embed[];
  if (embeds.length > 10) problems.push('embeds: Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((e, i) => {
    const length = (s: string | undefined) => (s ?? '').length;
    if (length(e.title) > 256) problems.push(`embeds.${i}.title: Must be 256 or fewer in length.`);
    if (length(e.description) > 4096) problems.push(`embeds.${i}.description: Must be 4096 or fewer in length.`);
    if ((e.fields ?? []).length > 25) problems.push(`embeds.${i}.fields: Must be 25 or fewer in length.`);
    (e.fields ?? []).forEach((f, j) => {
      if (length(f.name) > 256 || length(f.name) === 0) problems.push(`embeds.${i}.fields.${j}.name: Must be between 1 and 256 in length.`);
      if (length(f.value) > 1024 || length(f.value) === 0) problems.push(`embeds.${i}.fields.${j}.value: Must be between 1 and 1024 in length.`);
    });
    if (length(e.footer?.text) > 2048) problems.push(`embeds.${i}.footer.text: Must be 2048 or fewer in length.`);
    total +=
      length(e.title) +
      length(e.description) +
      length(e.footer?.text) +
      length(e.author?.name) +
      (e.fields ?? []).reduce((n, f) => n + length(f.name) + length(f.value), 0);
  });
  if (total > 6000) problems.push('embeds: Embed size exceeds maximum size of 6000');
  const rows = (body.components ?? []) as Component[];
  if (rows.length > 5) problems.push('components: Must be 5 or fewer in length.');
  const ids = rows.flatMap((r) => (r.components ?? []).map((c) => c.custom_id).filter((id): id is string => id !== undefined));
  if (new Set(ids).size !== ids.length) problems.push('components: Component custom id cannot be duplicated');
  rows.forEach((row, i) => {
    if ((row.components ?? []).length > 5) problems.push(`components.${i}.components: Must be 5 or fewer in length.`);
    // A select menu fills its row alone.
    if ((row.components ?? []).some((c) => c.type === 3) && (row.components ?? []).length > 1)
      problems.push(`components.${i}.components: A select menu must be alone in its action row.`);
    (row.components ?? []).forEach((c, j) => {
      if (c.type === 3) return problems.push(...validateSelect(c, `components.${i}.components.${j}`));
      if (c.custom_id !== undefined && (c.custom_id.length === 0 || c.custom_id.length > 100))
        problems.push(`components.${i}.components.${j}.custom_id: Must be between 1 and 100 in length.`);
      if (c.label !== undefined && c.label.length > 80) problems.push(`components.${i}.components.${j}.label: Must be 80 or fewer in length.`);
      if (c.custom_id === undefined && c.url === undefined) problems.push(`components.${i}.components.${j}: A button needs a custom_id or a url.`);
    });
  });
  return problems;
}

/** Checks a string select menu: its id, placeholder, and 1 to 25 options with distinct values, at most one picked by default. */
function validateSelect(c: Component, at: string): Problems {
  const problems: Problems = [];
  if (!c.custom_id || c.custom_id.length > 100) problems.push(`${at}.custom_id: Must be between 1 and 100 in length.`);
  if ((c.placeholder ?? '').length > 150) problems.push(`${at}.placeholder: Must be 150 or fewer in length.`);
  const options = c.options ?? [];
  if (options.length < 1 || options.length > 25) problems.push(`${at}.options: Must be between 1 and 25 in length.`);
  if ((c.max_values ?? 1) > options.length) problems.push(`${at}.max_values: Must be less than or equal to the number of options.`);
  if (new Set(options.map((o) => o.value)).size !== options.length) problems.push(`${at}.options: Select option values must be unique.`);
  if (options.filter((o) => o.default).length > (c.max_values ?? 1)) problems.push(`${at}.options: More default options than max_values.`);
  options.forEach((o, k) => {
    if (!o.label || o.label.length > 100) problems.push(`${at}.options.${k}.label: Must be between 1 and 100 in length.`);
    if (!o.value || o.value.length > 100) problems.push(`${at}.options.${k}.value: Must be between 1 and 100 in length.`);
    if (o.description !== undefined && (o.description.length < 1 || o.description.length > 100))
      problems.push(`${at}.options.${k}.description: Must be between 1 and 100 in length.`);
  });
  return problems;
}

/** Checks autocomplete choices. */
export function validateChoices(choices: { name: string; value: unknown }[]): Problems {
  const problems: Problems = [];
  if (choices.length > 25) problems.push('choices: Must be 25 or fewer in length.');
  choices.forEach((c, i) => {
    if (c.name.length < 1 || c.name.length > 100) problems.push(`choices.${i}.name: Must be between 1 and 100 in length.`);
    if (typeof c.value === 'string' && c.value.length > 100) problems.push(`choices.${i}.value: Must be 100 or fewer in length.`);
  });
  return problems;
}

interface CommandOption {
  type: number;
  name: string;
  description: string;
  options?: CommandOption[];
  max_length?: number;
}
interface CommandBody {
  name: string;
  type?: number;
  description?: string;
  options?: CommandOption[];
  contexts?: number[] | null;
  integration_types?: number[];
}

/** Checks a bulk overwrite of application commands. */
export function validateCommands(commands: CommandBody[]): Problems {
  const problems: Problems = [];
  const names = new Set<string>();
  commands.forEach((c, i) => {
    const type = c.type ?? 1;
    const key = `${type}:${c.name}`;
    if (names.has(key)) problems.push(`${i}.name: Application command names must be unique`);
    names.add(key);
    if (type === 1) {
      if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(c.name)) problems.push(`${i}.name: Command name is invalid`);
      if (!c.description || c.description.length > 100) problems.push(`${i}.description: Must be between 1 and 100 in length.`);
    } else {
      if (c.name.length < 1 || c.name.length > 32) problems.push(`${i}.name: Must be between 1 and 32 in length.`);
      if (c.description) problems.push(`${i}.description: Context menu commands cannot have description`);
    }
    (c.options ?? []).forEach((o, j) => {
      if (!/^[-_\p{Ll}\p{N}]{1,32}$/u.test(o.name)) problems.push(`${i}.options.${j}.name: Command name is invalid`);
      if (!o.description || o.description.length > 100) problems.push(`${i}.options.${j}.description: Must be between 1 and 100 in length.`);
      if (o.max_length !== undefined && (o.max_length < 1 || o.max_length > 6000)) problems.push(`${i}.options.${j}.max_length: Must be between 1 and 6000.`);
    });
    if ((c.options ?? []).length > 25) problems.push(`${i}.options: Must be 25 or fewer in length.`);
    // Interaction context types: 0 guild, 1 bot DM, 2 private channel; integration types: 0 guild install, 1 user install.
    (c.contexts ?? []).forEach((v, j) => v !== 0 && v !== 1 && v !== 2 && problems.push(`${i}.contexts.${j}: Value "${v}" is not a valid enum value.`));
    (c.integration_types ?? []).forEach((v, j) => v !== 0 && v !== 1 && problems.push(`${i}.integration_types.${j}: Value "${v}" is not a valid enum value.`));
    if (c.contexts?.length === 0 || c.integration_types?.length === 0) problems.push(`${i}: contexts and integration_types must not be empty.`);
  });
  return problems;
}
