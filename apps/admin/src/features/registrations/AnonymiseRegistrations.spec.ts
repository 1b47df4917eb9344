import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';
import { registrationPage, registrationRow } from '../../test/staffRegistration';

const EVENT_URL = `/api/v1/staff/events/${STAFF_EVENT.id}`;
const PAST = {
  ...STAFF_EVENT,
  startsAt: '2025-07-03T08:00:00.000Z',
  endsAt: '2025-07-03T09:00:00.000Z',
  anonymisationDueAt: '2025-10-01T09:00:00.000Z',
  editable: true,
};

describe('anonymising the registrations of an event', () => {
  it('offers it once the event is over, asks, and shows the anonymised state', async () => {
    let anonymised = false;
    const { client, sent } = fakeApi({
      [EVENT_URL]: () =>
        jsonResponse({
          ...PAST,
          registrationsAnonymisedAt: anonymised ? '2026-11-21T13:00:00.000Z' : null,
        }),
      [`${EVENT_URL}/registrations`]: () => jsonResponse(registrationPage([registrationRow()])),
      [`${EVENT_URL}/anonymise`]: () => {
        anonymised = true;
        return jsonResponse({
          eventId: PAST.id,
          registrations: 1,
          anonymisedAt: '2026-11-21T13:00:00.000Z',
        });
      },
    });
    const { wrapper } = await mountApp(`/veranstaltungen/${PAST.id}/anmeldungen`, client);
    expect(wrapper.text()).toContain(
      'Die personenbezogenen Daten der Anmeldungen werden am 01.10.2025, 11:00 anonymisiert.',
    );
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Jetzt anonymisieren')!
      .trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Das lässt sich nicht rückgängig machen.');
    expect(sent.some((r) => r.url.endsWith('/anonymise'))).toBe(false);
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent === 'Jetzt anonymisieren')!
      .click();
    await flushPromises();
    expect(sent.filter((r) => r.url.endsWith('/anonymise'))).toHaveLength(1);
    expect(wrapper.get('.retention .notice').text()).toBe(
      'Die personenbezogenen Daten der Anmeldungen wurden am 21.11.2026, 14:00 anonymisiert; die Zahlen bleiben.',
    );
    expect(wrapper.findAll('button').some((b) => b.text() === 'Jetzt anonymisieren')).toBe(false);
    wrapper.unmount();
  });

  it('does not offer it before the end or to staff who may not change the event', async () => {
    for (const event of [
      { ...PAST, endsAt: '2999-01-01T10:00:00.000Z' },
      { ...PAST, editable: false },
    ]) {
      const { client } = fakeApi({
        [EVENT_URL]: () => jsonResponse(event),
        [`${EVENT_URL}/registrations`]: () => jsonResponse(registrationPage([registrationRow()])),
      });
      const { wrapper } = await mountApp(`/veranstaltungen/${PAST.id}/anmeldungen`, client);
      expect(wrapper.text()).toContain('anonymisiert.');
      expect(wrapper.findAll('button').some((b) => b.text() === 'Jetzt anonymisieren')).toBe(false);
      wrapper.unmount();
    }
  });
});
