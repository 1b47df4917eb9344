import { describe, expect, it } from '@jest/globals';
import {
  anonymisationDueAt,
  anonymisedEmail,
  DEFAULT_RETENTION_DAYS,
  isUndeliverable,
  mayAnonymise,
  personalAnswerKeys,
} from './retention.js';

describe('retention', () => {
  it('falls due the given number of days after the end', () => {
    expect(anonymisationDueAt('2025-07-03T11:00:00+02:00', DEFAULT_RETENTION_DAYS)).toEqual(
      new Date('2025-10-01T09:00:00Z'),
    );
    expect(anonymisationDueAt('2025-07-03T09:00:00Z', 0)).toEqual(new Date('2025-07-03T09:00:00Z'));
  });

  it('lets staff anonymise by hand only once the event is over', () => {
    const event = { endsAt: '2025-07-03T11:00:00+02:00' };
    expect(mayAnonymise(event, '2025-07-03T08:59:59Z')).toBe(false);
    expect(mayAnonymise(event, '2025-07-03T09:00:00Z')).toBe(true);
  });

  it('drops free-text answers and keeps choices', () => {
    expect(
      personalAnswerKeys([
        { key: 'anliegen', type: 'long_text' },
        { key: 'groesse', type: 'single_choice' },
        { key: 'kommune', type: 'text' },
        { key: 'themen', type: 'multiple_choice' },
        { key: 'fotos_ok', type: 'checkbox' },
      ]),
    ).toEqual(['anliegen', 'kommune']);
  });

  it('gives an address that is unique and never receives mail', () => {
    const email = anonymisedEmail('0b7e5b5e-8d1c-4c55-9a61-0b2f0f0f0f0f');
    expect(email).toBe('0b7e5b5e-8d1c-4c55-9a61-0b2f0f0f0f0f@anonymisiert.invalid');
    expect(isUndeliverable(email)).toBe(true);
    expect(isUndeliverable('jana@stadt.example')).toBe(false);
    expect(isUndeliverable('jana@invalid.example')).toBe(false);
  });
});
