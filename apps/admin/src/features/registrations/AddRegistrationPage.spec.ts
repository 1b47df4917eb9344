import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';
import { staffRegistration } from '../../test/staffRegistration';

const LIST_URL = `/api/v1/staff/events/${STAFF_EVENT.id}/registrations`;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

describe('AddRegistrationPage', () => {
  it('adds a registration with answers and opens it', async () => {
    const added = staffRegistration({ source: 'staff' });
    let calls = 0;
    const fake = fakeApi({
      [`/api/v1/staff/events/${STAFF_EVENT.id}`]: () => jsonResponse(STAFF_EVENT),
      [LIST_URL]: () =>
        calls++ === 0
          ? problemResponse(409, 'REGISTRATION.FULL', 'The event is fully booked')
          : jsonResponse(added, 201),
      [`/api/v1/staff/registrations/${added.id}`]: () => jsonResponse(added),
    });
    let router;
    ({ wrapper, router } = await mountApp(
      `/veranstaltungen/${STAFF_EVENT.id}/anmeldungen/neu`,
      fake.client,
    ));
    await wrapper.get('#add-email').setValue('petra@musterdorf.example');
    await wrapper.get('#add-first').setValue('Petra');
    await wrapper.get('#add-last').setValue('Telefon');
    await wrapper.get('#add-answer-workshop').setValue('Innenstadt');
    await wrapper.get('#add-status').setValue('confirmed');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Alle Plätze sind vergeben.');

    await wrapper.findAll('input[type="checkbox"]').at(-1)!.setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const posts = fake.sent.filter((r) => r.method === 'POST');
    expect(JSON.parse(await posts[1]!.clone().text())).toEqual({
      email: 'petra@musterdorf.example',
      firstName: 'Petra',
      lastName: 'Telefon',
      // Fields left empty are sent as null: nothing to store.
      academicTitle: null,
      organisation: null,
      organisationType: null,
      function: null,
      bundesland: null,
      questionForSpeakers: null,
      locale: 'de',
      notify: true,
      status: 'confirmed',
      overbook: true,
      answers: { workshop: 'Innenstadt' },
    });
    // The detail page is loaded on demand: wait for the navigation to finish.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe(`/anmeldungen/${added.id}`));
  });

  it('asks for the required fields before sending anything', async () => {
    const fake = fakeApi({
      [`/api/v1/staff/events/${STAFF_EVENT.id}`]: () => jsonResponse(STAFF_EVENT),
    });
    ({ wrapper } = await mountApp(
      `/veranstaltungen/${STAFF_EVENT.id}/anmeldungen/neu`,
      fake.client,
    ));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Bitte E-Mail-Adresse, Vor- und Nachnamen angeben.');
    expect(fake.sent.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});
