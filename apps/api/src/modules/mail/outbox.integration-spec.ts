import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createContext, scratchConfig } from '../../../test/app-context.js';
import { parseCalendar } from '../../../test/ical.js';
import { LINKS, registrationData } from '../../../test/mail-fixtures.js';
import { SmtpSink } from '../../../test/smtp-sink.js';
import { waitFor } from '../../../test/wait.js';
import { MailModule } from './mail.module.js';
import { MAIL_QUEUE } from './mail.queue.js';
import { MailTemplate, type MailJob } from './mail.types.js';
import { MailWorker } from './mail.worker.js';
import { OutboxService } from './outbox.service.js';

let counter = 0;
/** A registration mail to an address of its own, so each test reads only its mails. */
function confirmedMail(overrides: Partial<MailJob> = {}): MailJob {
  const to = `person-${++counter}@example.org`;
  return {
    sendKey: `test:${counter}:confirmed`,
    template: MailTemplate.Confirmed,
    to,
    locale: 'de',
    eventId: registrationData().event.id,
    registrationId: null,
    data: { ...registrationData({ recipient: { ...registrationData().recipient, email: to } }) },
    ...overrides,
  };
}

describe('mail outbox', () => {
  let sink: SmtpSink;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let outbox: OutboxService;

  const enqueue = (...jobs: MailJob[]) =>
    dataSource.transaction(async (manager) => {
      for (const job of jobs) await outbox.enqueue(manager, job);
    });
  const sentRows = (sendKeys: string[]) =>
    dataSource.query<{ send_key: string; recipient: string; message_id: string }[]>(
      'SELECT send_key, recipient, message_id FROM sent_message WHERE send_key = ANY($1) ORDER BY send_key',
      [sendKeys],
    );
  const jobStates = (sendKey: string) =>
    dataSource.query<{ state: string; retry_count: number }[]>(
      'SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND singleton_key = $2',
      [MAIL_QUEUE, sendKey],
    );
  /** Every job of these send keys finished, none waiting or running. */
  const settled = (sendKeys: string[]) =>
    waitFor(
      async () => {
        const states = (await Promise.all(sendKeys.map(jobStates))).flat();
        return states.length >= sendKeys.length && states.every((s) => s.state === 'completed');
      },
      { what: `jobs ${sendKeys.join(', ')} to complete` },
    );

  beforeAll(async () => {
    sink = new SmtpSink();
    await sink.start();
    const config = await scratchConfig('mail', {
      SMTP_URL: sink.url,
      MAIL_FROM: 'Stadtgespräch <noreply@stadtgespraech.example>',
      MAIL_ORGANIZER: 'veranstaltungen@stadtgespraech.example',
    });
    context = await createContext(config, [MailModule]);
    dataSource = context.get(DataSource);
    outbox = context.get(OutboxService);
  });

  afterAll(async () => {
    await context?.close();
    await sink?.stop();
  });

  it('sends a mail queued in a committed transaction once, with text and HTML parts', async () => {
    const job = confirmedMail();
    await enqueue(job);
    const [parsed] = await sink.waitFor(job.to);
    expect(parsed!.subject).toBe(
      'Anmeldung bestätigt: Klimaschutz und Klimaanpassung in Kleinstädten',
    );
    expect(parsed!.from).toEqual({
      name: 'Stadtgespräch',
      address: 'noreply@stadtgespraech.example',
    });
    expect(parsed!.text).toContain('Sehr geehrte Frau Dr. Beispiel,');
    expect(parsed!.text).toContain(LINKS.manage);
    expect(parsed!.html).toContain('<html lang="de">');
    expect(parsed!.html).toContain(`href="${LINKS.join}"`);
    expect(parsed!.messageId).toMatch(/^<[0-9a-f]{32}@stadtgespraech\.example>$/);
    expect(parsed!.replyTo).toEqual([{ name: '', address: 'kleinstadt@example.org' }]);
    expect(parsed!.headers.find((h) => h.key === 'auto-submitted')?.value).toBe('auto-generated');

    await settled([job.sendKey]);
    expect(sink.to(job.to)).toHaveLength(1);
    expect(await sentRows([job.sendKey])).toEqual([
      { send_key: job.sendKey, recipient: job.to, message_id: parsed!.messageId },
    ]);
  });

  it('sends nothing for a transaction that rolls back', async () => {
    const lost = confirmedMail();
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, lost);
        throw new Error('the registration failed');
      }),
    ).rejects.toThrow('the registration failed');
    const later = confirmedMail();
    await enqueue(later);
    await sink.waitFor(later.to);
    await settled([later.sendKey]);
    expect(await jobStates(lost.sendKey)).toEqual([]);
    expect(sink.to(lost.to)).toEqual([]);
  });

  it('sends one mail for a send key queued twice', async () => {
    const job = confirmedMail();
    await enqueue(job, job);
    await sink.waitFor(job.to);
    await settled([job.sendKey]);
    await enqueue(job); // after it was sent: the new job finds the record and skips
    await waitFor(async () => (await jobStates(job.sendKey)).length === 2 || undefined, {
      what: 'the second job',
    });
    await settled([job.sendKey]);
    expect(sink.to(job.to)).toHaveLength(1);
    expect(await sentRows([job.sendKey])).toHaveLength(1);
  });

  it('queues many mails at once: each once, recorded with its mailing', async () => {
    const mailingId = '5a1e7d2c-0000-4000-8000-000000000001';
    const jobs = Array.from({ length: 3 }, () => confirmedMail({ mailingId }));
    // The first one twice: its second job is dropped while the first waits.
    await dataSource.transaction((manager) => outbox.enqueueMany(manager, [jobs[0]!, ...jobs]));
    for (const job of jobs) await sink.waitFor(job.to);
    await settled(jobs.map((job) => job.sendKey));
    expect(sink.to(jobs[0]!.to)).toHaveLength(1);
    const [{ recorded }] = await dataSource.query(
      'SELECT count(*)::int AS recorded FROM sent_message WHERE mailing_id = $1',
      [mailingId],
    );
    expect(recorded).toBe(3);
  });

  it('skips a job retried after its mail was sent and recorded', async () => {
    const job = confirmedMail();
    await enqueue(job);
    await sink.waitFor(job.to);
    await settled([job.sendKey]);
    // What a retry after a crash between recording and completing the job runs into:
    await expect(context.get(MailWorker).deliver(job)).resolves.toBe('skipped');
    expect(sink.to(job.to)).toHaveLength(1);
  });

  it('delivers every mail exactly once after an SMTP outage', async () => {
    await sink.stop();
    const jobs = Array.from({ length: 5 }, () => confirmedMail());
    const keys = jobs.map((job) => job.sendKey);
    for (const job of jobs) await enqueue(job);
    // Every job has failed at least once while the server was away.
    await waitFor(
      async () => {
        const states = (await Promise.all(keys.map(jobStates))).flat();
        return states.length === 5 && states.every((s) => s.retry_count >= 1) ? true : undefined;
      },
      { what: 'all five jobs to fail once' },
    );
    expect(await sentRows(keys)).toEqual([]);

    await sink.start();
    await settled(keys);
    for (const job of jobs) expect(sink.to(job.to)).toHaveLength(1);
    expect(await sentRows(keys)).toHaveLength(5);
  }, 60_000);

  it('attaches the invitation for Outlook and others as text/calendar and invite.ics', async () => {
    const job = confirmedMail();
    job.data = { ...job.data, calendar: 'request' };
    await enqueue(job);
    const [mail] = await sink.waitFor(job.to);
    expect(mail!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const file = mail!.attachments.find((a) => a.filename === 'invite.ics');
    expect(file?.mimeType).toBe('application/ics');
    const calendar = parseCalendar(Buffer.from(file!.content as ArrayBuffer).toString('utf8'));
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.events[0]!.organizer).toBe('mailto:veranstaltungen@stadtgespraech.example');
    expect(calendar.events[0]!.attendees.map((a) => a.address)).toEqual([`mailto:${job.to}`]);
  });

  it('marks newsletter mails for one-click unsubscribe', async () => {
    const to = 'subscriber@example.org';
    await enqueue({
      sendKey: 'test:newsletter:confirm',
      template: MailTemplate.NewsletterConfirm,
      to,
      locale: 'en',
      data: {
        confirmUrl: LINKS.newsletterConfirm,
        unsubscribeUrl: LINKS.unsubscribe,
        unsubscribePageUrl: LINKS.unsubscribePage,
      },
    });
    const [mail] = await sink.waitFor(to);
    const header = (key: string) => mail!.headers.find((h) => h.key === key)?.value;
    expect(header('list-unsubscribe')).toBe(`<${LINKS.unsubscribe}>`);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail!.subject).toBe('Please confirm your subscription to new dates');
  });
});
