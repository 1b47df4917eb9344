import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const WEB_TALK = '00000000-0000-4000-8000-0000000000c1';
const WORKSHOP = '00000000-0000-4000-8000-0000000000c2';
const candidates = {
  items: [
    {
      id: WEB_TALK,
      slug: 'klimaschutz',
      title: 'Klimaschutz in Kleinstädten',
      startsAt: '2026-12-03T09:00:00.000Z',
      endsAt: '2026-12-03T10:00:00.000Z',
      series: 'Kleinstadt Web-Talks',
      announcedAt: '2026-11-01T09:00:00.000Z',
      reach: 12,
    },
    {
      id: WORKSHOP,
      slug: 'werkstatt',
      title: 'Werkstatt Leerstand',
      startsAt: '2026-12-10T09:00:00.000Z',
      endsAt: '2026-12-10T15:00:00.000Z',
      series: null,
      announcedAt: null,
      reach: 1,
    },
  ],
};
const counts = { pending: 2, confirmed: 14 };
const sample = {
  locale: 'de',
  recipientName: 'alle@wittenberge.example',
  subject: 'Neue Termine im Stadtgespräch',
  text: 'Guten Tag,',
  html: '<html lang="de"><body>Werkstatt Leerstand</body></html>',
};
const subscriber = {
  id: '00000000-0000-4000-8000-0000000000d9',
  email: 'alle@wittenberge.example',
  status: 'confirmed',
  series: ['kleinstadt-web-talks'],
  topics: [],
  locale: 'de',
  consentVersion: '2026-01',
  subscribedAt: '2026-11-02T09:00:00.000Z',
  confirmedAt: '2026-11-02T09:05:00.000Z',
};
const READER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'read_only' as const },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

const button = (text: string) => wrapper!.findAll('button').find((b) => b.text() === text)!;

describe('the newsletter page', () => {
  it('preselects the new dates, previews, and sends once after confirming', async () => {
    const bodies: Record<string, unknown>[] = [];
    const issues: unknown[] = [];
    const fake = fakeApi({
      '/api/v1/staff/newsletter/candidates': () => jsonResponse(candidates),
      '/api/v1/staff/newsletter/issues': async (_url, request) => {
        if (request.method === 'GET') return jsonResponse({ items: issues });
        bodies.push(await request.json());
        const issue = {
          id: '00000000-0000-4000-8000-0000000000e1',
          subject: 'Neue Termine im Stadtgespräch',
          intro: null,
          english: null,
          eventCount: 1,
          recipientCount: 3,
          createdAt: '2026-11-21T10:00:00.000Z',
          createdBy: 'Vera Verwaltung (Demo)',
        };
        issues.push(issue);
        return jsonResponse(issue, 201);
      },
      '/api/v1/staff/newsletter/issues/preview': async (_url, request) => {
        bodies.push(await request.json());
        return jsonResponse({ recipientCount: 3, samples: [sample] });
      },
      '/api/v1/staff/newsletter/subscribers': () =>
        jsonResponse({ items: [], counts, total: 14, page: 1, pageSize: 50 }),
    });
    ({ wrapper } = await mountApp('/newsletter', fake.client));
    await flushPromises();

    expect(wrapper.text()).toContain('14 bestätigte und 2 unbestätigte Abonnements');
    const boxes = wrapper.findAll<HTMLInputElement>('input[type="checkbox"][value]');
    expect(boxes.map((box) => [box.element.value, box.element.checked])).toEqual([
      [WEB_TALK, false],
      [WORKSHOP, true],
    ]);
    expect(wrapper.text()).toContain('zuletzt angekündigt am 01.11.2026, 10:00');
    expect(wrapper.text()).toContain('neu · passt zu 1 Abonnement');

    await button('Vorschau').trigger('click');
    await flushPromises();
    expect(bodies[0]).toEqual({
      eventIds: [WORKSHOP],
      subject: 'Neue Termine im Stadtgespräch',
      intro: null,
    });
    expect(wrapper.text()).toContain('Diese Ausgabe erreicht 3 Abonnements.');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('geht an 3 Abonnements');
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Jetzt senden'))!
      .click();
    await flushPromises();
    const sends = fake.sent.filter((r) => r.method === 'POST' && r.url.endsWith('/issues'));
    expect(sends).toHaveLength(1);
    expect(sends[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(() =>
      expect(wrapper!.text()).toContain('„Neue Termine im Stadtgespräch“ geht an 3 Abonnements.'),
    );
    expect(
      wrapper.get('#newsletter-issues-caption').element.closest('table')!.textContent,
    ).toContain('Vera Verwaltung (Demo)');
  });

  it('asks for a date before asking the API', async () => {
    const fake = fakeApi({
      '/api/v1/staff/newsletter/candidates': () => jsonResponse({ items: [] }),
      '/api/v1/staff/newsletter/issues': () => jsonResponse({ items: [] }),
      '/api/v1/staff/newsletter/subscribers': () =>
        jsonResponse({ items: [], counts, total: 14, page: 1, pageSize: 50 }),
    });
    ({ wrapper } = await mountApp('/newsletter', fake.client));
    await flushPromises();
    await button('Testmail an mich').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Bitte mindestens einen Termin wählen.');
    expect(fake.sent.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('shows read-only staff the dates and issues, without sending', async () => {
    const fake = fakeApi({
      '/api/v1/staff/newsletter/candidates': () => jsonResponse(candidates),
      '/api/v1/staff/newsletter/issues': () => jsonResponse({ items: [] }),
      '/api/v1/staff/newsletter/subscribers': () =>
        jsonResponse({ items: [], counts, total: 14, page: 1, pageSize: 50 }),
    });
    ({ wrapper } = await mountApp('/newsletter', fake.client, READER));
    await flushPromises();
    expect(wrapper.text()).toContain(
      'Den Newsletter senden Administratorinnen und Administratoren.',
    );
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false);
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
  });
});

describe('the subscriptions page', () => {
  it('lists by status and search, and ends a subscription after confirming', async () => {
    let items = [subscriber];
    const fake = fakeApi({
      '/api/v1/staff/newsletter/subscribers': () =>
        jsonResponse({ items, counts, total: items.length, page: 1, pageSize: 50 }),
      [`/api/v1/staff/newsletter/subscribers/${subscriber.id}`]: () => {
        items = [];
        return new Response(null, { status: 204 });
      },
    });
    let router;
    ({ wrapper, router } = await mountApp('/newsletter/abonnements', fake.client));
    await flushPromises();

    const row = wrapper.get('tbody tr');
    expect(row.text()).toContain('alle@wittenberge.example');
    expect(row.text()).toContain('Reihen: kleinstadt-web-talks');
    expect(wrapper.text()).toContain('Bestätigt (14)');

    await wrapper.get('#subscriber-search').setValue('wittenberge');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ suche: 'wittenberge' });
    expect(
      fake.requestsTo('/api/v1/staff/newsletter/subscribers').at(-1)!.searchParams.get('search'),
    ).toBe('wittenberge');

    await wrapper.get('button[aria-label="alle@wittenberge.example abmelden"]').trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Abmelden'))!
      .click();
    await flushPromises();
    expect(fake.sent.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    await vi.waitFor(() =>
      expect(wrapper!.text()).toContain('alle@wittenberge.example ist abgemeldet und gelöscht.'),
    );
    expect(wrapper.text()).toContain('Keine Abonnements.');
  });
});
