import { describe, expect, it } from 'vitest';
import { newsletterForm, newsletterFormErrors, newsletterRequest } from './newsletterForm';

const candidates = [
  { id: 'a', announcedAt: '2026-11-01T09:00:00.000Z' },
  { id: 'b', announcedAt: null },
  { id: 'c', announcedAt: null },
];

describe('the newsletter form', () => {
  it('starts with the events no issue has presented yet', () => {
    expect(newsletterForm(candidates)).toMatchObject({
      eventIds: ['b', 'c'],
      subject: 'Neue Termine im Stadtgespräch',
      withEnglish: false,
    });
  });

  it('sends the chosen events in the order listed, without empty texts or an unwanted English version', () => {
    const form = {
      ...newsletterForm(candidates),
      eventIds: ['c', 'a'],
      intro: '  ',
      subjectEn: 'x',
    };
    expect(newsletterRequest(form, ['a', 'b', 'c'])).toEqual({
      eventIds: ['a', 'c'],
      subject: 'Neue Termine im Stadtgespräch',
      intro: null,
    });
    expect(
      newsletterRequest({ ...form, withEnglish: true, subjectEn: ' New dates ' }, ['a', 'b', 'c']),
    ).toMatchObject({ english: { subject: 'New dates', intro: null } });
  });

  it('asks for at least one event and the subjects before asking the API', () => {
    const form = { ...newsletterForm([]), subject: ' ', withEnglish: true };
    expect(newsletterFormErrors(form)).toEqual({
      eventIds: 'Bitte mindestens einen Termin wählen.',
      subject: 'Bitte ausfüllen.',
      subjectEn: 'Bitte ausfüllen.',
    });
  });
});
