import { ApiProperty } from '@nestjs/swagger';
import { enumValues } from '@stadtgespraech/domain';
import {
  StaffAccountStatus,
  StaffLinkPurpose,
  staffAccountStatus,
  StaffRole,
} from '@stadtgespraech/domain/staff';
import type { StaffAccountEntity } from './staff-account.entity.js';
import type { SecondFactorState, StaffContext } from './staff-auth.service.js';

export class StaffAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: enumValues(StaffRole) }) role: StaffRole;
  @ApiProperty({ type: [String], description: 'Slugs of the organisations an organiser works for' })
  organisations: string[];
  @ApiProperty() secondFactorEnabled: boolean;
  @ApiProperty({
    enum: enumValues(StaffAccountStatus),
    description: 'invited: no password set yet; disabled: cannot log in',
  })
  status: StaffAccountStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastLoginAt: string | null;
  @ApiProperty({ description: 'Send back in If-Match when editing the account' })
  version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class StaffSessionDto {
  @ApiProperty({ type: () => StaffAccountDto }) account: StaffAccountDto;
  @ApiProperty({
    enum: ['none', 'required', 'setup_required'],
    description:
      'none: logged in; required: send a code to /staff/session/second-factor; setup_required: set up a second factor first',
  })
  secondFactor: SecondFactorState;
  @ApiProperty({ description: 'Send back in X-CSRF-Token on every state-changing request' })
  csrfToken: string;
  @ApiProperty({ format: 'date-time', description: 'The session ends here at the latest' })
  expiresAt: string;
}

export class TotpSetupDto {
  @ApiProperty({ description: 'The secret in base32, for typing into an authenticator app' })
  secret: string;
  @ApiProperty({ description: 'otpauth:// URI for a QR code' }) otpauthUri: string;
}

export class TotpEnabledDto extends StaffSessionDto {
  @ApiProperty({ type: [String], description: 'One-time recovery codes; shown only this once' })
  recoveryCodes: string[];
}

export class StaffAccountListDto {
  @ApiProperty({ type: () => [StaffAccountDto] }) items: StaffAccountDto[];
}

/** What an invitation or password-reset link is for, so the page can greet the person. */
export class PasswordLinkInfoDto {
  @ApiProperty({ enum: enumValues(StaffLinkPurpose) }) purpose: StaffLinkPurpose;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class StaffSettingsViewDto {
  @ApiProperty({ description: 'Every account must log in with a second factor' })
  secondFactorRequired: boolean;
  @ApiProperty({
    description:
      'The operator requires the second factor (STAFF_SECOND_FACTOR_REQUIRED); the setting cannot switch it off',
  })
  secondFactorRequiredByOperator: boolean;
}

export function toStaffAccountDto(account: StaffAccountEntity): StaffAccountDto {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    organisations: (account.organisations ?? []).map((o) => o.slug).sort(),
    secondFactorEnabled: account.totpEnabledAt !== null,
    status: staffAccountStatus({
      disabled: account.disabledAt !== null,
      hasPassword: account.passwordHash !== null,
    }),
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
    version: account.version,
    createdAt: account.createdAt.toISOString(),
  };
}

export function toStaffSessionDto(
  { account, session }: StaffContext,
  secondFactor: SecondFactorState,
): StaffSessionDto {
  return {
    account: toStaffAccountDto(account),
    secondFactor,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
  };
}
