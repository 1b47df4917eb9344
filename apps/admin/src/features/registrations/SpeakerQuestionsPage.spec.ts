import type { SpeakerQuestions } from '@stadtgespraech/api-client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';

const URL = `/api/v1/staff/events/${STAFF_EVENT.id}/speaker-questions`;

const questions = (named: boolean): SpeakerQuestions => ({
  eventId: STAFF_EVENT.id,
  eventTitle: STAFF_EVENT.title,
  items: [
    {
      registrationId: '3c1e7a52-0b5d-4b8e-9f41-5a0d6c2e7b01',
      question: 'Wie finanzieren Sie den Hitzeschutz?',
      askedAt: '2026-11-20T09:30:00.000Z',
      name: named ? 'Jana Beispiel' : null,
      organisation: 'Stadt Gudensberg',
      organisationType: 'municipality',
      bundesland: 'DE-HE',
    },
  ],
});

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

describe('SpeakerQuestionsPage', () => {
  it('lists the questions without names, and with names only when ticked', async () => {
    const fake = fakeApi({
      [URL]: (url) => jsonResponse(questions(url.searchParams.get('names') === 'true')),
    });
    const mounted = await mountApp(`/veranstaltungen/${STAFF_EVENT.id}/fragen`, fake.client);
    wrapper = mounted.wrapper;
    await vi.waitFor(() => expect(wrapper!.text()).toContain('Wie finanzieren'));
    expect(wrapper.get('h1').text()).toBe('Fragen an die Referierenden');
    expect(wrapper.text()).toContain('1 Frage');
    expect(wrapper.get('.speaker-questions__origin').text()).toContain(
      'Stadt Gudensberg · Gemeinde oder Stadt · Hessen',
    );
    expect(wrapper.text()).not.toContain('Jana Beispiel');
    expect(fake.requestsTo(URL).at(-1)!.search).toBe('');

    await wrapper.get('input[type="checkbox"]').setValue(true);
    await flushPromises();
    expect(fake.requestsTo(URL).at(-1)!.search).toBe('?names=true');
    expect(wrapper.get('.speaker-questions__origin').text()).toMatch(/^Jana Beispiel · /);
  });
});
