import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '@stadtgespraech/scripts/postgres';
import { loadConfig } from '../../config/app-config.js';
import { LINKS, registrationData } from '../../../test/mail-fixtures.js';
import { waitFor } from '../../../test/wait.js';
import { MailSender } from './mail-sender.service.js';
import { MailTemplate } from './mail.types.js';
import { renderMail } from './templates/index.js';

const CATCHER = resolve(import.meta.dirname, '../../../../../tooling/scripts/src/mail-catcher.ts');

interface Listed {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; size: number }[];
}

describe('the mail catcher of `npm start`', () => {
  let catcher: ChildProcess;
  let web: string;
  let sender: MailSender;

  const list = async (): Promise<Listed[]> =>
    (await fetch(`${web}/messages.json`)).json() as Promise<Listed[]>;

  beforeAll(async () => {
    const [smtpPort, webPort] = [await freePort(), await freePort()];
    web = `http://127.0.0.1:${webPort}`;
    catcher = spawn(process.execPath, [CATCHER], {
      env: { ...process.env, MAIL_SMTP_PORT: String(smtpPort), MAIL_WEB_PORT: String(webPort) },
      stdio: 'ignore',
    });
    await waitFor(
      () =>
        fetch(`${web}/messages.json`).then(
          (r) => r.ok,
          () => undefined,
        ),
      {
        what: 'the mail catcher to listen',
      },
    );
    sender = new MailSender(
      loadConfig({
        DATABASE_URL: 'postgres://unused@localhost/unused',
        NODE_ENV: 'test',
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      }),
    );
  });

  afterAll(async () => {
    sender?.onApplicationShutdown();
    if (catcher && catcher.exitCode === null) {
      const exited = new Promise((done) => catcher.once('exit', done));
      catcher.kill('SIGTERM');
      await exited;
    }
  });

  it('shows a mail sent through nodemailer in its list, its JSON and its page', async () => {
    const job = { sendKey: 'catcher:1', to: 'jana.beispiel@example.org' };
    const mail = renderMail(
      {
        template: MailTemplate.Confirmed,
        locale: 'de',
        data: { ...registrationData(), calendar: 'request' },
      },
      { organizerEmail: 'veranstaltungen@example.org', now: new Date() },
    );
    await sender.send(job, mail);

    const [message] = await waitFor(async () => ((await list()).length > 0 ? list() : undefined), {
      what: 'the mail in /messages.json',
    });
    expect(message).toMatchObject({
      to: [job.to],
      subject: mail.subject,
      text: expect.stringContaining(LINKS.manage),
      html: expect.stringContaining('<html lang="de">'),
    });
    expect(message!.attachments.map((a) => a.filename)).toContain('invite.ics');

    const overview = await (await fetch(`${web}/`)).text();
    expect(overview).toContain(`href="/messages/${message!.id}"`);
    expect(overview).toContain('Klimaschutz und Klimaanpassung in Kleinstädten');

    const response = await fetch(`${web}/messages/${message!.id}`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const pageHtml = await response.text();
    expect(pageHtml).toMatch(
      /<iframe [^>]*sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="[^"]*&lt;html lang=&quot;de&quot;&gt;/,
    );
    expect(pageHtml).toContain(`<a href="${LINKS.manage}"`); // the text part, with clickable links
    expect(pageHtml).toContain('Auto-Submitted');

    const index = message!.attachments.findIndex((a) => a.filename === 'invite.ics');
    const file = await fetch(`${web}/messages/${message!.id}/attachments/${index}`);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="invite.ics"');
    expect(await file.text()).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('answers unknown messages with 404', async () => {
    expect((await fetch(`${web}/messages/nope`)).status).toBe(404);
  });
});
