import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const REQUEST = '00000000-0000-4000-8000-0000000000c9';
const request = {
  id: REQUEST,
  receivedAt: '2026-11-20T09:15:00.000Z',
  name: 'Jana Zander',
  email: 'jana.zander@kommune.example',
  organisation: 'Stadt Bad Belzig',
  subject: 'Aufzeichnung des Web-Talks',
  message: 'Gibt es eine Aufzeichnung?\nDanke!',
  recipient: { id: '00000000-0000-4000-8000-0000000000d1', name: 'vhw' },
  locale: 'de',
  consentText: 'Ich bin einverstanden, dass meine Angaben …',
  consentVersion: '2026-01',
  status: 'new',
};
const READER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'read_only' as const },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the contact inbox', () => {
  it('shows the new requests with counts, a reply link and the consent', async () => {
    const fake = fakeApi({
      '/api/v1/staff/contact-requests': () =>
        jsonResponse({
          items: [request],
          counts: { new: 1, answered: 4, closed: 12 },
          total: 1,
          page: 1,
          pageSize: 50,
        }),
    });
    ({ wrapper } = await mountApp('/kontaktanfragen', fake.client));
    await flushPromises();

    expect(fake.requestsTo('/api/v1/staff/contact-requests')[0]!.searchParams.get('status')).toBe(
      'new',
    );
    expect(wrapper.findAll('.segmented__option').map((o) => o.text())).toEqual([
      'Neu (1)',
      'Beantwortet (4)',
      'Erledigt (12)',
    ]);
    const card = wrapper.get('article');
    expect(card.get('h2').text()).toBe('Aufzeichnung des Web-Talks');
    expect(card.get('a').attributes('href')).toBe(
      'mailto:jana.zander@kommune.example?subject=Re%3A%20Aufzeichnung%20des%20Web-Talks',
    );
    expect(card.text()).toContain('Stadt Bad Belzig');
    expect(card.get('details').text()).toContain('Ich bin einverstanden');
  });

  it('moves a request on and reloads the inbox', async () => {
    let status = 'new';
    const fake = fakeApi({
      '/api/v1/staff/contact-requests': () =>
        jsonResponse({
          items: status === 'new' ? [request] : [],
          counts: { new: status === 'new' ? 1 : 0, answered: status === 'new' ? 0 : 1, closed: 0 },
          total: status === 'new' ? 1 : 0,
          page: 1,
          pageSize: 50,
        }),
      [`/api/v1/staff/contact-requests/${REQUEST}`]: async (_url, sent) => {
        status = ((await sent.json()) as { status: string }).status;
        return jsonResponse({ ...request, status });
      },
    });
    ({ wrapper } = await mountApp('/kontaktanfragen', fake.client));
    await flushPromises();

    const answer = wrapper.findAll('button').find((b) => b.text() === 'Als beantwortet markieren')!;
    await answer.trigger('click');
    await flushPromises();

    expect(status).toBe('answered');
    expect(wrapper.get('.notice').text()).toBe(
      '„Aufzeichnung des Web-Talks“ steht jetzt unter „Beantwortet“.',
    );
    expect(wrapper.get('.empty').text()).toBe('Keine neuen Anfragen.');
  });

  it('shows another status from the address and offers read-only staff no buttons', async () => {
    const fake = fakeApi({
      '/api/v1/staff/contact-requests': () =>
        jsonResponse({
          items: [{ ...request, status: 'closed' }],
          counts: { new: 0, answered: 0, closed: 1 },
          total: 1,
          page: 1,
          pageSize: 50,
        }),
    });
    ({ wrapper } = await mountApp('/kontaktanfragen?status=closed', fake.client, READER));
    await flushPromises();

    expect(fake.requestsTo('/api/v1/staff/contact-requests')[0]!.searchParams.get('status')).toBe(
      'closed',
    );
    expect(wrapper.find('article button').exists()).toBe(false);
  });
});
