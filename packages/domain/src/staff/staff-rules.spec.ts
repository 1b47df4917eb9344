import { describe, expect, it } from '@jest/globals';
import { StaffRole } from './staff.js';
import { staffAccountStatus, staffOrganisationsProblem } from './staff-rules.js';

describe('staffAccountStatus', () => {
  it.each([
    [{ disabled: false, hasPassword: true }, 'active'],
    [{ disabled: false, hasPassword: false }, 'invited'],
    [{ disabled: true, hasPassword: true }, 'disabled'],
    [{ disabled: true, hasPassword: false }, 'disabled'],
  ])('%j is %s', (account, status) => {
    expect(staffAccountStatus(account)).toBe(status);
  });
});

describe('staffOrganisationsProblem', () => {
  it('asks organiser staff for at least one organisation', () => {
    expect(staffOrganisationsProblem(StaffRole.Organiser, [])).toBe('organiser_needs_organisation');
    expect(staffOrganisationsProblem(StaffRole.Organiser, ['vhw'])).toBeNull();
  });

  it.each([StaffRole.Administrator, StaffRole.ReadOnly])('gives %s no organisations', (role) => {
    expect(staffOrganisationsProblem(role, [])).toBeNull();
    expect(staffOrganisationsProblem(role, ['vhw'])).toBe('only_organisers_have_organisations');
  });
});
