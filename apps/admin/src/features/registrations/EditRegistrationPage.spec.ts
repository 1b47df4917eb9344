import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { staffRegistration } from '../../test/staffRegistration';

const REGISTRATION = staffRegistration();
const URL = `/api/v1/staff/registrations/${REGISTRATION.id}`;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

async function open(patch: (request: Request) => Response | Promise<Response>) {
  const fake = fakeApi({
    [URL]: (_, request) =>
      request.method === 'PATCH' ? patch(request) : jsonResponse(REGISTRATION),
  });
  const mounted = await mountApp(`/anmeldungen/${REGISTRATION.id}/bearbeiten`, fake.client);
  wrapper = mounted.wrapper;
  await vi.waitFor(() => expect(wrapper!.find('#edit-last').exists()).toBe(true));
  return { ...mounted, ...fake };
}

describe('EditRegistrationPage', () => {
  it('sends the corrected data with the version loaded, then shows the registration', async () => {
    let sent: Request | undefined;
    const { router } = await open((request) => {
      sent = request;
      return jsonResponse({ ...REGISTRATION, lastName: 'Beispiel-Neu', version: 4 });
    });
    expect((wrapper!.get('#edit-email').element as HTMLInputElement).value).toBe(
      REGISTRATION.email,
    );
    await wrapper!.get('#edit-last').setValue('Beispiel-Neu');
    await wrapper!.get('#edit-organisation').setValue('');
    await wrapper!.get('form').trigger('submit');
    await flushPromises();
    expect(sent!.headers.get('if-match')).toBe('"3"');
    expect(JSON.parse(await sent!.clone().text())).toMatchObject({
      lastName: 'Beispiel-Neu',
      organisation: null,
      answers: REGISTRATION.answers,
    });
    await vi.waitFor(() =>
      expect(router.currentRoute.value.path).toBe(`/anmeldungen/${REGISTRATION.id}`),
    );
  });

  it('says so when someone else changed the registration meanwhile', async () => {
    await open(() =>
      problemResponse(412, 'REGISTRATION.STALE', 'Someone changed the registration'),
    );
    await wrapper!.get('#edit-first').setValue('Janina');
    await wrapper!.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper!.get('.alert--error').text()).toContain('Jemand hat die Anmeldung inzwischen');
  });
});
