import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApiProcess, type ApiProcess } from '../../test/api-process.js';
import { createEvent } from '../../test/event-fixture.js';
import { createScratchDatabase, migratedDataSource } from '../../test/test-app.js';
import { waitFor } from '../../test/wait.js';
import { seedDemoContent } from '../database/seed/seed-demo-content.js';
import { MAIL_QUEUE } from '../modules/mail/mail.queue.js';
import type { EventEntity } from '../modules/events/event.entity.js';

/** A raw HTTP/1.1 connection, so that the test decides when each byte of a request is sent. */
class Connection {
  readonly socket: Socket;
  private received = '';
  readonly ended: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.setEncoding('utf8');
    this.socket.on('data', (chunk: string) => (this.received += chunk));
    this.ended = new Promise((resolve) => this.socket.once('close', () => resolve()));
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
  }

  /** Resolves with the head and body once a whole answer (by Content-Length) has arrived. */
  answer(): Promise<{ head: string; body: string }> {
    return waitFor(
      () => {
        const split = this.received.indexOf('\r\n\r\n');
        if (split < 0) return false;
        const head = this.received.slice(0, split);
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        const body = this.received.slice(split + 4);
        if (Buffer.byteLength(body) < length) return false;
        this.received = '';
        return { head, body };
      },
      { what: 'an HTTP answer', intervalMs: 10 },
    );
  }
}

/** Whether a new connection to `port` is refused (the server no longer listens). */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

/**
 * A deploy sends SIGTERM to an API process that is answering requests. The request in flight must
 * be completed with everything it does (its row and its mail job), no new connection may be taken,
 * and the process must end cleanly.
 */
describe('an API process receiving SIGTERM', () => {
  let dataSource: DataSource;
  let api: ApiProcess;
  let event: EventEntity;
  let consentVersion: string;

  beforeAll(async () => {
    const database = await createScratchDatabase('shutdown');
    dataSource = await migratedDataSource(database);
    await seedDemoContent(dataSource);
    event = await createEvent(dataSource, { capacity: 10 });
    api = await startApiProcess(database);
    const texts = (await (await fetch(`${api.url}/api/v1/consent-texts?locale=de`)).json()) as {
      items: { purpose: string; version: string }[];
    };
    consentVersion = texts.items.find((text) => text.purpose === 'privacy')!.version;
  }, 60_000);

  afterAll(async () => {
    await api?.stop();
    await dataSource?.destroy();
  });

  it('finishes the requests in flight, refuses new connections and exits with 0', async () => {
    const port = Number(new URL(api.url).port);
    const exited = new Promise<number | null>((resolve) =>
      api.process.once('exit', (code) => resolve(code)),
    );

    // An idle kept-alive connection, as a load balancer keeps them.
    const idle = new Connection(port);
    await idle.opened();
    idle.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect((await idle.answer()).head).toMatch(/^HTTP\/1.1 200/);

    // A registration whose body is only half sent when the signal comes.
    const body = JSON.stringify({
      email: 'spaet.dran@kommune.example',
      firstName: 'Jana',
      lastName: 'Beispiel',
      consents: [{ purpose: 'privacy', granted: true, textVersion: consentVersion }],
    });
    const inFlight = new Connection(port);
    await inFlight.opened();
    inFlight.socket.write(
      `POST /api/v1/events/${event.slug}/registrations HTTP/1.1\r\nHost: localhost\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
        body.slice(0, 40),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    api.process.kill('SIGTERM');
    await waitFor(() => refused(port), { what: 'new connections to be refused' });
    // A kept-alive connection is still served, and closed after its answer.
    idle.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const last = await idle.answer();
    expect(last.head).toMatch(/^HTTP\/1.1 200/);
    expect(last.head).toMatch(/^connection: close$/im);
    await idle.ended;

    inFlight.socket.write(body.slice(40));
    const answer = await inFlight.answer();

    expect(answer.head).toMatch(/^HTTP\/1.1 202/);
    expect(answer.head).toMatch(/^connection: close$/im);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'accepted' });
    await inFlight.ended;
    expect(await exited).toBe(0);

    const rows: { id: string }[] = await dataSource.query(
      'SELECT id FROM registration WHERE event_id = $1 AND email = $2',
      [event.id, 'spaet.dran@kommune.example'],
    );
    expect(rows).toHaveLength(1);
    const [{ mails }] = await dataSource.query(
      'SELECT count(*)::int AS mails FROM pgboss.job WHERE name = $1 AND singleton_key LIKE $2',
      [MAIL_QUEUE, `registration:${rows[0]!.id}:%`],
    );
    expect(mails).toBe(1);
  }, 60_000);
});
