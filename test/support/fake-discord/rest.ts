/**
 * The fake REST API (v10): gateway discovery, the application (with its owner), command registration, interaction
 * callbacks, webhook edits and follow-ups, channel messages. Strict like Discord: 401 for a bad
 * token, 50035 for an invalid body, 10062 for a first response later than three seconds, 40060
 * for a second one; and faults on request (429 with retry-after, 500).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeWorld } from './world.js';
import { validateChoices, validateCommands, validateMessage, type Problems } from './validate.js';

/** A message as the fake stores it (what the bot sent, with an id). */
export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Record<string, unknown>[];
  components: Record<string, unknown>[];
  flags: number;
  allowed_mentions?: { parse?: string[] };
  author: unknown;
  type: number;
  [key: string]: unknown;
}

/** An attachment of a message, as Discord describes it. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  content_type: string;
  url: string;
  proxy_url: string;
  description?: string;
}

/** What happened to one interaction. */
export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  dispatchedAt: number;
  callbacks: { type: number; data?: Record<string, unknown> }[];
  original: FakeMessage | null;
  followUps: FakeMessage[];
  errors: { code: number; status: number }[];
  /** The shard whose gateway session the interaction was dispatched to. */
  shard?: number;
  /** When the first response (the callback) was accepted, in ms since the epoch like `dispatchedAt`. */
  respondedAt?: number;
}

type Fault = { method: string; path: RegExp; status: number; retryAfter?: number; times: number };

const FIRST_RESPONSE_DEADLINE_MS = 3000;

/** The REST side of the fake Discord. */
export class FakeRest {
  readonly interactions = new Map<string, InteractionRecord>();
  readonly channelMessages: FakeMessage[] = [];
  commands: { scope: string; body: Record<string, unknown>[] }[] = [];
  requests: { method: string; path: string; status: number }[] = [];
  private faults: Fault[] = [];
  private holds: { method: string; path: RegExp; gate: Promise<void> }[] = [];
  private nextId = 1_000_000n;
  private listeners: (() => void)[] = [];

  /** Discord's three seconds for a first response; a load test that asserts nothing is lost (not how fast, on a busy machine) may lift it. */
  firstResponseDeadlineMs = FIRST_RESPONSE_DEADLINE_MS;

  constructor(private readonly world: FakeWorld) {}

  /** A new snowflake-like id. */
  id(): string {
    return String(this.nextId++ + 950000000000000000n);
  }

  /** Makes the next `times` requests matching method and path fail with `status`. */
  fail(method: string, path: RegExp, status: number, times = 1, retryAfter?: number): void {
    this.faults.push({ method, path, status, times, ...(retryAfter === undefined ? {} : { retryAfter }) });
  }

  /**
   * Holds the responses to requests matching method and path until the returned function is called:
   * each request is handled at once (a callback counts as the interaction's first response), only its
   * answer is late, as on a slow network.
   */
  hold(method: string, path: RegExp): () => void {
    let release!: () => void;
    const held = { method, path, gate: new Promise<void>((resolve) => (release = resolve)) };
    this.holds.push(held);
    return () => {
      this.holds.splice(this.holds.indexOf(held), 1);
      release();
    };
  }

  /** The bytes of every uploaded attachment, by its URL. */
  readonly uploads = new Map<string, Buffer>();

