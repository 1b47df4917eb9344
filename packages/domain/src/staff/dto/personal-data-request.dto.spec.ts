import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import { PersonalDataRequestDto } from './personal-data-request.dto.js';

describe('PersonalDataRequestDto', () => {
  it('takes one e-mail address', async () => {
    expect(await issues(PersonalDataRequestDto, { email: 'jana@osterburg.de' })).toEqual([]);
  });

  it('refuses what is not an address, or too long for one', async () => {
    expect(await issues(PersonalDataRequestDto, { email: 'jana' })).toEqual(
      failing('email', 'isEmail'),
    );
    expect(await issues(PersonalDataRequestDto, {})).toEqual(failing('email', 'isEmail'));
    expect(
      await issues(PersonalDataRequestDto, { email: `${'a'.repeat(250)}@osterburg.de` }),
    ).toEqual(failing('email', 'maxLength'));
  });
});
