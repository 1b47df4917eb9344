import { describe, expect, it } from 'vitest';
import { eventDateCell } from './eventDate';

describe('eventDateCell', () => {
  it('shows the day and the time in Berlin of a one-day event', () => {
    const cell = eventDateCell({
      startsAt: '2024-07-03T08:00:00.000Z',
      endsAt: '2024-07-03T09:00:00.000Z',
    });

    expect(cell).toEqual({ date: '03.07.2024', detail: '10:00-11:00 Uhr' });
  });

  it('shows the last day of an event over several days', () => {
    const cell = eventDateCell({
      startsAt: '2025-06-17T07:00:00.000Z',
      endsAt: '2025-06-18T14:00:00.000Z',
    });

    expect(cell).toEqual({ date: '17.06.2025', detail: 'bis 18.06.2025' });
  });

  it('counts an end at midnight to the day before', () => {
    const cell = eventDateCell({
      startsAt: '2025-06-17T16:00:00.000Z',
      endsAt: '2025-06-17T22:00:00.000Z',
    });

    expect(cell).toEqual({ date: '17.06.2025', detail: '18:00-24:00 Uhr' });
  });
});
