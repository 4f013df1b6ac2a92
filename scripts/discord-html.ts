/**
 * A message as Discord's app shows it, roughly, as one HTML page: the bot's name, the embed (bar,
 * title, description in Discord markdown, footer) and its components (buttons, select menus).
 * Enough of Discord's markdown for Byline's answers: escapes, bold, italic, code, masked links,
 * quote blocks and `<t:…:D>` timestamps (shown in en-US, as a reader there sees them).
 */

interface Embed {
  title?: string;
  description?: string;
  color?: number;
  footer?: { text: string };
}
interface Component {
  type: number;
  style?: number;
  label?: string;
  disabled?: boolean;
  placeholder?: string;
  options?: { label: string; description?: string; default?: boolean }[];
  components?: Component[];
}
interface Message {
  content?: string;
  embeds: Embed[];
  components?: Component[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Discord's inline markdown, as HTML. */
function inline(text: string): string {
  const kept: string[] = [];
  const keep = (html: string) => `\u0000${kept.push(html) - 1}\u0001`;
  let s = text
    .replace(/\\([^\w\s])/g, (_, c: string) => keep(esc(c)))
    .replace(/`([^`]+)`/g, (_, c: string) => keep(`<code>${esc(c)}</code>`))
    .replace(/<t:(-?\d+):([dDfFtTR])>/g, (_, n: string) =>
      keep(
        `<span class="ts">${new Date(Number(n) * 1000).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'America/New_York' })}</span>`,
      ),
    );
  s = esc(s)
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, (_, t: string, u: string) => `<a href="${u}">${t}</a>`)
    .replace(/\*\*([\s\S]+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*/g, '$1<i>$2</i>')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1<i>$2</i>');
  return s.replace(/\u0000(\d+)\u0001/g, (_, i: string) => kept[Number(i)]!);
}

/** A description: quote blocks grouped, subtext (`-# `) small, other lines as they are. */
function markdown(text: string): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('> ')) quote.push(inline(line.slice(2)));
    else {
      flush();
      out.push(line.startsWith('-# ') ? `<div class="sub">${inline(line.slice(3))}</div>` : `<div>${inline(line) || '&nbsp;'}</div>`);
    }
  }
  flush();
  return out.join('');
}

function component(c: Component, open: boolean): string {
  if (c.type === 2) return `<span class="btn s${c.style ?? 2}${c.disabled ? ' off' : ''}">${esc(c.label ?? '')}</span>`;
  if (c.type === 3) {
    const chosen = c.options?.find((o) => o.default);
    const list = (c.options ?? [])
      .map(
        (o) =>
          `<div class="opt${o.default ? ' on' : ''}"><div>${esc(o.label)}</div>${o.description ? `<div class="od">${esc(o.description)}</div>` : ''}</div>`,
      )
      .join('');
    return `<div class="select"><span>${esc(chosen?.label ?? c.placeholder ?? '')}</span><span class="chev">⌄</span></div>${open ? `<div class="menu">${list}</div>` : ''}`;
  }
  return '';
}

/** The page for one message; `asked` is the command line shown above it, as Discord shows a reply's command. */
export function discordHtml(message: Message, asked: string, open = false): string {
  const embeds = message.embeds
    .map((e) => {
      const bar = `#${(e.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
      return `<div class="embed" style="border-left-color:${bar}">${e.title ? `<div class="title">${inline(e.title)}</div>` : ''}${e.description ? `<div class="desc">${markdown(e.description)}</div>` : ''}${e.footer ? `<div class="footer">${esc(e.footer.text)}</div>` : ''}</div>`;
    })
    .join('');
  const rows = (message.components ?? []).map((r) => `<div class="row">${(r.components ?? []).map((c) => component(c, open)).join('')}</div>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>
body{margin:0;background:#313338;color:#dbdee1;font:16px/1.375 "gg sans","Noto Sans","DejaVu Sans",Helvetica,Arial,sans-serif}
.msg{display:flex;padding:8px 12px 16px 12px;gap:12px}.avatar{flex:none;width:40px;height:40px;border-radius:50%;background:#5865f2}
.body{min-width:0;flex:1}.reply{font-size:13px;color:#b5bac1;margin:0 0 2px 0}.name{color:#f2f3f5;font-weight:600}.tag{background:#5865f2;color:#fff;font-size:10px;padding:1px 4px;border-radius:3px;margin-left:4px;vertical-align:2px}
.embed{background:#2b2d31;border-left:4px solid;border-radius:4px;padding:8px 12px 12px 12px;margin-top:4px;font-size:14px;line-height:1.3}
.title{color:#f2f3f5;font-weight:600;font-size:16px;margin:4px 0 8px}.desc div{min-height:1em;overflow-wrap:anywhere}.footer{margin-top:8px;font-size:12px;color:#b5bac1}
blockquote{margin:2px 0;padding:0 0 0 12px;border-left:4px solid #4e5058}code{background:#1e1f22;border-radius:3px;padding:0 2px;font-size:85%}
a{color:#00a8fc;text-decoration:none}.ts{background:#3f4147;border-radius:3px;padding:0 2px}.sub{font-size:12px;color:#949ba4}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}.btn{display:inline-block;min-width:44px;text-align:center;padding:6px 14px;border-radius:8px;font-size:14px;font-weight:500;color:#fff;background:#4e5058}
.btn.s1{background:#5865f2}.btn.off{opacity:.5}.select{flex:1;display:flex;justify-content:space-between;background:#1e1f22;border-radius:8px;padding:9px 12px;font-size:14px;color:#b5bac1}
.row:has(.menu){flex-direction:column;gap:4px}.menu{background:#2b2d31;border:1px solid #1e1f22;border-radius:8px;font-size:14px}.opt{padding:7px 12px;border-bottom:1px solid #1e1f22}.opt.on{background:#404249}.od{font-size:12px;color:#949ba4}
.eph{font-size:12px;color:#949ba4;margin-top:6px}
</style></head><body><div class="msg"><div class="avatar"></div><div class="body">
<div class="reply">used <span style="color:#00a8fc">${esc(asked)}</span></div><div><span class="name">Byline</span><span class="tag">APP</span></div>
${message.content ? `<div>${inline(message.content)}</div>` : ''}${embeds}${rows}<div class="eph">👁 Only you can see this</div></div></div></body></html>`;
}
