import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const account = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'redaktion@stadtgespraech.demo',
  displayName: 'Robin Redaktion (Demo, vhw)',
  role: 'organiser',
  organisations: ['vhw'],
  secondFactorEnabled: true,
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
  });

describe('staff pages', () => {
  it('lists the staff accounts with role, organisations and second factor', async () => {
    const { wrapper } = await mountApp('/benutzer', api().client);
    const row = wrapper.find('tbody tr');
    expect(row.findAll('th, td').map((cell) => cell.text())).toEqual([
      'Robin Redaktion (Demo, vhw)',
      'redaktion@stadtgespraech.demo',
      'Veranstalter',
      'vhw',
      'ja',
    ]);
    wrapper.unmount();
  });

  it('shows the audit log in Berlin time with readable actions', async () => {
    const { wrapper } = await mountApp('/protokoll', api().client);
    const cells = wrapper.findAll('tbody tr th, tbody tr td').map((cell) => cell.text());
    expect(cells).toEqual([
      '21.11.2026, 14:05:00',
      'redaktion@stadtgespraech.demo',
      'Angemeldet',
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
