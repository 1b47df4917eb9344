import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const account = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'redaktion@stadtgespraech.demo',
  displayName: 'Robin Redaktion (Demo, vhw)',
  role: 'organiser',
  organisations: ['vhw'],
  secondFactorEnabled: true,
  status: 'active',
  lastLoginAt: '2026-11-21T08:30:00.000Z',
  version: 2,
  createdAt: '2026-11-21T10:00:00.000Z',
};
const api = () =>
  fakeApi({
    '/api/v1/staff/accounts': () => jsonResponse({ items: [account] }),
    '/api/v1/staff/audit': () =>
      jsonResponse({
        items: [
          {
            id: '00000000-0000-4000-8000-0000000000a1',
            at: '2026-11-21T13:05:00.000Z',
            accountId: account.id,
            accountEmail: account.email,
            action: 'staff.login',
            subjectType: 'staff_account',
            subjectId: account.id,
            before: null,
            after: null,
            clientIp: '203.0.113.7',
          },
        ],
        total: 1,
        page: 1,
        pageSize: 100,
      }),
    '/api/v1/events': () => jsonResponse({ items: [], total: 0, page: 1, pageSize: 20 }),
    '/api/v1/staff/settings': () =>
      jsonResponse({ secondFactorRequired: false, secondFactorRequiredByOperator: false }),
  });

describe('staff pages', () => {
  it('lists the staff accounts with role, organisations, status and last login', async () => {
    const { wrapper } = await mountApp('/benutzer', api().client);
    const row = wrapper.find('tbody tr');
    expect(row.findAll('th, td').map((cell) => cell.text())).toEqual([
      'Robin Redaktion (Demo, vhw)',
      'redaktion@stadtgespraech.demo',
      'Veranstalter',
      'vhw',
      'aktiv',
      'ja',
      '21.11.2026, 09:30',
    ]);
    expect(row.get('a').attributes('href')).toBe(`/benutzer/${account.id}`);
    expect(wrapper.get('a.button').text()).toBe('Person einladen');
    wrapper.unmount();
  });

  it('requires the second factor for everyone, explaining when the own account lacks one', async () => {
    let answer = problemResponse(
      409,
      'SETTINGS.OWN_SECOND_FACTOR_MISSING',
      'Switch on a second factor first',
    );
    const routes = {
      '/api/v1/staff/accounts': () => jsonResponse({ items: [account] }),
      '/api/v1/staff/settings': (_: URL, request: Request) =>
        request.method === 'PUT'
          ? answer
          : jsonResponse({ secondFactorRequired: false, secondFactorRequiredByOperator: false }),
    };
    const { client, sent } = fakeApi(routes);
    const { wrapper } = await mountApp('/benutzer', client);
    await wrapper.get('#staff-second-factor-required').setValue(true);
    await wrapper.get('section form').trigger('submit');
    await flushPromises();
    const put = sent.find((r) => r.method === 'PUT')!;
    expect(JSON.parse(await put.clone().text())).toEqual({ secondFactorRequired: true });
    expect(wrapper.get('section [role="status"]').text()).toContain(
      'Richten Sie zuerst für Ihr eigenes Konto einen zweiten Faktor ein',
    );
    answer = jsonResponse({ secondFactorRequired: true, secondFactorRequiredByOperator: false });
    await wrapper.get('section form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('section .notice').text()).toBe('Die Einstellung ist gespeichert.');
    wrapper.unmount();
  });

  it('shows a requirement the operator set as fixed', async () => {
    const { client } = fakeApi({
      '/api/v1/staff/accounts': () => jsonResponse({ items: [account] }),
      '/api/v1/staff/settings': () =>
        jsonResponse({ secondFactorRequired: true, secondFactorRequiredByOperator: true }),
    });
    const { wrapper } = await mountApp('/benutzer', client);
    const box = wrapper.get('#staff-second-factor-required');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    expect(box.attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('Der Betrieb verlangt den zweiten Faktor für alle');
    expect(wrapper.find('section button[type="submit"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the audit log in Berlin time with readable actions', async () => {
    const { wrapper } = await mountApp('/protokoll', api().client);
    const cells = wrapper.findAll('tbody tr th, tbody tr td').map((cell) => cell.text());
    expect(cells).toEqual([
      '21.11.2026, 14:05:00',
      'redaktion@stadtgespraech.demo',
      'Angemeldet',
      `Benutzerkonto ${account.id}`,
      '203.0.113.7',
    ]);
    wrapper.unmount();
  });

  it('keeps the administration pages from other roles and does not offer them', async () => {
    const reader = {
      ...ADMIN_SESSION,
      account: { ...ADMIN_SESSION.account, role: 'read_only' as const },
    };
    const { wrapper, router } = await mountApp('/protokoll', api().client, reader);
    expect(router.currentRoute.value.name).toBe('forbidden');
    expect(wrapper.find('h1').text()).toBe('Kein Zugriff');
    expect(wrapper.find('nav').text()).not.toContain('Protokoll');
    wrapper.unmount();
  });
});
