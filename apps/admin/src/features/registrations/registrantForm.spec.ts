import { describe, expect, it } from 'vitest';
import { staffRegistration } from '../../test/staffRegistration';
import {
  emptyRegistrantForm,
  registrantBody,
  registrantFormComplete,
  registrantFormOf,
} from './registrantForm';

describe('registrantForm', () => {
  it('round-trips a stored registration and turns emptied fields into null', () => {
    const form = registrantFormOf(staffRegistration());
    expect(form.organisation).toBe('Stadt Gudensberg');
    expect(form.academicTitle).toBe('');
    form.organisation = '  ';
    form.lastName = ' Müller ';
    expect(registrantBody(form)).toMatchObject({
      lastName: 'Müller',
      organisation: null,
      academicTitle: null,
      organisationType: 'municipality',
      bundesland: 'DE-HE',
    });
  });

  it('needs an address and both names', () => {
    expect(registrantFormComplete(emptyRegistrantForm())).toBe(false);
    expect(
      registrantFormComplete({
        ...emptyRegistrantForm(),
        email: 'a@b.example',
        firstName: 'A',
        lastName: 'B',
      }),
    ).toBe(true);
  });
});
