import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const ACCOUNT = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'redaktion@stadtgespraech.demo',
  displayName: 'Robin Redaktion',
  role: 'organiser',
  organisations: ['vhw'],
  secondFactorEnabled: true,
  status: 'active',
  lastLoginAt: null,
  version: 1,
  createdAt: '2026-11-21T10:00:00.000Z',
};
const entry = (n: number) => ({
  id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  at: '2026-11-21T13:05:00.000Z',
  accountId: ACCOUNT.id,
  accountEmail: ACCOUNT.email,
  action: 'registration.edit',
  subjectType: 'registration',
  subjectId: 'r1',
  before: { lastName: 'Zandr' },
  after: { lastName: 'Zander' },
  clientIp: null,
});

const api = () =>
  fakeApi({
    '/api/v1/staff/accounts': () => jsonResponse({ items: [ACCOUNT] }),
    '/api/v1/staff/audit': (url) =>
      jsonResponse({
        items: [entry(Number(url.searchParams.get('page')))],
        total: 120,
        page: Number(url.searchParams.get('page')),
        pageSize: 50,
      }),
  });

describe('audit log page', () => {
  it('filters by action, account and days through the address, and pages', async () => {
    const { client, requestsTo } = api();
    const { wrapper, router } = await mountApp('/protokoll', client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('tbody tr').exists()).toBe(true));
    expect(wrapper.get('.result-count').text()).toBe('120 Einträge');

    await wrapper.get('#audit-action').setValue('registration.edit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ aktion: 'registration.edit' });
    await wrapper.get('#audit-account').setValue(ACCOUNT.id);
    await flushPromises();
    await wrapper.get('#audit-from').setValue('2026-11-20');
    await flushPromises();
    const last = requestsTo('/api/v1/staff/audit').at(-1)!;
    expect(Object.fromEntries(last.searchParams)).toEqual({
      action: 'registration.edit',
      account: ACCOUNT.id,
      from: '2026-11-19T23:00:00.000Z',
      page: '1',
      pageSize: '50',
    });

    const next = wrapper.get('nav[aria-label="Seiten des Protokolls"] a[rel="next"]');
    await next.trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.query.seite).toBe('2'));
    await flushPromises();
    expect(requestsTo('/api/v1/staff/audit').at(-1)!.searchParams.get('page')).toBe('2');
    expect(wrapper.text()).toContain('Seite 2 von 3');

    await wrapper.get('.filters__reset button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    wrapper.unmount();
  });

  it('shows what a change did, before and after', async () => {
    const { wrapper } = await mountApp('/protokoll', api().client, ADMIN_SESSION);
    await vi.waitFor(() => expect(wrapper.find('tbody tr').exists()).toBe(true));
    const details = wrapper.get('tbody details');
    expect(details.get('summary').text()).toBe('Vorher und nachher');
    expect(details.findAll('pre').map((pre) => JSON.parse(pre.text()))).toEqual([
      { lastName: 'Zandr' },
      { lastName: 'Zander' },
    ]);
    expect(wrapper.get('tbody th').text()).toContain('Daten korrigiert');
    wrapper.unmount();
  });
});
