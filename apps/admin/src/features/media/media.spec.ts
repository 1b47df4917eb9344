import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const PHOTO = '00000000-0000-4000-8000-0000000000e1';
const PDF = '00000000-0000-4000-8000-0000000000e2';
const base = 'http://localhost:3000/api/v1/media';
const photo = {
  id: PHOTO,
  kind: 'image',
  mediaType: 'image/jpeg',
  fileName: 'Marktplatz.jpg',
  title: 'Marktplatz Gudensberg',
  alt: '',
  credit: '© Stadt Gudensberg',
  sizeBytes: 2_400_000,
  width: 2000,
  height: 1000,
  url: `${base}/${PHOTO}/original.jpg`,
  variants: [480, 960, 1600].map((width) => ({
    width,
    height: width / 2,
    url: `${base}/${PHOTO}/w${width}.webp`,
  })),
  createdAt: '2026-11-20T09:15:00.000Z',
  uploadedBy: 'Anna Administratorin',
  deletable: true,
};
const pdf = {
  ...photo,
  id: PDF,
  kind: 'document',
  mediaType: 'application/pdf',
  fileName: 'Ergebnisbericht.pdf',
  title: 'Ergebnisbericht',
  alt: '',
  credit: null,
  sizeBytes: 380_000,
  width: null,
  height: null,
  url: `${base}/${PDF}/original.pdf`,
  variants: [],
};
const page = (items: unknown[]) =>
  jsonResponse({ items, total: items.length, page: 1, pageSize: 48 });
const READER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'read_only' as const },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

