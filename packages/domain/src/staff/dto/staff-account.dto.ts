import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import {
  IsEnumValue,
  IsRequiredText,
  IsText,
  applyDecorators,
} from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import { SLUG_PATTERN } from '../../rules/slug.js';
import { MAX_PASSWORD_LENGTH, StaffRole } from '../staff.js';
import { staffOrganisationsProblem } from '../staff-rules.js';

/** Refuses organisations that do not fit the role (see `staffOrganisationsProblem`). */
function FitsRole(): PropertyDecorator {
  return ValidateBy({
    name: 'fitsRole',
    validator: {
      validate: (value: unknown, args) => {
        const { role } = args?.object as { role?: StaffRole };
        return !Array.isArray(value) || !role || staffOrganisationsProblem(role, value) === null;
      },
      defaultMessage: (args) =>
        `$property: ${staffOrganisationsProblem((args?.object as { role: StaffRole }).role, args?.value as string[])}`,
    },
  });
}

const IsStaffEmail = () => applyDecorators(IsEmail(), MaxLength(Limits.email));

/**
 * An administrator invites a person or edits an account: who, which role, and for organiser
 * staff the organisations (slugs) they work for.
 */
export class StaffAccountInputDto {
  @IsStaffEmail()
  email!: string;

  @IsRequiredText(Limits.name)
  displayName!: string;

  @IsEnumValue(StaffRole)
  role!: StaffRole;

  @IsArray()
  @ArrayMaxSize(Limits.listItems)
  @IsString({ each: true })
  @MaxLength(Limits.slug, { each: true })
  @Matches(SLUG_PATTERN, { each: true, message: 'each of $property must be a slug' })
  @FitsRole()
  organisations!: string[];
}

/** Someone who forgot their password asks for a link by mail. */
export class PasswordResetRequestDto {
  @IsStaffEmail()
  email!: string;
}

/** The secret of an invitation or password-reset link. */
export class PasswordLinkDto {
  @IsText(100)
  token!: string;
}

/** A new password chosen through an invitation or password-reset link. */
export class CompletePasswordLinkDto extends PasswordLinkDto {
  @IsText(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

/** Security settings of the installation that administrators change. */
export class StaffSettingsDto {
  /** Every account must log in with a second factor. */
  @IsBoolean()
  secondFactorRequired!: boolean;
}