  /** Resolves the next time any interaction or message changes. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.listeners.push(resolve));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    const method = req.method ?? 'GET';
    const { body, files } = await readBody(req);
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path, status });
      res.writeHead(status, status === 204 ? headers : { 'content-type': 'application/json', ...headers });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
      for (const notify of this.listeners.splice(0)) notify();
    };
    const fault = this.faults.find((f) => f.method === method && f.path.test(path));
    if (fault) {
      if (--fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      if (fault.status === 429)
        return reply(
          429,
          { message: 'You are being rate limited.', retry_after: fault.retryAfter ?? 0.05, global: false },
          { 'retry-after': String(fault.retryAfter ?? 0.05), 'x-ratelimit-scope': 'user' },
        );
      return reply(fault.status, { message: 'Internal Server Error', code: 0 });
    }
    const authorised = req.headers.authorization === `Bot ${this.world.token}`;
    const needsAuth = !/^\/(interactions|webhooks)\//.test(path);
    if (needsAuth && !authorised) return reply(401, { message: '401: Unauthorized', code: 0 });
    const route = this.route(method, path, body, url.searchParams, files);
    if (!route) return reply(404, { message: `404: Not Found (${method} ${path})`, code: 0 });
    await this.holds.find((h) => h.method === method && h.path.test(path))?.gate;
    reply(route.status, route.payload);
  }

  private route(
    method: string,
    path: string,
    body: Record<string, unknown>,
    query: URLSearchParams,
    files: UploadedFile[],
  ): { status: number; payload?: unknown } | null {
    const w = this.world;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        payload: { url: w.gatewayUrl, shards: w.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
      };
    }
    if (method === 'GET' && (path === '/oauth2/applications/@me' || path === '/applications/@me')) {
      return {
        status: 200,
        payload: {
          id: w.applicationId,
          name: 'Byline',
          description: '',
          bot_public: true,
          bot_require_code_grant: false,
          flags: 0,
          bot: w.botUser,
          owner: w.owner,
          team: null,
          integration_types_config: w.integrationTypesConfig,
        },
      };
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands && method === 'GET') {
      if (commands[1] !== w.applicationId) return { status: 403, payload: { message: 'Missing Access', code: 50001 } };
      const list = this.commands.find((c) => c.scope === (commands[2] ? `guild:${commands[2]}` : 'global'))?.body ?? [];
      return { status: 200, payload: list.map((c) => registered(c, this.id(), w.applicationId, commands[2])) };
    }
    if (commands && method === 'PUT') {
      const list = body as unknown as Record<string, unknown>[];
      const problems = validateCommands(list as never);
      if (problems.length) return invalid(problems);
      const scope = commands[2] ? `guild:${commands[2]}` : 'global';
      this.commands = [...this.commands.filter((c) => c.scope !== scope), { scope, body: list }];
      return { status: 200, payload: list.map((c) => registered(c, this.id(), w.applicationId, commands[2])) };
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback && method === 'POST') return this.callback(callback[1]!, callback[2]!, body, query, files);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path);
    if (webhook) return this.webhook(method, webhook[2]!, webhook[3], body, files);
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel && method === 'POST') {
      const problems = validateMessage(body);
      if (problems.length) return invalid(problems);
      const message = this.message(body, 0);
      this.attach(message, [], body, files);
      this.channelMessages.push(message);
      return { status: 200, payload: message };
    }
    return null;
  }

  private callback(
    id: string,
    token: string,
    body: Record<string, unknown>,
    query: URLSearchParams,
    files: UploadedFile[],
  ): { status: number; payload?: unknown } {
    const record = this.interactions.get(id);
    if (!record || record.token !== token) return { status: 404, payload: { message: 'Unknown interaction', code: 10062 } };
    if (record.callbacks.length > 0) {
      record.errors.push({ code: 40060, status: 400 });
      return { status: 400, payload: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    }
    if (Date.now() - record.dispatchedAt > this.firstResponseDeadlineMs) {
      record.errors.push({ code: 10062, status: 404 });
      return { status: 404, payload: { message: 'Unknown interaction', code: 10062 } };
    }
    const data = (body.data ?? {}) as Record<string, unknown>;
    const type = Number(body.type);
    const problems = type === 8 ? validateChoices((data.choices ?? []) as never) : type === 4 || type === 7 ? validateMessage(data) : [];
    if (problems.length) {
      record.errors.push({ code: 50035, status: 400 });
      return invalid(problems);
    }
    record.callbacks.push({ type, data });
    record.respondedAt ??= Date.now();
    if (type === 4 || type === 5) {
      record.original = this.message(data, type === 5 ? 64 : Number(data.flags ?? 0), type === 5);
      this.attach(record.original, [], data, files);
    }
    // A deferred update is under way until the message is edited.
    if (type === 6 && record.original) record.original.deferred = true;
    // An update changes only the fields it sends; the rest of the message stays.
    if (type === 7 && record.original) {
      const before = record.original.attachments as FakeAttachment[];
      for (const key of ['content', 'embeds', 'components', 'allowed_mentions'] as const) if (key in data) Object.assign(record.original, { [key]: data[key] });
      this.attach(record.original, before, data, files);
    }
    const payload =
      query.get('with_response') === 'true'
        ? { interaction: { id, type: record.type }, resource: record.original ? { type, message: record.original } : { type } }
        : undefined;
    return { status: payload ? 200 : 204, payload };
  }

  private webhook(
    method: string,
    token: string,
    which: string | undefined,
    body: Record<string, unknown>,
    files: UploadedFile[],
  ): { status: number; payload?: unknown } {
    const record = [...this.interactions.values()].find((r) => r.token === token);
    if (!record) return { status: 404, payload: { message: 'Unknown Webhook', code: 10015 } };
    if (method === 'GET' && which === '@original')
      return record.original ? { status: 200, payload: record.original } : { status: 404, payload: { message: 'Unknown Message', code: 10008 } };
    const problems = validateMessage(body);
    if (problems.length) {
      record.errors.push({ code: 50035, status: 400 });
      return invalid(problems);
    }
    if (method === 'PATCH' && which === '@original') {
      if (!record.original) return { status: 404, payload: { message: 'Unknown Message', code: 10008 } };
      const before = record.original.attachments as FakeAttachment[];
      Object.assign(record.original, this.message({ ...record.original, ...body }, record.original.flags), { id: record.original.id, deferred: false });
      this.attach(record.original, before, body, files);
      return { status: 200, payload: record.original };
    }
    if (method === 'POST' && which === undefined) {
      const message = this.message(body, Number(body.flags ?? 0));
      this.attach(message, [], body, files);
      record.followUps.push(message);
      return { status: 200, payload: message };
    }
    return { status: 404, payload: { message: 'Unknown route', code: 0 } };
  }

  /**
   * Sets a message's attachments as Discord does: `attachments` in the body lists the ones kept
   * (by id) and describes the new files (by their index); without it, new files are added to
   * what was there. An embed's `attachment://NAME` becomes the URL of the file of that name.
   */
  private attach(message: FakeMessage, before: FakeAttachment[], body: Record<string, unknown>, files: UploadedFile[]): void {
    const listed = Array.isArray(body.attachments) ? (body.attachments as { id: string | number; description?: string }[]) : null;
    const kept = listed ? before.filter((a) => listed.some((l) => String(l.id) === a.id)) : before;
    const added = files.map((file, n): FakeAttachment => {
      const index = /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(n);
      const id = this.id();
      const url = `https://cdn.fake-discord.test/attachments/${message.channel_id}/${id}/${file.filename}`;
      this.uploads.set(url, file.data);
      const description = listed?.find((l) => String(l.id) === index)?.description;
      return {
        id,
        filename: file.filename,
        size: file.data.length,
        content_type: file.contentType,
        url,
        proxy_url: url,
        ...(description ? { description } : {}),
      };
    });
    const attachments = [...kept, ...added];
    message.attachments = attachments;
    const resolve = (url: unknown) =>
      typeof url === 'string' && url.startsWith('attachment://')
        ? (attachments.find((a) => a.filename === url.slice('attachment://'.length))?.url ?? url)
        : url;
    message.embeds = message.embeds.map((e) => {
      const image = e.image as { url?: string } | undefined;
      return image?.url ? { ...e, image: { ...image, url: resolve(image.url) } } : e;
    });
  }

