import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';
import { staffSession } from './staffSession';

describe('setting up the second factor from the account', () => {
  it('shows the secret, refuses a wrong code, then shows the recovery codes once', async () => {
    const codes: string[] = [];
    const api = fakeApi({
      '/api/v1/staff/second-factor/setup': () =>
        jsonResponse({
          secret: 'JBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP',
        }),
      '/api/v1/staff/second-factor': async (_, request) => {
        const { code } = JSON.parse(await request.text());
        codes.push(code);
        return code === '123456'
          ? jsonResponse({
              ...ADMIN_SESSION,
              account: { ...ADMIN_SESSION.account, secondFactorEnabled: true },
              recoveryCodes: ['aaaa-bbbb-cccc', 'dddd-eeee-ffff'],
            })
          : problemResponse(401, 'AUTH.SECOND_FACTOR_INVALID', 'wrong');
      },
    });
    const { wrapper } = await mountApp('/konto/zweiter-faktor', api.client);
    expect(wrapper.get('h1').text()).toBe('Zweiter Faktor');
    expect(wrapper.text()).toContain('auch wenn jemand Ihr Passwort kennt');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Einrichtung beginnen')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="totp-secret"]').text()).toBe('JBSWY3DPEHPK3PXP');

    await wrapper.get('#setup-code').setValue('000000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Code');

    await wrapper.get('#setup-code').setValue(' 123456 ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(codes).toEqual(['000000', '123456']);
    expect(wrapper.get('[data-testid="recovery-codes"]').text()).toContain('aaaa-bbbb-cccc');
    expect(staffSession.value?.account.secondFactorEnabled).toBe(false);

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Ich habe die Codes gespeichert')!
      .trigger('click');
    await flushPromises();
    expect(staffSession.value?.account.secondFactorEnabled).toBe(true);
    expect(wrapper.text()).toContain('Ihr Konto ist mit einem zweiten Faktor geschützt.');
    expect(wrapper.find('[data-testid="recovery-codes"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
