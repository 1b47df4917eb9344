import { mockNuxtImport, mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';

const { get } = vi.hoisted(() => ({ get: vi.fn() }));
mockNuxtImport('useApi', () => () => ({ GET: get }));

/** A part of the event page that shows the live state (the registration box, the form). */
const ShowsState = defineComponent({
  setup() {
    const availability = useAvailability('demo-talk');
    return () => h('p', availability.value?.state ?? 'server');
  },
});

describe('useAvailability', () => {
  it('asks the API once while several parts of the page wait for the state', async () => {
    let answer: (value: unknown) => void = () => {};
    get.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const box = await mountSuspended(ShowsState);
    const form = await mountSuspended(ShowsState);
    expect(box.text()).toBe('server');

    answer({
      data: { state: 'full_waitlist', freeSeats: 0, waitlistEnabled: true },
      response: new Response(null, { status: 200 }),
    });
    await vi.waitFor(() => expect(form.text()).toBe('full_waitlist'));
    expect(box.text()).toBe('full_waitlist');
    expect(get).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledWith('/api/v1/events/{slug}/availability', {
      params: { path: { slug: 'demo-talk' } },
    });
  });
});