  /** A stored message from a body the bot sent. */
  message(body: Record<string, unknown>, flags: number, deferred = false): FakeMessage {
    return {
      id: this.id(),
      channel_id: this.world.channelId,
      guild_id: this.world.guildId,
      content: String(body.content ?? ''),
      embeds: (body.embeds ?? []) as Record<string, unknown>[],
      components: (body.components ?? []) as Record<string, unknown>[],
      flags,
      ...(body.allowed_mentions ? { allowed_mentions: body.allowed_mentions as { parse?: string[] } } : {}),
      author: this.world.botUser,
      type: 20,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      deferred,
    };
  }
}

/** A command as Discord returns it: with its ids and Discord's defaults filled in, and `required` only when true. */
function registered(body: Record<string, unknown>, id: string, applicationId: string, guildId: string | undefined): Record<string, unknown> {
  const options = (body.options as Record<string, unknown>[] | undefined)?.map(({ required, ...o }) => (required === true ? { ...o, required } : o));
  return {
    type: 1,
    description: '',
    default_member_permissions: null,
    integration_types: [0],
    contexts: null,
    nsfw: false,
    ...body,
    ...(options ? { options } : {}),
    id,
    application_id: applicationId,
    version: '1',
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

function invalid(problems: Problems): { status: number; payload: unknown } {
  return { status: 400, payload: { message: 'Invalid Form Body', code: 50035, errors: problems } };
}

/** A file uploaded with a message (a multipart part named `files[n]`). */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

async function readBody(req: IncomingMessage): Promise<{ body: Record<string, unknown>; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: {}, files: [] };
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(req.headers['content-type'] ?? '')?.[1];
  if (!boundary) return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
  let body: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  for (const part of multipartParts(raw, boundary)) {
    if (part.name === 'payload_json') body = JSON.parse(part.data.toString('utf8')) as Record<string, unknown>;
    else if (part.filename !== undefined) files.push({ field: part.name, filename: part.filename, contentType: part.contentType, data: part.data });
  }
  return { body, files };
}

/** The parts of a multipart/form-data body, their bytes untouched (a PNG is not text). */
function multipartParts(raw: Buffer, boundary: string): { name: string; filename?: string; contentType: string; data: Buffer }[] {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: { name: string; filename?: string; contentType: string; data: Buffer }[] = [];
  // The first delimiter has no line break before it: read the body as if it had.
  const body = Buffer.concat([Buffer.from('\r\n'), raw]);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start + 2, next);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
    parts.push({ name, ...(filename === undefined ? {} : { filename }), contentType, data: Buffer.from(part.subarray(split + 4)) });
    at = next;
  }
  return parts;
}
