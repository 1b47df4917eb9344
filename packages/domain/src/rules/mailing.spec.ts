import { describe, expect, it } from '@jest/globals';
import { RegistrationStatus } from '../registrations/registration.js';
import {
  fillPlaceholders,
  isMailable,
  mailingStatuses,
  placeholdersIn,
  unknownPlaceholders,
  type MailingValues,
} from './mailing.js';

const values: MailingValues = {
  vorname: 'Jana',
  nachname: 'Beispiel',
  name: 'Dr. Jana Beispiel',
  organisation: 'Stadt Beispielstadt',
  veranstaltung: 'Kleinstadt Web-Talk',
  termin: '03. Juli 2025 | Online | 10:00-11:00 Uhr',
};

describe('mailing placeholders', () => {
  it('finds each placeholder once, with or without spaces in the braces', () => {
    expect(placeholdersIn('{{vorname}} {{ nachname }}, {{vorname}} und {{x}}')).toEqual([
      'vorname',
      'nachname',
      'x',
    ]);
    expect(placeholdersIn('Keine {Klammer} und {{}} leer')).toEqual(['']);
  });

  it('names the unknown ones, such as a typo', () => {
    expect(unknownPlaceholders('Hallo {{vornmae}} {{name}}, {{Termin}}')).toEqual([
      'vornmae',
      'Termin',
    ]);
    expect(unknownPlaceholders('Hallo {{ name }}')).toEqual([]);
  });

  it('fills the known ones and leaves unknown ones as written', () => {
    expect(
      fillPlaceholders(
        'Liebe/r {{ vorname }} {{nachname}}, zu {{veranstaltung}} am {{termin}}.',
        values,
      ),
    ).toBe(
      'Liebe/r Jana Beispiel, zu Kleinstadt Web-Talk am 03. Juli 2025 | Online | 10:00-11:00 Uhr.',
    );
    expect(fillPlaceholders('{{organisation}} / {{foo}}', values)).toBe(
      'Stadt Beispielstadt / {{foo}}',
    );
  });

  it('takes a value with dollar signs literally', () => {
    expect(fillPlaceholders('{{name}}', { ...values, name: "$& $' $1" })).toBe("$& $' $1");
  });
});

describe('mailable statuses', () => {
  it('reach those who hold or wait for a seat, never unconfirmed or closed ones', () => {
    expect(isMailable(RegistrationStatus.Confirmed)).toBe(true);
    expect(isMailable(RegistrationStatus.Waitlisted)).toBe(true);
    expect(isMailable(RegistrationStatus.AwaitingApproval)).toBe(true);
    expect(isMailable(RegistrationStatus.PendingConfirmation)).toBe(false);
    expect(isMailable(RegistrationStatus.Cancelled)).toBe(false);
    expect(isMailable(RegistrationStatus.Rejected)).toBe(false);
    expect(isMailable(RegistrationStatus.Expired)).toBe(false);
  });

  it('cover the chosen status or all mailable ones', () => {
    expect(mailingStatuses(RegistrationStatus.Waitlisted)).toEqual(['waitlisted']);
    expect(mailingStatuses()).toEqual(['confirmed', 'waitlisted', 'awaiting_approval']);
  });
});
