import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import {
  CompletePasswordLinkDto,
  PasswordResetRequestDto,
  StaffAccountInputDto,
  StaffSettingsDto,
} from './staff-account.dto.js';

const organiser = {
  email: 'kim.team@vhw.example',
  displayName: 'Kim Team',
  role: 'organiser',
  organisations: ['vhw'],
};

describe('StaffAccountInputDto', () => {
  it('accepts an organiser with organisations and an administrator without', async () => {
    expect(await issues(StaffAccountInputDto, organiser)).toEqual([]);
    expect(
      await issues(StaffAccountInputDto, {
        ...organiser,
        role: 'administrator',
        organisations: [],
      }),
    ).toEqual([]);
  });

  it('refuses organisations that do not fit the role', async () => {
    expect(await issues(StaffAccountInputDto, { ...organiser, organisations: [] })).toEqual(
      failing('organisations', 'fitsRole'),
    );
    expect(await issues(StaffAccountInputDto, { ...organiser, role: 'read_only' })).toEqual(
      failing('organisations', 'fitsRole'),
    );
  });

  it('refuses an unknown role, a blank name, a wrong address and slugs that are none', async () => {
    const result = await issues(StaffAccountInputDto, {
      email: 'nobody',
      displayName: '  ',
      role: 'owner',
      organisations: ['Not A Slug'],
    });
    expect(result).toEqual(failing('email', 'isEmail'));
    expect(result).toEqual(failing('displayName', 'isNotBlank'));
    expect(result).toEqual(failing('role', 'isIn'));
    expect(result).toEqual(failing('organisations', 'matches'));
  });
});

describe('password links and settings', () => {
  it('needs an address to send a reset link to', async () => {
    expect(await issues(PasswordResetRequestDto, { email: 'x' })).toEqual(
      failing('email', 'isEmail'),
    );
  });

  it('bounds the token and the new password', async () => {
    const result = await issues(CompletePasswordLinkDto, {
      token: 'x'.repeat(101),
      newPassword: 'y'.repeat(201),
    });
    expect(result).toEqual(failing('token', 'maxLength'));
    expect(result).toEqual(failing('newPassword', 'maxLength'));
  });

  it('takes only a boolean for the second-factor requirement', async () => {
    expect(await issues(StaffSettingsDto, { secondFactorRequired: 'yes' })).toEqual(
      failing('secondFactorRequired', 'isBoolean'),
    );
  });
});