function choose(wrapper: VueWrapper, file: File) {
  const input = wrapper.get<HTMLInputElement>('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  return input.trigger('change');
}

describe('the media library page', () => {
  it('lists files with their smallest copy, sizes and a warning for a missing alt text', async () => {
    const fake = fakeApi({ '/api/v1/staff/media': () => page([photo, pdf]) });
    ({ wrapper } = await mountApp('/medien?art=image', fake.client));
    await flushPromises();

    expect(fake.requestsTo('/api/v1/staff/media')[0]!.searchParams.get('kind')).toBe('image');
    const cards = wrapper.findAll('.media-card');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.get('img').attributes('src')).toBe(`${base}/${PHOTO}/w480.webp`);
    expect(cards[0]!.get('a').attributes('href')).toBe(`/medien/${PHOTO}`);
    expect(cards[0]!.text()).toContain('2,3 MB · 2000 × 1000 px');
    expect(cards[0]!.text()).toContain('Ohne Alternativtext');
    expect(cards[1]!.text()).toContain('PDF');
    expect(cards[1]!.text()).not.toContain('Ohne Alternativtext');
    expect(wrapper.find('input[type="file"]').exists()).toBe(true);
  });

  it('offers no upload to read-only staff', async () => {
    const fake = fakeApi({ '/api/v1/staff/media': () => page([photo]) });
    ({ wrapper } = await mountApp('/medien', fake.client, READER));
    await flushPromises();
    expect(wrapper.find('input[type="file"]').exists()).toBe(false);
    expect(wrapper.findAll('.media-card')).toHaveLength(1);
  });

  it('uploads a picture with its fields before the file, then shows it in the list', async () => {
    let uploaded = false;
    const fake = fakeApi({
      '/api/v1/staff/media': async (_url, request) => {
        if (request.method !== 'POST') return page(uploaded ? [photo] : []);
        uploaded = true;
        return jsonResponse({ ...photo, usage: [] }, 201);
      },
    });
    ({ wrapper } = await mountApp('/medien', fake.client));
    await flushPromises();

    await choose(wrapper, new File(['jpeg'], 'Marktplatz.jpg', { type: 'image/jpeg' }));
    await wrapper.get('textarea').setValue('Marktplatz mit Fachwerkhäusern');
    await wrapper.get('form.media-upload').trigger('submit');
    await flushPromises();

    const post = fake.sent.find((request) => request.method === 'POST')!;
    const form = await post.formData();
    expect([...form.keys()]).toEqual(['alt', 'file']);
    expect(form.get('alt')).toBe('Marktplatz mit Fachwerkhäusern');
    expect((form.get('file') as File).name).toBe('Marktplatz.jpg');
    expect(wrapper.get('[role="status"].notice').text()).toBe(
      '„Marktplatz Gudensberg“ wurde hochgeladen.',
    );
    expect(wrapper.findAll('.media-card')).toHaveLength(1);
  });

  it('explains a refused type in German and keeps the form', async () => {
    const fake = fakeApi({
      '/api/v1/staff/media': (_url, request) =>
        request.method === 'POST'
          ? problemResponse(415, 'MEDIA.UNSUPPORTED_TYPE', 'Unsupported')
          : page([]),
    });
    ({ wrapper } = await mountApp('/medien', fake.client));
    await flushPromises();

    await choose(wrapper, new File(['<svg/>'], 'logo.png', { type: 'image/png' }));
    await wrapper.get('form.media-upload').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.alert--error').text()).toContain('SVG-Dateien sind nicht erlaubt');
  });

  it('refuses an oversized picture before sending it', async () => {
    const fake = fakeApi({ '/api/v1/staff/media': () => page([]) });
    ({ wrapper } = await mountApp('/medien', fake.client));
    await flushPromises();

    const big = new File(['x'], 'Luftbild.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 16 * 1024 * 1024 });
    await choose(wrapper, big);
    await wrapper.get('form.media-upload').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.alert--error').text()).toContain('höchstens 15 MB');
    expect(fake.sent.some((request) => request.method === 'POST')).toBe(false);
  });
});

describe('the page of one file', () => {
  const detail = (usage: unknown[]) => ({ ...photo, alt: 'Marktplatz', usage });

  it('shows where the file is used and blocks deleting it meanwhile', async () => {
    const organisation = '00000000-0000-4000-8000-0000000000f1';
    const fake = fakeApi({
      [`/api/v1/staff/media/${PHOTO}`]: () =>
        jsonResponse(detail([{ type: 'organisation', id: organisation, title: 'vhw' }])),
    });
    ({ wrapper } = await mountApp(`/medien/${PHOTO}`, fake.client));
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Marktplatz Gudensberg');
    expect(wrapper.get('figure img').attributes('src')).toBe(`${base}/${PHOTO}/w960.webp`);
    expect(wrapper.get('figure img').attributes('alt')).toBe('Marktplatz');
    const use = wrapper.get(`a[href="/organisationen/${organisation}"]`);
    expect(use.text()).toBe('vhw');
    const remove = wrapper.findAll('button').find((b) => b.text() === 'Datei löschen')!;
    expect(remove.attributes('disabled')).toBeDefined();
    expect(wrapper.get('#media-delete-blocked').text()).toContain('Erst löschbar');
  });

  it('saves the describing fields, an empty credit as none', async () => {
    let sent: unknown;
    const fake = fakeApi({
      [`/api/v1/staff/media/${PHOTO}`]: async (_url, request) => {
        if (request.method !== 'PATCH') return jsonResponse(detail([]));
        sent = await request.json();
        return jsonResponse({ ...detail([]), ...(sent as object) });
      },
    });
    ({ wrapper } = await mountApp(`/medien/${PHOTO}`, fake.client));
    await flushPromises();

    await wrapper.get('#media-alt').setValue('Der Marktplatz im Sommer');
    await wrapper.get('#media-credit').setValue('  ');
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();

    expect(sent).toEqual({
      title: 'Marktplatz Gudensberg',
      alt: 'Der Marktplatz im Sommer',
      credit: null,
    });
    expect(wrapper.get('.notice').text()).toBe('Gespeichert.');
  });

  it('deletes an unused file after confirmation and tells the list', async () => {
    const fake = fakeApi({
      [`/api/v1/staff/media/${PHOTO}`]: (_url, request) =>
        request.method === 'DELETE'
          ? new Response(null, { status: 204 })
          : jsonResponse(detail([])),
      '/api/v1/staff/media': () => page([]),
    });
    let router;
    ({ wrapper, router } = await mountApp(`/medien/${PHOTO}`, fake.client));
    await flushPromises();

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Datei löschen')!
      .trigger('click');
    await flushPromises();
    const confirm = [
      ...document.querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button'),
    ].find((b) => b.textContent?.trim() === 'Datei löschen')!;
    confirm.click();
    await flushPromises();

    expect(fake.sent.some((request) => request.method === 'DELETE')).toBe(true);
    expect(router.currentRoute.value.path).toBe('/medien');
    expect(wrapper.get('.notice').text()).toBe('„Marktplatz Gudensberg“ wurde gelöscht.');
  });
});
