import { describe, expect, it } from 'vitest';
import {
  insertText,
  mailingFormErrors,
  mailingFormFromQuery,
  mailingRequest,
  segmentSummary,
  type MailingForm,
} from './mailingForm';

const filled = (changes: Partial<MailingForm> = {}): MailingForm => ({
  ...mailingFormFromQuery({}),
  subject: 'Folien zu {{veranstaltung}}',
  body: 'anbei die Folien, {{vorname}}.',
  ...changes,
});

describe('mailingForm', () => {
  it('takes the segment from the table filters and drops statuses that get no mailings', () => {
    expect(
      mailingFormFromQuery({ status: 'waitlisted', anwesend: 'no', land: 'DE-HE', suche: 'x' })
        .segment,
    ).toEqual({
      status: 'waitlisted',
      attended: 'no',
      organisationType: '',
      bundesland: 'DE-HE',
      answer: '',
    });
    expect(mailingFormFromQuery({ status: 'cancelled' }).segment.status).toBe('');
  });

  it('sends only the filters chosen and the English text only when wanted', () => {
    const form = filled({ subjectEn: 'Slides', bodyEn: 'Dear {{vorname}}' });
    form.segment.attended = 'yes';
    expect(mailingRequest(form)).toEqual({
      subject: form.subject,
      body: form.body,
      segment: { attended: 'yes' },
    });
    expect(mailingRequest({ ...form, withEnglish: true }).english).toEqual({
      subject: 'Slides',
      body: 'Dear {{vorname}}',
    });
  });

  it('names missing texts and unknown placeholders in German', () => {
    expect(mailingFormErrors(filled())).toEqual({});
    const errors = mailingFormErrors(
      filled({ subject: ' ', body: 'Hallo {{vornmae}}', withEnglish: true, subjectEn: 'x' }),
    );
    expect(errors.subject).toBe('Bitte ausfüllen.');
    expect(errors.body).toMatch(
      /^Unbekannter Platzhalter: \{\{vornmae\}\}\. Möglich sind \{\{vorname\}\}/,
    );
    expect(errors.subjectEn).toBeUndefined();
    expect(errors.bodyEn).toBe('Bitte ausfüllen.');
  });

  it('describes a segment in words', () => {
    expect(segmentSummary({})).toBe('Bestätigt, Warteliste und Freigabe offen');
    expect(segmentSummary({ status: 'confirmed', attended: 'no', bundesland: 'DE-HE' })).toBe(
      'Bestätigt · nicht anwesend · Hessen',
    );
  });

  it('puts text in place of the selection and the caret after it', () => {
    expect(insertText('Hallo !', 6, 6, '{{vorname}}')).toEqual({
      text: 'Hallo {{vorname}}!',
      caret: 17,
    });
    expect(insertText('Hallo Name!', 6, 10, '{{name}}')).toEqual({
      text: 'Hallo {{name}}!',
      caret: 14,
    });
  });
});
