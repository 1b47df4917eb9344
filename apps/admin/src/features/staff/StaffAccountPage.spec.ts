import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const invited = {
  id: '00000000-0000-4000-8000-000000000009',
  email: 'kim.team@vhw.example',
  displayName: 'Kim Team',
  role: 'organiser',
  organisations: ['vhw'],
  secondFactorEnabled: false,
  status: 'invited',
  lastLoginAt: null,
  version: 1,
  createdAt: '2026-11-21T10:00:00.000Z',
};
const REFERENCES = {
  organisations: [
    { id: '00000000-0000-4000-8000-0000000000b1', slug: 'vhw', label: 'vhw' },
    { id: '00000000-0000-4000-8000-0000000000b2', slug: 'bbsr', label: 'BBSR' },
  ],
  people: [],
  series: [],
  topics: [],
};
const ACCOUNT_URL = `/api/v1/staff/accounts/${invited.id}`;
const body = async (request: Request) => JSON.parse(await request.clone().text());
const button = (label: string) =>
  [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

describe('staff account page', () => {
  it('invites a person with role and organisations, then shows the new account', async () => {
    const { client, sent } = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(REFERENCES),
      '/api/v1/staff/accounts': () => jsonResponse(invited, 201),
      [ACCOUNT_URL]: () => jsonResponse(invited),
    });
    const { wrapper, router } = await mountApp('/benutzer/neu', client);
    expect(wrapper.get('h1').text()).toBe('Person einladen');
    await wrapper.get('#account-name').setValue('Kim Team');
    await wrapper.get('#account-email').setValue('kim.team@vhw.example');
    // Organisations are asked for organiser staff only.
    await wrapper.get('#account-role-read_only').setValue(true);
    expect(wrapper.find('#account-organisation-vhw').exists()).toBe(false);
    await wrapper.get('#account-role-organiser').setValue(true);
    await wrapper.get('#account-organisation-vhw').setValue(true);
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();

    const post = sent.find((r) => r.method === 'POST')!;
    expect(await body(post)).toEqual({
      email: 'kim.team@vhw.example',
      displayName: 'Kim Team',
      role: 'organiser',
      organisations: ['vhw'],
    });
    expect(router.currentRoute.value.path).toBe(`/benutzer/${invited.id}`);
    expect(wrapper.get('.notice').text()).toBe(
      'Die Einladung an kim.team@vhw.example ist unterwegs.',
    );
    expect(wrapper.get('h1').text()).toBe('Kim Team');
    expect(wrapper.text()).toContain('eingeladen');
    wrapper.unmount();
  });

  it('saves an edit against the version loaded and says so when it is stale', async () => {
    const { client, sent } = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(REFERENCES),
      [ACCOUNT_URL]: (_, request) =>
        request.method === 'PUT'
          ? problemResponse(412, 'STAFF.STALE', 'Someone changed the account')
          : jsonResponse({ ...invited, version: 3 }),
    });
    const { wrapper } = await mountApp(`/benutzer/${invited.id}`, client);
    await wrapper.get('#account-organisation-bbsr').setValue(true);
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();
    const put = sent.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('if-match')).toBe('"3"');
    expect((await body(put)).organisations).toEqual(['vhw', 'bbsr']);
    expect(wrapper.get('.alert').text()).toContain('Jemand hat das Konto inzwischen geändert.');
    wrapper.unmount();
  });

  it('disables an account after asking, and offers to enable it again', async () => {
    const active = { ...invited, status: 'active', secondFactorEnabled: true };
    const { client, sent } = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(REFERENCES),
      [ACCOUNT_URL]: () => jsonResponse(active),
      [`${ACCOUNT_URL}/disable`]: () => jsonResponse({ ...active, status: 'disabled' }),
    });
    const { wrapper } = await mountApp(`/benutzer/${invited.id}`, client);
    expect(wrapper.text()).not.toContain('Einladung erneut senden');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Konto sperren')!
      .trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Kim Team wird sofort überall abgemeldet');
    expect(sent.some((r) => r.url.endsWith('/disable'))).toBe(false);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Konto sperren')!.click();
    await flushPromises();
    expect(sent.filter((r) => r.url.endsWith('/disable'))).toHaveLength(1);
    expect(wrapper.get('.notice').text()).toBe(
      'Das Konto ist gesperrt; alle Sitzungen sind beendet.',
    );
    expect(button('Konto freigeben')).toBeDefined();
    wrapper.unmount();
  });

  it('keeps administrators from changing their own role and access', async () => {
    const own = { ...invited, ...ADMIN_SESSION.account };
    const { client } = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(REFERENCES),
      [`/api/v1/staff/accounts/${own.id}`]: () => jsonResponse(own),
    });
    const { wrapper } = await mountApp(`/benutzer/${own.id}`, client);
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('Ihre eigene Rolle kann nur eine andere Person');
    expect(wrapper.text()).not.toContain('Konto sperren');
    wrapper.unmount();
  });
});
