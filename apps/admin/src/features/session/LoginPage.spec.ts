import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';
import { sendCsrfToken, staffSession } from './staffSession';

const pending = { ...ADMIN_SESSION, secondFactor: 'required' as const };

describe('staff login', () => {
  it('sends a visitor without a session to the login and back to where they wanted to go', async () => {
    const api = fakeApi({
      '/api/v1/staff/session': (_url, request) =>
        request.method === 'POST'
          ? jsonResponse(ADMIN_SESSION)
          : problemResponse(401, 'AUTH.SESSION_REQUIRED', 'Log in first'),
      '/api/v1/events': () => jsonResponse({ items: [], total: 0, page: 1, pageSize: 20 }),
      '/api/v1/series': () => jsonResponse({ items: [] }),
    });
    const { wrapper, router } = await mountApp('/veranstaltungen', api.client, 'ask');
    expect(router.currentRoute.value.fullPath).toBe('/anmelden?weiter=/veranstaltungen');
    expect(wrapper.find('nav').exists()).toBe(false);

    await wrapper.find('#login-email').setValue('verwaltung@stadtgespraech.demo');
    await wrapper.find('#login-password').setValue('Demo-Verwaltung-2026');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/veranstaltungen');
    expect(wrapper.find('.account').text()).toContain('Vera Verwaltung (Demo)');
    const login = api.sent.find((r) => r.method === 'POST')!;
    expect(await login.json()).toEqual({
      email: 'verwaltung@stadtgespraech.demo',
      password: 'Demo-Verwaltung-2026',
    });
    wrapper.unmount();
  });

  it('says what went wrong, without telling whether the address exists', async () => {
    const api = fakeApi({
      '/api/v1/staff/session': () =>
        problemResponse(401, 'AUTH.INVALID_CREDENTIALS', 'E-mail address or password is wrong'),
    });
    const { wrapper } = await mountApp('/anmelden', api.client, null);
    await wrapper.find('#login-email').setValue('x@y.de');
    await wrapper.find('#login-password').setValue('falsch');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toBe('E-Mail-Adresse oder Passwort sind nicht richtig.');
    expect(document.activeElement).toBe(alert.element);
    expect((wrapper.find('#login-password').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('asks for the authenticator code after the password when the account has one', async () => {
    const api = fakeApi({
      '/api/v1/staff/session': (_url, request) =>
        request.method === 'POST' ? jsonResponse(pending) : jsonResponse(pending),
      '/api/v1/staff/session/second-factor': () => jsonResponse(ADMIN_SESSION),
      '/api/v1/events': () => jsonResponse({ items: [], total: 0, page: 1, pageSize: 20 }),
    });
    const { wrapper, router } = await mountApp('/anmelden', api.client, null);
    await wrapper.find('#login-email').setValue('verwaltung@stadtgespraech.demo');
    await wrapper.find('#login-password').setValue('Demo-Verwaltung-2026');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('login');
    await wrapper.find('#login-code').setValue(' 123456 ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const second = api.sent.find((r) => r.url.endsWith('/second-factor'))!;
    expect(await second.json()).toEqual({ code: '123456' });
    expect(router.currentRoute.value.name).toBe('overview');
    wrapper.unmount();
  });

  it('logs out with the CSRF token and returns to the login', async () => {
    const api = fakeApi({
      '/api/v1/staff/session': () => new Response(null, { status: 204 }),
      '/api/v1/events': () => jsonResponse({ items: [], total: 0, page: 1, pageSize: 20 }),
    });
    sendCsrfToken(api.client);
    const { wrapper, router } = await mountApp('/', api.client);
    await wrapper.find('.account button').trigger('click');
    await flushPromises();
    const logout = api.sent.find((r) => r.method === 'DELETE')!;
    expect(logout.headers.get('x-csrf-token')).toBe(ADMIN_SESSION.csrfToken);
    expect(staffSession.value).toBeNull();
    expect(router.currentRoute.value.name).toBe('login');
    wrapper.unmount();
  });
});
