import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const EVENT = {
  id: '00000000-0000-4000-8000-0000000000e1',
  slug: 'web-talk-losverfahren',
  title: 'Web-Talk: Bürgerräte per Losverfahren',
  startsAt: '2026-12-03T10:00:00.000Z',
};
const REPORT = {
  email: 'jana.zander@osterburg.example',
  generatedAt: '2026-11-21T10:00:00.000Z',
  registrations: [
    {
      id: '00000000-0000-4000-8000-0000000000r1',
      event: EVENT,
      status: 'confirmed',
      createdAt: '2026-11-02T08:30:00.000Z',
    },
  ],
  mails: [{ template: 'registration-confirmed', sentAt: '2026-11-02T08:31:00.000Z', event: EVENT }],
  newsletterSubscriptions: [{ status: 'confirmed' }],
  contactRequests: [],
  contactPersons: [{ organisation: 'vhw – Bundesverband für Wohnen und Stadtentwicklung' }],
  staffAccount: null,
  queuedMails: 1,
  auditEntries: 0,
};
const EMPTY = {
  ...REPORT,
  email: 'niemand@example.org',
  registrations: [],
  mails: [],
  newsletterSubscriptions: [],
  contactPersons: [],
  queuedMails: 0,
};
const body = async (request: Request) => JSON.parse(await request.clone().text());
const button = (label: string) =>
  [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('privacy page', () => {
  it('looks an address up and shows what is stored, with the address only in the body', async () => {
    const { client, sent } = fakeApi({
      '/api/v1/staff/privacy/access': () => jsonResponse(REPORT),
    });
    const { wrapper } = await mountApp('/datenschutz', client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('#privacy-email').exists()).toBe(true));
    expect(wrapper.get('h1').text()).toBe('Datenschutz: Auskunft und Löschung');
    await wrapper.get('#privacy-email').setValue(' Jana.Zander@Osterburg.example ');
    await wrapper.get('form.privacy-lookup').trigger('submit');
    await flushPromises();

    const request = sent.find((r) => r.url.endsWith('/privacy/access'))!;
    expect(request.method).toBe('POST');
    expect(await body(request)).toEqual({ email: 'Jana.Zander@Osterburg.example' });
    expect(wrapper.get('h2').text()).toBe('Gespeichert zu jana.zander@osterburg.example');
    const facts = wrapper.get('.facts').text();
    expect(facts).toContain('1, dazu 1 noch nicht versandt');
    expect(facts).toContain('abonniert');
    expect(facts).toContain('vhw – Bundesverband');
    const row = wrapper.get('tbody tr');
    expect(row.get('a').attributes('href')).toBe(`/anmeldungen/${REPORT.registrations[0]!.id}`);
    expect(row.text()).toContain('Bestätigt');
    wrapper.unmount();
  });

  it('hands out the report as PDF and JSON files', async () => {
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const { client, sent } = fakeApi({
      '/api/v1/staff/privacy/access': () => jsonResponse(REPORT),
      '/api/v1/staff/privacy/access/pdf': () =>
        new Response(pdf, { headers: { 'content-type': 'application/pdf' } }),
    });
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = vi.fn((blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });
    const { wrapper } = await mountApp('/datenschutz', client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('#privacy-email').exists()).toBe(true));
    await wrapper.get('#privacy-email').setValue('jana.zander@osterburg.example');
    await wrapper.get('form.privacy-lookup').trigger('submit');
    await flushPromises();

    button('Auskunft als PDF').click();
    await flushPromises();
    expect(await body(sent.find((r) => r.url.endsWith('/access/pdf'))!)).toEqual({
      email: 'jana.zander@osterburg.example',
    });
    button('Auskunft als JSON').click();
    await flushPromises();
    expect(saved.map((s) => s.name)).toEqual(['auskunft.pdf', 'auskunft.json']);
    expect(await saved[0]!.blob.text()).toBe('%PDF-1.7');
    expect(JSON.parse(await saved[1]!.blob.text())).toEqual(REPORT);
    wrapper.unmount();
  });

  it('says when nothing is stored, and offers no erasure then', async () => {
    const { client } = fakeApi({ '/api/v1/staff/privacy/access': () => jsonResponse(EMPTY) });
    const { wrapper } = await mountApp('/datenschutz', client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('#privacy-email').exists()).toBe(true));
    await wrapper.get('#privacy-email').setValue('niemand@example.org');
    await wrapper.get('form.privacy-lookup').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Zu dieser Adresse ist nichts gespeichert.');
    expect(button('Endgültig löschen')).toBeUndefined();
    wrapper.unmount();
  });

  it('erases after a confirmation and shows what went', async () => {
    const { client, requestsTo } = fakeApi({
      '/api/v1/staff/privacy/access': () => jsonResponse(REPORT),
      '/api/v1/staff/privacy/erase': () =>
        jsonResponse({
          registrationsAnonymised: 1,
          registrationsCancelled: 1,
          newsletterSubscriptions: 1,
          contactRequests: 0,
          contactPersons: 1,
          mails: 1,
          queuedMails: 1,
          staffAccountKept: false,
          auditEntriesKept: 2,
        }),
    });
    const { wrapper } = await mountApp('/datenschutz', client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('#privacy-email').exists()).toBe(true));
    await wrapper.get('#privacy-email').setValue('jana.zander@osterburg.example');
    await wrapper.get('form.privacy-lookup').trigger('submit');
    await flushPromises();

    button('Endgültig löschen').click();
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Alle Daten zu jana.zander@osterburg.example löschen?');
    expect(requestsTo('/api/v1/staff/privacy/erase')).toHaveLength(0);
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Endgültig löschen')!
      .click();
    await flushPromises();

    expect(requestsTo('/api/v1/staff/privacy/erase')).toHaveLength(1);
    expect(wrapper.get('h2').text()).toBe('Gelöscht');
    expect(wrapper.text()).toContain('1 anonymisiert, davon 1 vorher storniert');
    expect(wrapper.text()).toContain('2 Einträge im Protokoll nennen die Adresse.');
    wrapper.unmount();
  });

  it('shows the field error the API gives for a wrong address', async () => {
    const { client } = fakeApi({
      '/api/v1/staff/privacy/access': () =>
        jsonResponse(
          {
            type: '/api/problems/REQUEST.VALIDATION_FAILED',
            title: 'The request has invalid or unknown fields',
            status: 400,
            code: 'REQUEST.VALIDATION_FAILED',
            errors: [{ pointer: 'request.email', messages: ['email must be an email'] }],
          },
          400,
          'application/problem+json',
        ),
    });
    const { wrapper } = await mountApp('/datenschutz', client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('#privacy-email').exists()).toBe(true));
    await wrapper.get('#privacy-email').setValue('jana');
    await wrapper.get('form.privacy-lookup').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.alert').text()).toContain('Bitte prüfen Sie die Adresse');
    expect(wrapper.get('#privacy-email').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('.field__error').text()).toBe('email must be an email');
    wrapper.unmount();
  });
});
