import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';
import { documentationFormFrom, documentationInputFrom } from './documentationForm';

const media = 'http://localhost:3000/api/v1/media/00000000-0000-4000-8000-0000000000e2';
const pdf = {
  id: '00000000-0000-4000-8000-0000000000e2',
  kind: 'document',
  mediaType: 'application/pdf',
  fileName: 'Ergebnisse.pdf',
  title: 'Ergebnisse der Werkstatt',
  alt: '',
  credit: null,
  sizeBytes: 380_000,
  width: null,
  height: null,
  url: `${media}/original.pdf`,
  variants: [],
  createdAt: '2026-11-20T09:15:00.000Z',
  uploadedBy: null,
  deletable: true,
};
const past = {
  ...STAFF_EVENT,
  status: 'published' as const,
  // Long over, whatever the clock of the machine says.
  startsAt: '2024-02-12T09:00:00.000Z',
  endsAt: '2024-02-12T14:30:00.000Z',
  registrations: { ...STAFF_EVENT.registrations, confirmed: 12 },
  documentation: {
    report: '## Ergebnisse\n\nDrei Städte berichteten.',
    attachments: [],
    images: [
      {
        url: `${media}/w960.webp`,
        alt: 'Podium',
        caption: null,
        credit: '© vhw',
        width: 960,
        height: 640,
      },
    ],
    recordingUrl: null,
    publishedAt: null,
    notifiedAt: null,
  },
};
const path = `/api/v1/staff/events/${STAFF_EVENT.id}`;

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the documentation form', () => {
  it('sends back what it loaded, empty texts as none', () => {
    expect(documentationInputFrom(documentationFormFrom(past))).toEqual({
      report: '## Ergebnisse\n\nDrei Städte berichteten.',
      recordingUrl: null,
      attachments: [],
      images: [
        {
          url: `${media}/w960.webp`,
          alt: 'Podium',
          caption: null,
          credit: '© vhw',
          width: 960,
          height: 640,
        },
      ],
    });
  });
});

describe('the documentation page', () => {
  it('adds a PDF from the library and saves against the version', async () => {
    let sent: unknown;
    const fake = fakeApi({
      [path]: () => jsonResponse(past),
      '/api/v1/staff/media': () => jsonResponse({ items: [pdf], total: 1, page: 1, pageSize: 48 }),
      [`${path}/documentation`]: async (_url, request) => {
        sent = await request.json();
        expect(request.headers.get('if-match')).toBe('"3"');
        return jsonResponse({
          ...past,
          version: 4,
          documentation: { ...past.documentation, ...(sent as object) },
        });
      },
    });
    ({ wrapper } = await mountApp(`/veranstaltungen/${STAFF_EVENT.id}/dokumentation`, fake.client));
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Dokumentation: Netzwerkgespräch Innenstadt');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'PDF aus der Mediathek hinzufügen')!
      .trigger('click');
    await flushPromises();
    expect(fake.requestsTo('/api/v1/staff/media')[0]!.searchParams.get('kind')).toBe('document');
    document.querySelector<HTMLButtonElement>('[role="dialog"] .media-pick')!.click();
    await flushPromises();

    const title = wrapper.get<HTMLInputElement>('.row-list__item input[type="text"]');
    expect(title.element.value).toBe('Ergebnisse der Werkstatt');
    await title.setValue('Ergebnisse (PDF)');
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();
    expect(sent).toMatchObject({
      attachments: [
        {
          title: 'Ergebnisse (PDF)',
          url: pdf.url,
          mediaType: 'application/pdf',
          sizeBytes: 380_000,
        },
      ],
    });
    expect(wrapper.get('.notice').text()).toBe('Gespeichert.');
  });

  it('publishes after the event with the mail to the registrants, after confirming', async () => {
    let body: unknown;
    const fake = fakeApi({
      [path]: () => jsonResponse(past),
      [`${path}/documentation/publish`]: async (_url, request) => {
        body = await request.json();
        return jsonResponse({
          event: {
            ...past,
            version: 4,
            documentation: {
              ...past.documentation,
              publishedAt: '2026-11-21T10:00:00.000Z',
              notifiedAt: '2026-11-21T10:00:00.000Z',
            },
          },
          notified: 12,
        });
      },
    });
    ({ wrapper } = await mountApp(`/veranstaltungen/${STAFF_EVENT.id}/dokumentation`, fake.client));
    await flushPromises();

    expect(wrapper.text()).toContain('Die 12 bestätigten Teilnehmenden per E-Mail');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Dokumentation veröffentlichen')!
      .trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('12 bestätigte Teilnehmende erhalten eine E-Mail');
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Dokumentation veröffentlichen')!
      .click();
    await flushPromises();

    expect(body).toEqual({ notify: true });
    expect(wrapper.get('.notice').text()).toBe(
      'Die Dokumentation ist im Portal; 12 Teilnehmende erhalten eine E-Mail.',
    );
    expect(wrapper.text()).toContain('Vom Portal nehmen');
  });

  it('blocks publishing before the event is published, and explains a refusal', async () => {
    const fake = fakeApi({
      [path]: () => jsonResponse({ ...past, status: 'draft' }),
      [`${path}/documentation`]: () =>
        problemResponse(412, 'EVENT.STALE', 'The event changed since you loaded it'),
    });
    ({ wrapper } = await mountApp(`/veranstaltungen/${STAFF_EVENT.id}/dokumentation`, fake.client));
    await flushPromises();

    const publish = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Dokumentation veröffentlichen')!;
    expect(publish.attributes('disabled')).toBeDefined();
    expect(wrapper.get('#documentation-publish-blocked').text()).toContain('veröffentlicht ist');

    await wrapper.get('#documentation-report').setValue('Neuer Bericht');
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.alert--error').text()).toContain('inzwischen geändert');
  });
});
