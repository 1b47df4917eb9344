import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';

const TOKEN = 'T'.repeat(43);
const LINK = {
  purpose: 'invitation',
  email: 'kim.team@vhw.example',
  displayName: 'Kim Team',
  expiresAt: '2026-11-28T10:00:00.000Z',
};
const body = async (request: Request) => JSON.parse(await request.clone().text());

describe('forgotten password and mailed links', () => {
  it('offers the reset from the login and answers the same for any address', async () => {
    const { client, sent } = fakeApi({
      '/api/v1/staff/password-reset': () => new Response(null, { status: 202 }),
    });
    const { wrapper, router } = await mountApp('/anmelden', client, null);
    await wrapper
      .findAll('a')
      .find((a) => a.text() === 'Passwort vergessen?')!
      .trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/passwort-vergessen'));
    await flushPromises();
    await wrapper.get('#forgot-email').setValue('jemand@vhw.example');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(await body(sent[0]!)).toEqual({ email: 'jemand@vhw.example' });
    expect(wrapper.get('.notice').text()).toBe(
      'Wenn es für jemand@vhw.example ein Konto gibt, ist eine E-Mail mit dem Link unterwegs. Schauen Sie auch im Spam-Ordner nach.',
    );
    expect(wrapper.find('form').exists()).toBe(false);
    wrapper.unmount();
  });

  it('welcomes an invited person, sets the password with the token and sends them to log in', async () => {
    const { client, sent } = fakeApi({
      '/api/v1/staff/password-link/check': () => jsonResponse(LINK),
      '/api/v1/staff/password-link/complete': () => new Response(null, { status: 204 }),
    });
    const { wrapper, router } = await mountApp(`/passwort-setzen#${TOKEN}`, client, null);
    expect(wrapper.get('h1').text()).toBe('Willkommen');
    expect(wrapper.text()).toContain(
      'Guten Tag Kim Team, legen Sie das Passwort für Ihr Konto kim.team@vhw.example fest. Der Link gilt bis 28.11.2026, 11:00.',
    );
    await wrapper.get('#set-password-new').setValue('Kleinstadt-Werkstatt-2026');
    await wrapper.get('#set-password-repeat').setValue('Kleinstadt-Werkstatt-2026');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(await body(sent[0]!)).toEqual({ token: TOKEN });
    expect(await body(sent[1]!)).toEqual({
      token: TOKEN,
      newPassword: 'Kleinstadt-Werkstatt-2026',
    });
    expect(router.currentRoute.value.fullPath).toBe('/anmelden?passwort=neu');
    expect(wrapper.text()).toContain(
      'Ihr Passwort ist gespeichert. Melden Sie sich jetzt damit an.',
    );
    wrapper.unmount();
  });

  it('explains a weak password and an expired link', async () => {
    let complete = problemResponse(422, 'AUTH.PASSWORD_WEAK', 'weak');
    const { client } = fakeApi({
      '/api/v1/staff/password-link/check': () =>
        jsonResponse({ ...LINK, purpose: 'password_reset' }),
      '/api/v1/staff/password-link/complete': () => complete,
    });
    complete = new Response(
      JSON.stringify({
        code: 'AUTH.PASSWORD_WEAK',
        status: 422,
        title: 'weak',
        reason: 'too_short',
      }),
      { status: 422, headers: { 'content-type': 'application/problem+json' } },
    );
    const { wrapper } = await mountApp(`/passwort-setzen#${TOKEN}`, client, null);
    expect(wrapper.get('h1').text()).toBe('Neues Passwort festlegen');
    await wrapper.get('#set-password-new').setValue('kurz');
    await wrapper.get('#set-password-repeat').setValue('kurz');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Das neue Passwort ist zu kurz: mindestens 12 Zeichen.',
    );
    wrapper.unmount();

    const expired = fakeApi({
      '/api/v1/staff/password-link/check': () =>
        problemResponse(410, 'AUTH.LINK_EXPIRED', 'expired'),
    });
    const second = await mountApp(`/passwort-setzen#${TOKEN}`, expired.client, null);
    expect(second.wrapper.get('[role="alert"]').text()).toBe('Dieser Link ist abgelaufen.');
    expect(second.wrapper.get('a[href="/passwort-vergessen"]').text()).toBe('Neuen Link anfordern');
    second.wrapper.unmount();
  });

  it('says a link without a token is not valid, without asking the API', async () => {
    const { client, requestsTo } = fakeApi({});
    const { wrapper } = await mountApp('/passwort-setzen', client, null);
    expect(wrapper.get('[role="alert"]').text()).toContain('Dieser Link gilt nicht (mehr).');
    expect(requestsTo('/api/v1/staff/password-link/check')).toHaveLength(0);
    wrapper.unmount();
  });
});
