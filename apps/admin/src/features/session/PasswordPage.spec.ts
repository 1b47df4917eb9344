import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';

const weak = () =>
  jsonResponse(
    {
      type: '/api/problems/AUTH.PASSWORD_WEAK',
      title: 'weak',
      status: 422,
      code: 'AUTH.PASSWORD_WEAK',
      reason: 'too_short',
    },
    422,
    'application/problem+json',
  );

describe('changing the own password', () => {
  it('checks the repetition, explains a refused password and confirms a change', async () => {
    let answer: () => Response = weak;
    const api = fakeApi({ '/api/v1/staff/password': () => answer() });
    const { wrapper } = await mountApp('/konto/passwort', api.client);
    const fill = async (current: string, next: string, repeat: string) => {
      await wrapper.find('#password-current').setValue(current);
      await wrapper.find('#password-new').setValue(next);
      await wrapper.find('#password-repeat').setValue(repeat);
      await wrapper.find('form').trigger('submit');
      await flushPromises();
    };

    await fill('alt', 'Kleinstadt-Talk-2026', 'Kleinstadt-Talk-2027');
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Die beiden neuen Passwörter stimmen nicht überein.',
    );
    expect(api.requestsTo('/api/v1/staff/password')).toHaveLength(0);

    await fill('alt', 'kurz', 'kurz');
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'Das neue Passwort ist zu kurz: mindestens 12 Zeichen.',
    );

    answer = () => new Response(null, { status: 204 });
    await fill('alt', 'Kleinstadt-Talk-2026', 'Kleinstadt-Talk-2026');
    expect(wrapper.find('[role="status"]').text()).toBe('Ihr Passwort ist geändert.');
    const sent = api.sent.filter((r) => r.method === 'PUT').at(-1)!;
    expect(await sent.json()).toEqual({
      currentPassword: 'alt',
      newPassword: 'Kleinstadt-Talk-2026',
    });
    expect((wrapper.find('#password-new').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });
});
