import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

describe('the contact inbox', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let reader: StaffLogin;
  let consentVersion: string;

  const write = async (subject: string, recipient?: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/contact',
      payload: {
        name: 'Jana Zander',
        email: 'jana.zander@kommune.example',
        subject,
        message: 'Gibt es eine Aufzeichnung?',
        ...(recipient ? { recipient } : {}),
        consent: { granted: true, textVersion: consentVersion },
      },
    });
    expect(response.statusCode).toBe(202);
    const [row] = await dataSource.query('SELECT id FROM contact_request WHERE subject = $1', [
      subject,
    ]);
    return row.id as string;
  };
  const inbox = (login: StaffLogin, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/v1/staff/contact-requests${query}`,
      headers: login.headers,
    });
  const move = (login: StaffLogin, id: string, status: string) =>
    app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/contact-requests/${id}`,
      payload: { status },
      headers: login.headers,
    });
  const subjects = (body: { items: { subject: string }[] }) => body.items.map((i) => i.subject);

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000', JOBS_WORKER: 'false' });
    dataSource = app.get(DataSource);
    const texts = (
      await app.inject({ method: 'GET', url: '/api/v1/consent-texts?locale=de' })
    ).json();
    consentVersion = texts.items.find((t: { purpose: string }) => t.purpose === 'contact').version;
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    reader = await logInAs(app, StaffRole.ReadOnly);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows organisers the requests to their organisations, the others every request', async () => {
    await write('An den vhw', 'vhw');
    await write('An das BBSR', 'bbsr');
    await write('An den Betreiber');

    const all = await inbox(admin);
    expect(all.statusCode).toBe(200);
    expect(subjects(all.json())).toEqual(['An den Betreiber', 'An das BBSR', 'An den vhw']);
    expect(all.json()).toMatchObject({
      counts: { new: 3, answered: 0, closed: 0 },
      total: 3,
      page: 1,
      pageSize: 50,
    });
    expect(all.json().items[2]).toMatchObject({
      recipient: { name: expect.stringContaining('vhw') },
      email: 'jana.zander@kommune.example',
      status: 'new',
      consentText: expect.any(String),
    });
    expect(subjects((await inbox(reader)).json())).toHaveLength(3);
    const mine = (await inbox(organiser)).json();
    expect(subjects(mine)).toEqual(['An den vhw']);
    expect(mine.counts).toEqual({ new: 1, answered: 0, closed: 0 });
  });

  it('moves a request through the statuses, audited, only within the scope', async () => {
    const vhw = await write('Frage zur Anmeldung', 'vhw');
    const bbsr = await write('Frage an das BBSR', 'bbsr');

    const answered = await move(organiser, vhw, 'answered');
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ id: vhw, status: 'answered' });
    expect(subjects((await inbox(organiser, '?status=answered')).json())).toEqual([
      'Frage zur Anmeldung',
    ]);
    const [entry] = await dataSource.query(
      `SELECT before, after FROM audit_entry WHERE action = 'contact.status' AND subject_id = $1`,
      [vhw],
    );
    expect(entry).toEqual({ before: { status: 'new' }, after: { status: 'answered' } });

    const outside = await move(organiser, bbsr, 'closed');
    expect(outside.statusCode).toBe(404);
    expect(outside.json().code).toBe('CONTACT.NOT_FOUND');
    expect((await move(reader, bbsr, 'closed')).statusCode).toBe(403);
    expect((await move(admin, bbsr, 'closed')).json().status).toBe('closed');
  });

  it('refuses an unknown status in the body and in the query', async () => {
    const id = await write('Ungültig', 'vhw');
    const body = await move(admin, id, 'deleted');
    expect(body.statusCode).toBe(400);
    expect(body.json().errors[0].pointer).toBe('request.status');
    expect((await inbox(admin, '?status=deleted')).statusCode).toBe(400);
    expect((await inbox(admin, '?page=0')).statusCode).toBe(400);
  });
});
