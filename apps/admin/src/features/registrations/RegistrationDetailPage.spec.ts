import type { StaffRegistration } from '@stadtgespraech/api-client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
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

const bodyOf = async (request: Request) => JSON.parse(await request.clone().text());
const button = (text: string) =>
  [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

async function open(routes: Parameters<typeof fakeApi>[0] = {}, loaded = REGISTRATION) {
  const fake = fakeApi({ [URL]: () => jsonResponse(loaded), ...routes });
  const mounted = await mountApp(`/anmeldungen/${REGISTRATION.id}`, fake.client);
  wrapper = mounted.wrapper;
  return { ...mounted, ...fake };
}

describe('RegistrationDetailPage', () => {
  it('shows data, answers, the consent with its wording and the mail history', async () => {
    const { wrapper } = await open();
    expect(wrapper.get('h1').text()).toBe('Jana Beispiel');
    const text = wrapper.text();
    expect(text).toContain('Welche Werkstatt?');
    expect(text).toContain('Klima');
    expect(text).toContain('Datenschutzhinweise: erteilt · Textfassung 2026-01');
    expect(wrapper.get('details').text()).toContain('Ich habe die Datenschutzhinweise gelesen.');
    expect(text).toContain('Bitte Adresse bestätigen');
    expect(text).toContain('in der Warteschlange');
    expect(button('Auf die Warteliste')).toBeDefined();
    expect(button('Als anwesend markieren')).toBeDefined();
  });

  it('cancels with a note after asking, and shows the new status', async () => {
    const cancelled = staffRegistration({ status: 'cancelled', allowedStatuses: [] });
    const { sent } = await open({ [`${URL}/status`]: () => jsonResponse(cancelled) });
    button('Stornieren').click();
    await flushPromises();
    expect(document.body.textContent).toContain('Anmeldung stornieren?');
    const note = document.getElementById('status-note') as HTMLTextAreaElement;
    note.value = 'Die Veranstaltung ist nur für Kommunen.';
    note.dispatchEvent(new Event('input'));
    [...document.body.querySelectorAll('[role="alertdialog"] button')]
      .find((b) => b.textContent?.trim() === 'Stornieren')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flushPromises();

    const post = sent.find((r) => r.method === 'POST')!;
    expect(await bodyOf(post)).toEqual({
      status: 'cancelled',
      notify: true,
      message: 'Die Veranstaltung ist nur für Kommunen.',
    });
    expect(wrapper!.text()).toContain('Neuer Status: Storniert. Die E-Mail ist unterwegs.');
    expect(wrapper!.find('.badge--cancelled').exists()).toBe(true);
  });

  it('offers an extra seat when the event is full, and sends overbook', async () => {
    const waiting = staffRegistration({
      status: 'waitlisted',
      allowedStatuses: ['confirmed', 'cancelled'],
    });
    let calls = 0;
    const { sent } = await open(
      {
        [`${URL}/status`]: () =>
          calls++ === 0
            ? problemResponse(409, 'REGISTRATION.FULL', 'The event is fully booked')
            : jsonResponse(staffRegistration() satisfies StaffRegistration),
      },
      waiting,
    );
    button('Platz geben').click();
    await flushPromises();
    [...document.body.querySelectorAll('[role="alertdialog"] button')]
      .find((b) => b.textContent?.trim() === 'Platz geben')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flushPromises();
    expect(wrapper!.text()).toContain('Alle Plätze sind vergeben.');
    button('Zusätzlichen Platz vergeben').click();
    await flushPromises();
    const posts = sent.filter((r) => r.method === 'POST');
    expect(await bodyOf(posts[1]!)).toMatchObject({ status: 'confirmed', overbook: true });
    expect(wrapper!.find('.badge--confirmed').exists()).toBe(true);
  });

  it('marks attendance and takes it back', async () => {
    let attended = false;
    const { sent } = await open({
      [`${URL}/attendance`]: async (_, request) => {
        attended = (await bodyOf(request)).attended;
        return jsonResponse({
          id: REGISTRATION.id,
          attendedAt: attended ? '2026-11-21T09:00:00.000Z' : null,
        });
      },
    });
    const certificate = () =>
      [...document.body.querySelectorAll('a')].find((a) =>
        a.textContent?.includes('Teilnahmebescheinigung'),
      );
    expect(certificate()).toBeUndefined();
    button('Als anwesend markieren').click();
    await flushPromises();
    expect(attended).toBe(true);
    expect(wrapper!.text()).toContain('Als anwesend markiert.');
    expect(certificate()!.getAttribute('href')).toBe(
      `/api/v1/staff/registrations/${REGISTRATION.id}/certificate`,
    );
    button('Anwesenheit zurücknehmen').click();
    await flushPromises();
    expect(attended).toBe(false);
    expect(sent.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });

  it('shows no actions to read-only staff', async () => {
    await open({}, staffRegistration({ editable: false, allowedStatuses: [] }));
    expect(wrapper!.text()).not.toContain('Aktionen');
    expect(button('Als anwesend markieren')).toBeUndefined();
  });
});
