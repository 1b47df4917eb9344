import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import { eventSummary } from '../../../test/fixtures/events';
import EventCard from './EventCard.vue';

describe('EventCard', () => {
  it('shows the date line in the seeds format', async () => {
    const wrapper = await mountSuspended(EventCard, { props: { event: eventSummary() } });

    expect(wrapper.find('time').text()).toBe('03. Juli 2024 | Online | 10:00-11:00 Uhr');
    expect(wrapper.find('time').attributes('datetime')).toBe('2024-07-03T08:00:00.000Z');
  });

  it('links the title to the event page', async () => {
    const event = eventSummary({ slug: 'vier-jahre-buergerraete', title: 'Vier Jahre Bürgerräte' });

    const wrapper = await mountSuspended(EventCard, { props: { event } });

    const link = wrapper.find('h3 a');
    expect(link.attributes('href')).toBe('/veranstaltungen/vier-jahre-buergerraete');
    expect(link.text()).toBe('Vier Jahre Bürgerräte');
  });

  it('shows subtitle and series', async () => {
    const wrapper = await mountSuspended(EventCard, { props: { event: eventSummary() } });

    expect(wrapper.text()).toContain('Die Umsetzung des ersten Bürgerrates');
    expect(wrapper.find('.event-card__series').text()).toBe('Reihe: Kleinstadt Web-Talks');
  });

  it('shows no badge for a regular published event', async () => {
    const wrapper = await mountSuspended(EventCard, { props: { event: eventSummary() } });

    expect(wrapper.findAll('.badge')).toHaveLength(0);
  });

  it.each([
    [{ isDemo: true }, 'Demo'],
    [{ isTeaser: true }, 'Angekündigt'],
    [{ status: 'cancelled' as const }, 'Abgesagt'],
  ])('marks %o with the badge "%s"', async (overrides, badge) => {
    const wrapper = await mountSuspended(EventCard, {
      props: { event: eventSummary(overrides) },
    });

    expect(wrapper.findAll('.badge').map((b) => b.text())).toEqual([badge]);
  });
});
