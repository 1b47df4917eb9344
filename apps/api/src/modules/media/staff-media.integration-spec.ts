import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { multipart } from '../../../test/multipart.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2a6f97' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'Kamera Meier', Artist: 'Jana Zander' } })
    .toBuffer();
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

describe('the media library', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let mediaDir: string;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let reader: StaffLogin;

  const upload = async (
    login: StaffLogin,
    file: { name: string; type: string; bytes: Uint8Array },
    fields: Record<string, string> = {},
  ) => {
    const body = await multipart(fields, file);
    return app.inject({
      method: 'POST',
      url: '/api/v1/staff/media',
      payload: body.payload,
      headers: { ...login.headers, ...body.headers },
    });
  };
  const publicFile = (url: string) => app.inject({ method: 'GET', url: new URL(url).pathname });
  const stored = async () => (existsSync(mediaDir) ? (await readdir(mediaDir)).sort() : []);

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), 'media-'));
    app = await createSeededApp({ MEDIA_DIR: mediaDir, JOBS_WORKER: 'false' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    reader = await logInAs(app, StaffRole.ReadOnly);
  });

  afterAll(async () => {
    await app?.close();
    await rm(mediaDir, { recursive: true, force: true });
  });

  it('stores a photo without its metadata, with WebP widths that are served publicly', async () => {
    const response = await upload(
      organiser,
      {
        name: 'C:\\Bilder\\Marktplatz_Gudensberg.jpg',
        type: 'image/jpeg',
        bytes: await photo(2000, 1000),
      },
      { alt: 'Marktplatz mit Fachwerkhäusern', credit: '© Stadt Gudensberg' },
    );
    expect(response.statusCode).toBe(201);
    const item = response.json();
    expect(item).toMatchObject({
      kind: 'image',
      mediaType: 'image/jpeg',
      fileName: 'Marktplatz_Gudensberg.jpg',
      title: 'Marktplatz Gudensberg',
      alt: 'Marktplatz mit Fachwerkhäusern',
      credit: '© Stadt Gudensberg',
      width: 2000,
      height: 1000,
      uploadedBy: expect.any(String),
      deletable: true,
      usage: [],
    });
    expect(item.url).toBe(`http://localhost:3000/api/v1/media/${item.id}/original.jpg`);
    expect(item.variants.map((v: { width: number }) => v.width)).toEqual([480, 960, 1600]);
    expect(item.variants[0]).toMatchObject({ height: 240 });

    const original = await publicFile(item.url);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.headers['cache-control']).toContain('max-age=');
    expect(original.headers['x-content-type-options']).toBe('nosniff');
    const metadata = await sharp(original.rawPayload).metadata();
    expect(metadata.exif).toBeUndefined();

    const variant = await publicFile(item.variants[1].url);
    expect(variant.headers['content-type']).toBe('image/webp');
    expect((await sharp(variant.rawPayload).metadata()).width).toBe(960);

    const [audit] = await dataSource.query(`SELECT action FROM audit_entry WHERE subject_id = $1`, [
      item.id,
    ]);
    expect(audit.action).toBe('media.upload');
  });

  it('judges the type by the content, not by the name or the claimed type', async () => {
    const png = await sharp({
      create: { width: 300, height: 200, channels: 4, background: '#fff0' },
    })
      .png()
      .toBuffer();
    const response = await upload(admin, { name: 'logo.jpg', type: 'image/jpeg', bytes: png });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ mediaType: 'image/png', width: 300 });
    // Smaller than the smallest width: one copy at its own size, never enlarged.
    expect(response.json().variants.map((v: { width: number }) => v.width)).toEqual([300]);
    expect((await publicFile(response.json().url)).headers['content-type']).toBe('image/png');
  });

  it('refuses SVG, HTML and damaged pictures and stores nothing of them', async () => {
    const before = await stored();
    const svg = await upload(organiser, {
      name: 'bild.png',
      type: 'image/png',
      bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    expect(svg.statusCode).toBe(415);
    expect(svg.json().code).toBe('MEDIA.UNSUPPORTED_TYPE');

    const cut = (await photo(800, 600)).subarray(0, 300);
    const damaged = await upload(organiser, { name: 'kaputt.jpg', type: 'image/jpeg', bytes: cut });
    expect(damaged.statusCode).toBe(422);
    expect(damaged.json().code).toBe('MEDIA.DAMAGED');

    const truncatedPdf = await upload(organiser, {
      name: 'bericht.pdf',
      type: 'application/pdf',
      bytes: pdf.subarray(0, 40),
    });
    expect(truncatedPdf.json().code).toBe('MEDIA.DAMAGED');
    expect(await stored()).toEqual(before);
  });

  it('refuses a picture over 15 MiB before decoding it', async () => {
    const big = Buffer.alloc(16 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const response = await upload(organiser, {
      name: 'riesig.jpg',
      type: 'image/jpeg',
      bytes: big,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'MEDIA.TOO_LARGE', maxBytes: 15 * 1024 * 1024 });
  });

  it('keeps a PDF as it is, titled after its file name', async () => {
    const response = await upload(organiser, {
      name: 'Ergebnisbericht_Werkstatt.pdf',
      type: 'application/octet-stream',
      bytes: pdf,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'document',
      mediaType: 'application/pdf',
      title: 'Ergebnisbericht Werkstatt',
      sizeBytes: pdf.length,
      width: null,
      variants: [],
    });
    const file = await publicFile(response.json().url);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('validates the fields and asks for a file', async () => {
    const tooLong = await upload(
      organiser,
      { name: 'a.pdf', type: 'application/pdf', bytes: pdf },
      { alt: 'x'.repeat(1001) },
    );
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].pointer).toBe('request.alt');

    const unknown = await upload(
      organiser,
      { name: 'a.pdf', type: 'application/pdf', bytes: pdf },
      { owner: 'someone' },
    );
    expect(unknown.json().code).toBe('REQUEST.VALIDATION_FAILED');

    const noFile = await multipart({ title: 'Ohne Datei' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/media',
      payload: noFile.payload,
      headers: { ...organiser.headers, ...noFile.headers },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('MEDIA.FILE_REQUIRED');
  });

  it('lists, searches and filters; read-only staff browse but do not upload', async () => {
    const refused = await upload(reader, { name: 'a.pdf', type: 'application/pdf', bytes: pdf });
    expect(refused.statusCode).toBe(403);

    const list = (query: string) =>
      app.inject({ method: 'GET', url: `/api/v1/staff/media${query}`, headers: reader.headers });
    const documents = (await list('?kind=document')).json();
    expect(documents.items.every((i: { kind: string }) => i.kind === 'document')).toBe(true);
    expect(documents.total).toBeGreaterThan(0);
    const found = (await list('?search=gudensberg')).json();
    expect(found.items.map((i: { title: string }) => i.title)).toEqual(['Marktplatz Gudensberg']);
    expect(found.items[0].deletable).toBe(false);
    expect((await list('?search=100%25')).json().total).toBe(0);
    expect((await list('?kind=video')).statusCode).toBe(400);
  });

  it('describes a file, and deletes it only when unused, by the uploader or an administrator', async () => {
    const uploaded = (
      await upload(admin, { name: 'logo.jpg', type: 'image/jpeg', bytes: await photo(600, 300) })
    ).json();
    const described = await app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/media/${uploaded.id}`,
      payload: { alt: 'Logo des vhw', credit: null },
      headers: organiser.headers,
    });
    expect(described.json()).toMatchObject({ alt: 'Logo des vhw', credit: null, title: 'logo' });

    const [organisation] = await dataSource.query(`SELECT id, name FROM organisation LIMIT 1`);
    await dataSource.query(`UPDATE organisation SET logo = $1 WHERE id = $2`, [
      { url: uploaded.variants[0].url, alt: 'Logo' },
      organisation.id,
    ]);
    const remove = (login: StaffLogin) =>
      app.inject({
        method: 'DELETE',
        url: `/api/v1/staff/media/${uploaded.id}`,
        headers: login.headers,
      });
    const notYours = await remove(organiser);
    expect(notYours.statusCode).toBe(403);
    expect(notYours.json().code).toBe('MEDIA.NOT_YOURS');
    const inUse = await remove(admin);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({
      code: 'MEDIA.IN_USE',
      usage: [{ type: 'organisation', id: organisation.id, title: organisation.name }],
    });

    await dataSource.query(`UPDATE organisation SET logo = NULL WHERE id = $1`, [organisation.id]);
    expect((await remove(admin)).statusCode).toBe(204);
    expect((await publicFile(uploaded.url)).statusCode).toBe(404);
    expect(await stored()).not.toContain(uploaded.id);
    const actions = await dataSource.query(
      `SELECT action FROM audit_entry WHERE subject_id = $1 ORDER BY at`,
      [uploaded.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'media.upload',
      'media.describe',
      'media.delete',
    ]);
  });

  it('answers 404 for unknown files and refuses names outside the pattern', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const file of ['original.jpg', '..%2F..%2Fpackage.json', 'original.svg', 'w480.png']) {
      const response = await app.inject({ method: 'GET', url: `/api/v1/media/${id}/${file}` });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('MEDIA.NOT_FOUND');
    }
  });
});
