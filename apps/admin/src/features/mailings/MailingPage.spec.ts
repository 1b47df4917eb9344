import type { Mailing, MailingPreview } from '@stadtgespraech/api-client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';

const BASE = `/api/v1/staff/events/${STAFF_EVENT.id}`;
const PATH = `/veranstaltungen/${STAFF_EVENT.id}/rundmail`;

const PREVIEW: MailingPreview = {
  recipientCount: 37,
  samples: [
    {
      locale: 'de',
      recipientName: 'Anna Becker',
      subject: 'Folien zu Netzwerkgespräch Innenstadt',
      text: 'Guten Tag Anna Becker,\n\nanbei die Folien, Anna.',
      html: '<!DOCTYPE html><html lang="de"><body><p>anbei die Folien, Anna.</p></body></html>',
    },
  ],
};

const MAILING: Mailing = {
  id: '4b7e2c10-9a3d-4f5e-8c21-6d0e1f2a3b4c',
  subject: 'Folien zu {{veranstaltung}}',
  body: 'anbei die Folien, {{vorname}}.',
  english: null,
  segment: { status: 'confirmed', attended: 'yes' },
  recipientCount: 37,
  sentCount: 35,
  createdAt: '2026-11-20T09:30:00.000Z',
  createdBy: 'Vera Verwaltung (Demo)',
};

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

async function open(path = PATH) {
  const log: Mailing[] = [];
  const fake = fakeApi({
    [BASE]: () => jsonResponse(STAFF_EVENT),
    [`${BASE}/mailings`]: (_, request) => {
      if (request.method === 'POST') {
        log.unshift(MAILING);
        return jsonResponse(MAILING, 201);
      }
      return jsonResponse(log);
    },
    [`${BASE}/mailings/preview`]: () => jsonResponse(PREVIEW),
    [`${BASE}/mailings/test`]: () =>
      jsonResponse({ to: 'verwaltung@stadtgespraech.demo', count: 1 }, 202),
  });
  const mounted = await mountApp(path, fake.client);
  wrapper = mounted.wrapper;
  await vi.waitFor(() => expect(wrapper!.find('#mailing-subject').exists()).toBe(true));
  return fake;
}

const bodyOf = async (request: Request) => JSON.parse(await request.clone().text());

async function compose() {
  await wrapper!.get('#mailing-subject').setValue('Folien zu {{veranstaltung}}');
  await wrapper!.get('#mailing-body').setValue('anbei die Folien, {{vorname}}.');
}

describe('MailingPage', () => {
  it('takes the segment from the table, previews, and sends once after confirming', async () => {
    const fake = await open(`${PATH}?status=confirmed&anwesend=yes`);
    expect(wrapper!.get('h1').text()).toBe('Rundmail an Angemeldete');
    expect((wrapper!.get('#mailing-attended').element as HTMLSelectElement).value).toBe('yes');
    expect(wrapper!.text()).toContain('noch keine Rundmail');
    await compose();

    // Sending before a preview asks for one.
    await wrapper!.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper!.get('.alert--error').text()).toContain('Vorschau ansehen');
    expect(document.body.querySelector('[role="alertdialog"]')).toBeNull();

    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Vorschau')!
      .trigger('click');
    await flushPromises();
    const [previewRequest] = fake.sent.filter((r) => r.url.endsWith('/mailings/preview'));
    expect(await bodyOf(previewRequest!)).toEqual({
      subject: 'Folien zu {{veranstaltung}}',
      body: 'anbei die Folien, {{vorname}}.',
      segment: { status: 'confirmed', attended: 'yes' },
    });
    expect(wrapper!.text()).toContain('Die Rundmail erreicht 37 Personen.');
    expect(wrapper!.text()).toContain('Deutsche Fassung für Anna Becker');
    const frame = wrapper!.get('iframe');
    expect(frame.attributes('sandbox')).toBe('');
    expect(frame.attributes('srcdoc')).toContain('anbei die Folien, Anna.');

    await wrapper!.get('form').trigger('submit');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('geht an 37 Personen');
    const confirm = [...dialog.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Jetzt senden'),
    )!;
    confirm.click();
    await flushPromises();
    const sends = fake.sent.filter((r) => r.method === 'POST' && r.url.endsWith('/mailings'));
    expect(sends).toHaveLength(1);
    expect(sends[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() =>
      expect(wrapper!.text()).toContain(
        'Die Rundmail „Folien zu {{veranstaltung}}“ geht an 37 Personen.',
      ),
    );
    expect((wrapper!.get('#mailing-subject').element as HTMLInputElement).value).toBe('');
    const row = wrapper!.get('.mailing-log tbody tr');
    expect(row.text()).toContain('Bestätigt · anwesend');
    expect(row.text()).toContain('35 von 37');
    expect(row.text()).toContain('Vera Verwaltung (Demo)');
  });

  it('marks a preview stale when the text changes', async () => {
    await open();
    await compose();
    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Vorschau')!
      .trigger('click');
    await flushPromises();
    expect(wrapper!.text()).not.toContain('älteren Stand');
    await wrapper!.get('#mailing-body').setValue('Neuer Text');
    expect(wrapper!.text()).toContain('älteren Stand');
  });

  it('refuses an unknown placeholder at the field without asking the API', async () => {
    const fake = await open();
    await wrapper!.get('#mailing-subject').setValue('Folien');
    await wrapper!.get('#mailing-body').setValue('Hallo {{vornmae}}');
    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Testmail an mich')!
      .trigger('click');
    await flushPromises();
    expect(wrapper!.get('#mailing-body-error').text()).toContain(
      'Unbekannter Platzhalter: {{vornmae}}',
    );
    expect(wrapper!.get('#mailing-body').attributes('aria-invalid')).toBe('true');
    expect(fake.requestsTo(`${BASE}/mailings/test`)).toHaveLength(0);
  });

  it('inserts a placeholder at the caret and sends a test to the staff member', async () => {
    const fake = await open();
    await wrapper!.get('#mailing-subject').setValue('Folien');
    const body = wrapper!.get('#mailing-body');
    await body.setValue('Hallo !');
    (body.element as HTMLTextAreaElement).setSelectionRange(6, 6);
    await body.trigger('focus');
    await wrapper!
      .get('button[aria-label="Platzhalter Vorname in den Text einfügen"]')
      .trigger('click');
    expect((body.element as HTMLTextAreaElement).value).toBe('Hallo {{vorname}}!');

    // The English version takes the placeholder once its text had the focus.
    await wrapper!.get('input[type="checkbox"]').setValue(true);
    await wrapper!.get('#mailing-en-subject').setValue('Slides');
    const english = wrapper!.get('#mailing-en-body');
    await english.trigger('focus');
    await wrapper!
      .get('button[aria-label="Platzhalter Name mit Titel in den Text einfügen"]')
      .trigger('click');
    expect((english.element as HTMLTextAreaElement).value).toBe('{{name}}');
    expect((body.element as HTMLTextAreaElement).value).toBe('Hallo {{vorname}}!');

    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Testmail an mich')!
      .trigger('click');
    await flushPromises();
    const [test] = fake.sent.filter((r) => r.url.endsWith('/mailings/test'));
    expect((await bodyOf(test!)).english).toEqual({ subject: 'Slides', body: '{{name}}' });
    expect(wrapper!.text()).toContain(
      'Die Testmail ist unterwegs an verwaltung@stadtgespraech.demo.',
    );
  });
});
