import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';
import { registrationPage, registrationRow } from '../../test/staffRegistration';

const LIST_URL = `/api/v1/staff/events/${STAFF_EVENT.id}/registrations`;
const ROW = registrationRow();

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

describe('CheckInPage', () => {
  it('checks in with one tap, counts, and undoes from the message', async () => {
    const marks: boolean[] = [];
    const fake = fakeApi({
      [`/api/v1/staff/events/${STAFF_EVENT.id}`]: () => jsonResponse(STAFF_EVENT),
      [LIST_URL]: () => jsonResponse(registrationPage([ROW])),
      [`/api/v1/staff/registrations/${ROW.id}/attendance`]: async (_, request) => {
        const { attended } = JSON.parse(await request.text());
        marks.push(attended);
        return jsonResponse({
          id: ROW.id,
          attendedAt: attended ? '2026-11-21T09:00:00.000Z' : null,
        });
      },
    });
    ({ wrapper } = await mountApp(`/veranstaltungen/${STAFF_EVENT.id}/check-in`, fake.client));
    const query = fake.requestsTo(LIST_URL)[0]!.searchParams;
    expect([query.get('status'), query.get('sort'), query.get('direction')]).toEqual([
      'confirmed',
      'name',
      'asc',
    ]);
    expect(wrapper.text()).toContain('0 von 1 anwesend');

    const person = wrapper.get('.check-in__person');
    expect(person.attributes('aria-pressed')).toBe('false');
    await person.trigger('click');
    await flushPromises();
    expect(marks).toEqual([true]);
    expect(wrapper.get('.check-in__person').attributes('aria-pressed')).toBe('true');
    expect(wrapper.text()).toContain('1 von 1 anwesend');
    expect(wrapper.get('.check-in__message').text()).toContain('Jana Beispiel ist eingecheckt.');

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Rückgängig')!
      .trigger('click');
    await flushPromises();
    expect(marks).toEqual([true, false]);
    expect(wrapper.get('.check-in__person').attributes('aria-pressed')).toBe('false');
    expect(wrapper.text()).toContain('0 von 1 anwesend');
  });

  it('searches among the confirmed participants', async () => {
    const fake = fakeApi({
      [`/api/v1/staff/events/${STAFF_EVENT.id}`]: () => jsonResponse(STAFF_EVENT),
      [LIST_URL]: () => jsonResponse(registrationPage([])),
    });
    ({ wrapper } = await mountApp(`/veranstaltungen/${STAFF_EVENT.id}/check-in`, fake.client));
    await wrapper.get('#check-in-search').setValue('Beisp');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await flushPromises();
    expect(fake.requestsTo(LIST_URL).at(-1)!.searchParams.get('q')).toBe('Beisp');
    expect(wrapper.text()).toContain('Niemand gefunden.');
  });
});
