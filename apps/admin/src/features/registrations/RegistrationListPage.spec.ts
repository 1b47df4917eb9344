import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';
import { registrationPage, registrationRow } from '../../test/staffRegistration';

const EVENT_URL = `/api/v1/staff/events/${STAFF_EVENT.id}`;
const LIST_URL = `${EVENT_URL}/registrations`;
const PATH = `/veranstaltungen/${STAFF_EVENT.id}/anmeldungen`;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

const WAITING = registrationRow({
  id: '3c1e7a52-0b5d-4b8e-9f41-5a0d6c2e7b02',
  status: 'waitlisted',
  firstName: 'Ole',
  lastName: 'Wartend',
  waitlistPosition: 1,
  source: 'staff',
  answers: {},
});

async function open(path = PATH, pages = [registrationPage([registrationRow(), WAITING])]) {
  let call = 0;
  const fake = fakeApi({
    [EVENT_URL]: () => jsonResponse({ ...STAFF_EVENT, editable: true }),
    [LIST_URL]: () => jsonResponse(pages[Math.min(call++, pages.length - 1)]),
  });
  const mounted = await mountApp(path, fake.client);
  wrapper = mounted.wrapper;
  return { ...mounted, ...fake };
}

describe('RegistrationListPage', () => {
  it('shows the registrations with answers, waiting place, source and the counts in the tabs', async () => {
    const { wrapper, requestsTo } = await open();
    expect(wrapper.get('h1').text()).toBe('Anmeldungen');
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('Jana Beispiel');
    expect(rows[0]!.text()).toContain('Hessen');
    expect(rows[0]!.text()).toContain('Klima');
    expect(rows[1]!.text()).toContain('Platz 1');
    expect(rows[1]!.text()).toContain('von Hand eingetragen');
    expect(wrapper.get('thead').text()).toContain('Welche Werkstatt?');
    expect(wrapper.text()).toContain('Warteliste (1)');
    expect(wrapper.text()).toContain('1 von 40 Plätzen vergeben');
    expect(wrapper.get('[role="status"]').text()).toBe('2 von 2 Anmeldungen angezeigt');
    expect(requestsTo(LIST_URL)[0]!.searchParams.get('sort')).toBe('registered');
    expect(wrapper.get(`a[href="${PATH}/neu"]`).text()).toBe('Anmeldung hinzufügen');
  });

  it('filters by status tab and answer, and sorts by a column header', async () => {
    const { wrapper, router, requestsTo } = await open();
    await wrapper.get('input[name="status"][value="waitlisted"]').trigger('change');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'waitlisted' });
    expect(requestsTo(LIST_URL).at(-1)!.searchParams.get('status')).toBe('waitlisted');

    await wrapper.get('#registration-answer').setValue('workshop:Klima');
    await flushPromises();
    expect(requestsTo(LIST_URL).at(-1)!.searchParams.get('answer')).toBe('workshop:Klima');

    const name = wrapper.findAll('th[scope="col"]').find((th) => th.text() === 'Name')!;
    expect(name.attributes('aria-sort')).toBe('none');
    await name.get('button').trigger('click');
    await flushPromises();
    const sorted = wrapper.findAll('th[scope="col"]').find((th) => th.text() === 'Name')!;
    expect(sorted.attributes('aria-sort')).toBe('ascending');
    const last = requestsTo(LIST_URL).at(-1)!.searchParams;
    expect([last.get('sort'), last.get('direction')]).toEqual(['name', 'asc']);
  });

  it('loads further rows after the cursor and appends them', async () => {
    const first = registrationPage([registrationRow()], { nextCursor: 'next-1', total: 2 });
    const second = registrationPage([WAITING], { total: 2 });
    const { wrapper, requestsTo } = await open(PATH, [first, second]);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Weitere laden')!
      .trigger('click');
    await flushPromises();
    expect(requestsTo(LIST_URL).at(-1)!.searchParams.get('cursor')).toBe('next-1');
    expect(wrapper.findAll('tbody tr')).toHaveLength(2);
    expect(wrapper.findAll('button').some((b) => b.text() === 'Weitere laden')).toBe(false);
  });
});
