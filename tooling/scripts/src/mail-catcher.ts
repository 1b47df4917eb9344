// A local mail catcher for `npm start`: an SMTP server on the loopback interface that keeps the
// last messages in memory, and a small web view of them. Never for production.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

export interface MailCatcherOptions {
  smtpPort: number;
  webPort: number;
  host?: string;
  /** Messages kept; the oldest go first. */
  limit?: number;
}

export interface CaughtAttachment {
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface CaughtMessage {
  id: string;
  receivedAt: string;
  /** Envelope sender and recipients. */
  from: string | null;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  headers: { name: string; value: string }[];
  attachments: CaughtAttachment[];
  raw: Buffer;
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  messages(): readonly CaughtMessage[];
  stop(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Escapes text and turns its web addresses into links (the confirmation links of the mails). */
const linkify = (text: string): string =>
  escapeHtml(text).replace(
    /https?:\/\/[^\s<>"']+/g,
    (url) => `<a href="${url}" target="_blank" rel="noreferrer">${url}</a>`,
  );

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'short',
  timeStyle: 'medium',
});

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Mail-Catcher</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem 1.5rem; color: #1d1d1b; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #d8d8d6; }
  a { color: #0a4a8a; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f2f2f0; padding: 1rem; }
  iframe { width: 100%; height: 40rem; border: 1px solid #d8d8d6; }
  .muted { color: #4a4a48; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function listPage(messages: readonly CaughtMessage[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(berlinTime.format(new Date(m.receivedAt)))}</td>` +
        `<td>${escapeHtml(m.to.join(', '))}</td>` +
        `<td><a href="/messages/${m.id}">${escapeHtml(m.subject || '(ohne Betreff)')}</a></td></tr>`,
    )
    .join('\n');
  return page(
    'Mails',
    `<h1>Mails</h1>
<p class="muted">Alle Mails, die die lokale Plattform verschickt hat, neueste zuerst (nur im Speicher). <a href="/">Neu laden</a> · <a href="/messages.json">JSON</a></p>
${
  messages.length === 0
    ? '<p>Noch keine Mails.</p>'
    : `<table><thead><tr><th scope="col">Zeit</th><th scope="col">An</th><th scope="col">Betreff</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
}`,
  );
}

function messagePage(m: CaughtMessage): string {
  const headers = m.headers
    .map(
      (h) => `<tr><th scope="row">${escapeHtml(h.name)}</th><td>${escapeHtml(h.value)}</td></tr>`,
    )
    .join('\n');
  const attachments = m.attachments
    .map(
      (a, index) =>
        `<li><a href="/messages/${m.id}/attachments/${index}">${escapeHtml(a.filename)}</a> <span class="muted">(${escapeHtml(a.contentType)}, ${a.size} Bytes)</span></li>`,
    )
    .join('\n');
  // The mail's HTML runs in a sandbox without scripts; links open in a new tab.
  const srcdoc = m.html ? `<base target="_blank">${m.html}` : '';
  return page(
    m.subject,
    `<p><a href="/">← Alle Mails</a></p>
<h1>${escapeHtml(m.subject || '(ohne Betreff)')}</h1>
<p class="muted">An ${escapeHtml(m.to.join(', '))} · ${escapeHtml(berlinTime.format(new Date(m.receivedAt)))} · <a href="/messages/${m.id}/raw">Quelltext</a></p>
${m.html ? `<h2>HTML</h2>\n<iframe title="HTML-Teil der Mail" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(srcdoc)}"></iframe>` : ''}
<h2>Text</h2>
<pre>${m.text ? linkify(m.text) : '(kein Text-Teil)'}</pre>
${attachments ? `<h2>Anhänge</h2>\n<ul>\n${attachments}\n</ul>` : ''}
<h2>Kopfzeilen</h2>
<table><tbody>\n${headers}\n</tbody></table>`,
  );
}

const summary = ({ raw: _raw, attachments, ...m }: CaughtMessage) => ({
  ...m,
  attachments: attachments.map(({ content: _content, ...a }) => a),
});

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The catcher's own pages: no scripts anywhere; mail HTML only inside the sandboxed frame.
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'",
    ...extra,
  });
  response.end(body);
}

function handle(request: IncomingMessage, response: ServerResponse, store: CaughtMessage[]) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'GET only');
  if (pathname === '/') return send(response, 200, 'text/html; charset=utf-8', listPage(store));
  if (pathname === '/messages.json') {
    return send(
      response,
      200,
      'application/json',
      JSON.stringify([...store].reverse().map(summary)),
    );
  }
  const match = /^\/messages\/([\w-]+)(?:\/(raw|attachments\/(\d+)))?$/.exec(pathname);
  const message = match && store.find((m) => m.id === match[1]);
  if (!match || !message) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  if (match[2] === 'raw') return send(response, 200, 'text/plain; charset=utf-8', message.raw);
  if (match[3] !== undefined) {
    const attachment = message.attachments[Number(match[3])];
    if (!attachment) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(response, 200, attachment.contentType, attachment.content, {
      'content-disposition': `attachment; filename="${attachment.filename.replace(/["\\\r\n]/g, '_')}"`,
    });
  }
  return send(response, 200, 'text/html; charset=utf-8', messagePage(message));
}

async function parse(
  raw: Buffer,
  envelope: { from: string | null; to: string[] },
): Promise<CaughtMessage> {
  const email = await PostalMime.parse(raw);
  return {
    id: randomUUID(),
    receivedAt: new Date().toISOString(),
    from: envelope.from,
    to: envelope.to,
    subject: email.subject ?? '',
    text: email.text ?? null,
    html: email.html ?? null,
    headers: email.headers.map((h) => ({ name: h.originalKey, value: h.value })),
    attachments: email.attachments.map((a, index) => {
      const content =
        typeof a.content === 'string'
          ? Buffer.from(a.content, a.encoding === 'base64' ? 'base64' : 'utf8')
          : Buffer.from(a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : a.content);
      return {
        filename: a.filename ?? `attachment-${index + 1}`,
        contentType: a.mimeType,
        size: content.length,
        content,
      };
    }),
    raw,
  };
}

const listen = (server: SMTPServer | Server, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.limit ?? 500;
  const store: CaughtMessage[] = [];

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: MAX_MESSAGE_BYTES,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(new Error('Message too large'));
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        parse(Buffer.concat(chunks), envelope).then(
          (message) => {
            store.push(message);
            if (store.length > limit) store.splice(0, store.length - limit);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const web = createServer((request, response) => handle(request, response, store));

  await listen(smtp, options.smtpPort, host);
  try {
    await listen(web, options.webPort, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  return {
    smtpUrl: `smtp://${host}:${options.smtpPort}`,
    webUrl: `http://localhost:${options.webPort}`,
    messages: () => store,
    stop: async () => {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => web.close(() => resolve())),
      ]);
    },
  };
}

function portFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    console.error(`${name} must be a TCP port (1-65535), got "${process.env[name]}".`);
    process.exit(2);
  }
  return value;
}

if (import.meta.main) {
  const catcher = await startMailCatcher({
    smtpPort: portFromEnv('MAIL_SMTP_PORT', 1025),
    webPort: portFromEnv('MAIL_WEB_PORT', 3003),
  });
  console.log(`Mail catcher: SMTP ${catcher.smtpUrl}, web ${catcher.webUrl}`);
  const shutdown = () => void catcher.stop().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
