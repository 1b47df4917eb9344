// A real SMTP server for tests (smtp-server) that keeps every received message, parsed by
// postal-mime, with its envelope recipients and raw source.
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { freePort } from '@stadtgespraech/scripts/postgres';
import { waitFor } from './wait.js';

export type ReceivedMail = Email & {
  /** Envelope recipients, lower-cased. */
  envelopeTo: string[];
  raw: string;
};

export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;

  /** Without a port, `start` takes a free one (and keeps it for later restarts). */
  constructor(private port?: number) {}

  get url(): string {
    if (!this.port) throw new Error('SmtpSink not started');
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listens; after `stop`, listens again on the same port (an outage that ends). */
  async start(): Promise<void> {
    this.port ??= await freePort();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          PostalMime.parse(raw).then(
            (parsed) => {
              this.received.push({
                ...parsed,
                envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
                raw: raw.toString('utf8'),
              });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  /** Stops listening: senders get "connection refused" until `start` is called again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails received for `address` so far. */
  to(address: string): ReceivedMail[] {
    const wanted = address.toLowerCase();
    return this.received.filter((mail) => mail.envelopeTo.includes(wanted));
  }

  /** Waits until `count` mails for `address` passing `filter` have arrived; returns them all. */
  waitFor(
    address: string,
    count = 1,
    filter: (mail: ReceivedMail) => boolean = () => true,
    timeoutMs = 20_000,
  ): Promise<ReceivedMail[]> {
    return waitFor(
      () => {
        const mails = this.to(address).filter(filter);
        return mails.length >= count ? mails : undefined;
      },
      { timeoutMs, what: `${count} mail(s) to ${address}` },
    ).catch((error: Error) => {
      const seen = this.to(address).map((mail) => `"${mail.subject}"`);
      throw new Error(`${error.message}; received: ${seen.join(', ') || 'none'}`);
    });
  }
}

/** The first link in the mail's text part that contains `fragment`. */
export function linkIn(mail: Email, fragment: string): string {
  const link = (mail.text ?? '')
    .match(/https?:\/\/[^\s<>"]+/g)
    ?.find((url) => url.includes(fragment));
  if (!link) throw new Error(`No link with ${fragment} in the mail "${mail.subject}"`);
  return link;
}

/** The last path segment of a personal link: its token. */
export function tokenOf(url: string): string {
  const token = new URL(url).pathname.split('/').filter(Boolean).pop();
  if (!token) throw new Error(`No token in ${url}`);
  return decodeURIComponent(token);
}
