import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

const DAY = 86_400_000;
const post = {
  kind: 'report',
  title: 'Rückblick: Netzwerkgespräch in Schlüchtern',
  teaser: 'Gut 40 Gäste aus sechs Bundesländern.',
  body: 'Die **Stadt Schlüchtern** zeigte, wie aus einem Sorgenkind ein Vorzeigeobjekt wird.',
};

describe('writing news posts', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let readOnly: StaffLogin;

  const call = (
    login: StaffLogin,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    version?: number,
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff/news${url}`,
      payload,
      headers: { ...login.headers, ...(version ? { 'if-match': `"${version}"` } : {}) },
    });
  const create = async (input: object) => {
    const response = await call(admin, 'POST', '', input);
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const publicSlugs = async () =>
    (await app.inject({ url: '/api/v1/news' })).json().items.map((n: { slug: string }) => n.slug);
  const auditOf = (id: string) =>
    dataSource.query(
      'SELECT action, before, after FROM audit_entry WHERE subject_id = $1 ORDER BY at, id',
      [id],
    );

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    readOnly = await logInAs(app, StaffRole.ReadOnly);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('writes a draft with a slug from its title, kept from the portal and audited', async () => {
    const response = await call(admin, 'POST', '', post);
    expect(response.statusCode).toBe(201);
    const draft = response.json();
    expect(response.headers.etag).toBe('"1"');
    expect(draft).toMatchObject({
      slug: 'rueckblick-netzwerkgespraech-in-schluechtern',
      kind: 'report',
      body: post.body,
      publishedAt: null,
      publication: 'draft',
      portalUrl: null,
      organisation: null,
      version: 1,
    });
    expect(await publicSlugs()).not.toContain(draft.slug);
    expect((await app.inject({ url: `/api/v1/news/${draft.slug}` })).statusCode).toBe(404);
    expect(await auditOf(draft.id)).toEqual([
      {
        action: 'news.create',
        before: null,
        after: expect.objectContaining({ title: post.title, publishedAt: null }),
      },
    ]);
  });

  it('schedules a post: it stays off the portal until its moment', async () => {
    const later = new Date(Date.now() + 7 * DAY).toISOString();
    const scheduled = await create({ ...post, title: 'Bald: Werkstatt', publishedAt: later });
    expect(scheduled).toMatchObject({ publication: 'scheduled', publishedAt: later });
    expect(await publicSlugs()).not.toContain(scheduled.slug);

    // The moment has come (moved, as the clock would): public without any further step.
    await dataSource.query(
      "UPDATE news_post SET published_at = now() - interval '1 minute' WHERE id = $1",
      [scheduled.id],
    );
    expect(await publicSlugs()).toContain(scheduled.slug);
    expect((await call(admin, 'GET', `/${scheduled.id}`)).json()).toMatchObject({
      publication: 'published',
      portalUrl: expect.stringMatching(/\/aktuelles\/bald-werkstatt$/),
    });
  });

  it('publishes now, takes the post back to a draft, each change raising the version', async () => {
    const draft = await create({
      ...post,
      title: 'Aufruf: Projekte gesucht',
      kind: 'announcement',
    });
    const now = new Date(Date.now() - 1000).toISOString();
    const published = await call(admin, 'PATCH', `/${draft.id}`, { publishedAt: now }, 1);
    expect(published.statusCode).toBe(200);
    expect(published.headers.etag).toBe('"2"');
    expect(published.json()).toMatchObject({ publication: 'published', version: 2 });
    const shown = await app.inject({ url: `/api/v1/news/${draft.slug}` });
    expect(shown.json()).toMatchObject({ kind: 'announcement', body: post.body });

    const back = await call(admin, 'PATCH', `/${draft.id}`, { publishedAt: null }, 2);
    expect(back.json()).toMatchObject({ publication: 'draft', publishedAt: null, version: 3 });
    expect(await publicSlugs()).not.toContain(draft.slug);
    const actions = (await auditOf(draft.id)).map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(['news.create', 'news.update', 'news.update']);
  });

  it('refuses a stale change and one without If-Match, changing nothing', async () => {
    const draft = await create({ ...post, title: 'Zweimal bearbeitet' });
    expect((await call(admin, 'PATCH', `/${draft.id}`, { title: 'Neu' }, 1)).statusCode).toBe(200);

    const stale = await call(admin, 'PATCH', `/${draft.id}`, { title: 'Alt' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'NEWS.STALE', currentVersion: 2 });
    const blanked = await call(admin, 'PATCH', `/${draft.id}`, { slug: null, title: null }, 2);
    expect(blanked.statusCode).toBe(400);
    expect(
      blanked
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['request.slug', 'request.title']);
    const blind = await call(admin, 'PATCH', `/${draft.id}`, { title: 'Blind' });
    expect(blind.statusCode).toBe(428);
    expect(blind.json().code).toBe('NEWS.PRECONDITION_REQUIRED');
    expect((await call(admin, 'GET', `/${draft.id}`)).json().title).toBe('Neu');
  });

  it('names the publishing organisation, and refuses one that does not exist', async () => {
    const [{ id: vhw }] = await dataSource.query("SELECT id FROM organisation WHERE slug = 'vhw'");
    const withOrganisation = await create({ ...post, title: 'Vom vhw', organisationId: vhw });
    expect(withOrganisation.organisation).toMatchObject({ id: vhw, shortName: 'vhw' });

    const unknown = await call(admin, 'POST', '', {
      ...post,
      title: 'Von niemandem',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: 'NEWS.UNKNOWN_ORGANISATION',
      errors: [expect.objectContaining({ pointer: 'request.organisationId' })],
    });
    const titles = (await call(admin, 'GET', ''))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(titles).not.toContain('Von niemandem');
  });

  it('refuses a slug another post has and bodies that do not validate', async () => {
    const taken = await call(admin, 'POST', '', {
      ...post,
      slug: 'kleinstadt-kongress-wittenberge',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('NEWS.SLUG_TAKEN');

    const invalid = await call(admin, 'POST', '', {
      kind: 'opinion',
      title: ' ',
      body: 'x',
      image: { url: 'javascript:alert(1)', alt: 'x' },
      publishedAt: 'tomorrow',
    });
    expect(invalid.statusCode).toBe(400);
    const pointers = invalid.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        'request.kind',
        'request.title',
        'request.image.url',
        'request.publishedAt',
      ]),
    );
  });

  it('lists drafts, then scheduled, then published posts newest first, without their text', async () => {
    const items: { publication: string; publishedAt: string | null; body?: string }[] = (
      await call(readOnly, 'GET', '')
    ).json().items;
    const order = { draft: 0, scheduled: 1, published: 2 } as Record<string, number>;
    const ranks = items.map((item) => order[item.publication]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const published = items.filter((item) => item.publication === 'published');
    const times = published.map((item) => Date.parse(item.publishedAt!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(items.every((item) => item.body === undefined)).toBe(true);
  });

  it('lets only administrators write', async () => {
    const response = await call(readOnly, 'POST', '', post);
    expect(response.statusCode).toBe(403);
  });

  it('deletes a post, keeping what it said in the audit log', async () => {
    const draft = await create({ ...post, title: 'Versehentlich angelegt' });
    expect((await call(admin, 'DELETE', `/${draft.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'GET', `/${draft.id}`)).json().code).toBe('NEWS.NOT_FOUND');
    expect((await call(admin, 'DELETE', `/${draft.id}`)).statusCode).toBe(404);
    const [, deletion] = await auditOf(draft.id);
    expect(deletion).toMatchObject({
      action: 'news.delete',
      before: { title: 'Versehentlich angelegt', body: post.body },
      after: null,
    });
  });
});
