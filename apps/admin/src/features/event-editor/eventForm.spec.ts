import { describe, expect, it } from 'vitest';
import { STAFF_EVENT } from '../../test/staffEvent';
import {
  emptyEventForm,
  eventFormFrom,
  eventInputFrom,
  instant,
  questionKeyFor,
} from './eventForm';

const loaded = STAFF_EVENT;

describe('eventFormFrom and eventInputFrom', () => {
  it('shows times as Berlin wall-clock dates and times', () => {
    const form = eventFormFrom(loaded);
    expect([form.startDate, form.startTime, form.endTime]).toEqual([
      '2026-02-12',
      '10:00',
      '15:30',
    ]);
    expect(form.deadline).toBe('2026-02-05T23:59');
    expect(form.agenda[0]).toMatchObject({ date: '2026-02-12', start: '10:00', end: '10:15' });
  });

  it('gives back what it loaded: a form saved unchanged changes nothing', () => {
    const input = eventInputFrom(eventFormFrom(loaded));
    expect(input).toMatchObject({
      startsAt: loaded.startsAt,
      endsAt: loaded.endsAt,
      venue: {
        name: 'Rathaus Gudensberg',
        address: { street: 'Kasseler Str. 2', postalCode: '34281', city: 'Gudensberg' },
      },
      joinUrl: 'https://meet.example.org/raum',
      organisers: [{ organisationId: 'org-1', role: 'host' }],
      discussionQuestions: ['Was trägt?', 'Was fehlt?'],
      agenda: [
        {
          id: 'item-1',
          startsAt: loaded.agenda[0]!.startsAt,
          endsAt: loaded.agenda[0]!.endsAt,
          contributors: [{ personId: 'person-1', role: 'moderator', contributionTitle: null }],
        },
      ],
      registration: {
        deadline: loaded.registration.deadline,
        capacity: 40,
        questions: [{ key: 'workshop', options: ['Innenstadt', 'Klima'], required: true }],
      },
    });
  });

  it('keeps the retention of the event, and takes the default for an empty field', () => {
    const form = eventFormFrom({ ...loaded, retentionDays: 30 });
    expect(form.retentionDays).toBe('30');
    expect(eventInputFrom(form).retentionDays).toBe(30);
    expect(eventInputFrom({ ...form, retentionDays: '' }).retentionDays).toBe(90);
    expect(eventInputFrom({ ...form, retentionDays: 0 as unknown as string }).retentionDays).toBe(
      0,
    );
  });

  it('drops what the format does not use and derives keys of new questions', () => {
    const form = eventFormFrom(loaded);
    form.format = 'online';
    form.capacity = ' ';
    expect(
      eventInputFrom({ ...form, capacity: 25 as unknown as string }).registration.capacity,
    ).toBe(25);
    form.questions.push(
      {
        key: 'a',
        questionKey: '',
        type: 'text',
        label: 'Ihre Erwartung?',
        helpText: '',
        required: false,
        options: 'x',
      },
      {
        key: 'b',
        questionKey: '',
        type: 'checkbox',
        label: 'Ihre Erwartung!',
        helpText: '',
        required: false,
        options: '',
      },
    );
    const input = eventInputFrom(form);
    expect(input.venue).toBeNull();
    expect(input.registration.capacity).toBeNull();
    expect(input.registration.questions.map((q) => [q.key, q.options])).toEqual([
      ['workshop', ['Innenstadt', 'Klima']],
      ['ihre_erwartung', []],
      ['ihre_erwartung_2', []],
    ]);
  });

  it('starts a new event as a web talk four weeks ahead, hosted by the given organisation', () => {
    const form = emptyEventForm(new Date('2026-11-21T12:00:00Z'), 'org-1');
    expect([form.startDate, form.startTime, form.endTime]).toEqual([
      '2026-12-19',
      '10:00',
      '11:00',
    ]);
    expect(form.organisers.map((o) => [o.organisationId, o.role])).toEqual([['org-1', 'host']]);
  });
});

describe('the consents of the registration form', () => {
  it('asks for every optional consent on a new event', () => {
    expect(emptyEventForm(new Date('2026-11-21T12:00:00Z'), 'org-1').consents).toEqual([
      'newsletter',
      'participant_list',
      'photos_recording',
    ]);
  });

  it('keeps those of the event and sends them in the order the portal shows them', () => {
    const form = eventFormFrom({
      ...loaded,
      registration: { ...loaded.registration, consents: ['photos_recording'] },
    });
    expect(form.consents).toEqual(['photos_recording']);
    form.consents.push('newsletter');
    expect(eventInputFrom(form).registration.consents).toEqual(['newsletter', 'photos_recording']);
  });
});

describe('helpers', () => {
  it('turns Berlin times into instants and passes incomplete ones on unchanged', () => {
    expect(instant('2026-07-01', '10:00')).toBe('2026-07-01T08:00:00.000Z');
    expect(instant('2026-07-01', '')).toBe('2026-07-01T');
  });

  it('makes question keys of a-z, 0-9 and _', () => {
    expect(questionKeyFor('Möchten Sie über Änderungen informiert werden?', [])).toMatch(
      /^[a-z0-9_]{1,36}$/,
    );
  });
});
