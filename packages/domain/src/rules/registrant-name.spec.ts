import { describe, expect, it } from '@jest/globals';
import { registrantName } from './registrant-name.js';

describe('registrantName', () => {
  it('joins title, first and last name and skips what is empty', () => {
    expect(registrantName({ academicTitle: 'Dr.', firstName: 'Jana', lastName: 'Beispiel' })).toBe(
      'Dr. Jana Beispiel',
    );
    expect(registrantName({ academicTitle: ' ', firstName: ' Jana ', lastName: 'Beispiel' })).toBe(
      'Jana Beispiel',
    );
    expect(registrantName({ academicTitle: null, firstName: 'Jana', lastName: 'Beispiel' })).toBe(
      'Jana Beispiel',
    );
  });
});
