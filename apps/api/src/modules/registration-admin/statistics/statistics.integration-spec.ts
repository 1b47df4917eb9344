import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { berlin } from '@stadtgespraech/domain/rules';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent, hostedBy } from '../../../../test/event-fixture.js';
import { insertRegistration } from '../../../../test/registration-fixture.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import { createSeededApp } from '../../../../test/test-app.js';

const DAY = 24 * 60;

describe('the dashboard figures', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let past: string;
  let otherPast: string;
  let coming: string;

  const get = (login: StaffLogin, url: string) =>
    app.inject({ method: 'GET', url: `/api/v1/staff/statistics${url}`, headers: login.headers });

  beforeAll(async () => {
    app = await createSeededApp();
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);

    // A past web talk of the vhw: 6 registrations, 4 confirmed addresses, 3 seats, 2 present.
    past = (await createEvent(dataSource, { startsInMinutes: -3 * DAY })).id;
    await hostedBy(dataSource, past, 'vhw');
    await dataSource.query(
      "UPDATE event SET series_id = (SELECT id FROM series WHERE slug = 'kleinstadt-web-talks') WHERE id = $1",
      [past],
    );
    const made = (daysBefore: number) => new Date(Date.now() - (3 + daysBefore) * DAY * 60_000);
    await insertRegistration(dataSource, past, { attended: true, createdAt: made(5) });
    await insertRegistration(dataSource, past, {
      attended: true,
      organisationType: 'association',
      bundesland: 'DE-HE',
      createdAt: made(5),
    });
    await insertRegistration(dataSource, past, { bundesland: null, createdAt: made(2) });
    await insertRegistration(dataSource, past, { status: 'cancelled', createdAt: made(2) });
    await insertRegistration(dataSource, past, {
      status: 'pending_confirmation',
      createdAt: made(1),
    });
    await insertRegistration(dataSource, past, { status: 'expired', createdAt: made(1) });

    // A past event of another organisation, which the vhw's organiser does not see.
    otherPast = (await createEvent(dataSource, { startsInMinutes: -10 * DAY })).id;
    await hostedBy(dataSource, otherPast, 'deutscher-verband');
    await insertRegistration(dataSource, otherPast, { organisationType: 'county' });

    // A coming event of the vhw with 10 seats: 3 taken, 1 waiting.
    coming = (await createEvent(dataSource, { capacity: 10 })).id;
    await hostedBy(dataSource, coming, 'vhw');
    for (let i = 0; i < 3; i++) await insertRegistration(dataSource, coming);
    await insertRegistration(dataSource, coming, { status: 'waitlisted' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('gives the rates of past events, the fill of coming ones and who took part', async () => {
    const response = await get(admin, '');
    expect(response.statusCode).toBe(200);
    const figures = response.json();

    expect(figures.recent.find((e: { id: string }) => e.id === past)).toMatchObject({
      series: 'Kleinstadt Web-Talks',
      registrations: 6,
      addressConfirmed: 4,
      participants: 3,
      attended: 2,
      confirmationRate: 4 / 6,
      attendanceRate: 2 / 3,
    });
    expect(figures.upcoming.find((e: { id: string }) => e.id === coming)).toMatchObject({
      capacity: 10,
      participants: 3,
      waitlisted: 1,
      fillLevel: 0.3,
    });
    expect(figures.upcoming.some((e: { id: string }) => e.id === past)).toBe(false);
    // Participants (confirmed seats) of past events: 3 + 1.
    expect(figures.organisationTypes).toEqual([
      { key: 'municipality', count: 2 },
      { key: 'association', count: 1 },
      { key: 'county', count: 1 },
    ]);
    expect(figures.bundeslaender).toEqual([
      { key: 'DE-BB', count: 2 },
      { key: 'DE-HE', count: 1 },
      { key: null, count: 1 },
    ]);
    expect(figures.series).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Kleinstadt Web-Talks',
          participants: 3,
          attended: 2,
          attendanceRate: 2 / 3,
        }),
      ]),
    );
  });

  it("keeps an organiser's figures to the events of their organisations", async () => {
    const figures = (await get(organiser, '')).json();
    const ids = figures.recent.map((e: { id: string }) => e.id);
    expect(ids).toContain(past);
    expect(ids).not.toContain(otherPast);
    expect(figures.organisationTypes).not.toContainEqual({ key: 'county', count: 1 });
  });

  it('counts the registrations of one event by Berlin day, up to the event', async () => {
    const response = await get(admin, `/events/${past}/timeline`);
    expect(response.statusCode).toBe(200);
    const { days } = response.json();
    expect(days).toHaveLength(6); // from the first registration, 5 days before, to the event's day
    expect(days[0]).toMatchObject({ registrations: 2, total: 2 });
    expect(days.at(-1)).toMatchObject({ total: 6 });
    expect(
      days
        .map((d: { registrations: number }) => d.registrations)
        .reduce((a: number, b: number) => a + b),
    ).toBe(6);
    const first = berlin(days[0].day, '12:00').getTime();
    expect(
      days.map((d: { day: string }) => (berlin(d.day, '12:00').getTime() - first) / 86_400_000),
    ).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('hides the timeline of an event beyond the organiser, and refuses a bad id', async () => {
    expect((await get(organiser, `/events/${otherPast}/timeline`)).statusCode).toBe(404);
    expect((await get(admin, '/events/nope/timeline')).statusCode).toBe(400);
  });
});
