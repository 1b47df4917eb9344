import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Limits } from '../../common/limits.js';
import { MAX_PASSWORD_LENGTH } from '../staff.js';

/** Staff log in with e-mail address and password; a second factor may follow. */
export class StaffLoginDto {
  @IsEmail()
  @MaxLength(Limits.email)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

/** A six-digit code of the authenticator app, or one of the recovery codes (xxxx-xxxx-xxxx). */
export class SecondFactorDto {
  @IsString()
  @Matches(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})$/, {
    message: 'code must be six digits or a recovery code',
  })
  code!: string;
}

/** A staff member changes their own password; the policy is `passwordProblem`. */
export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}
