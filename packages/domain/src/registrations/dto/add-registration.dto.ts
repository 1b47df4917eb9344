import { IsBoolean, IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { Limits } from '../../common/limits.js';
import { RegistrationStatus } from '../registration.js';
import { RegistrantDetailsDto } from './create-registration.dto.js';

/** The statuses a registration added by staff may start in. */
export const ADDED_REGISTRATION_STATUSES = [
  RegistrationStatus.Confirmed,
  RegistrationStatus.Waitlisted,
] as const;

/**
 * Staff add a registration by hand (e.g. after a phone call): no double opt-in, since staff
 * vouch for the address. Without `status` the seats decide, as when a registrant confirms.
 */
export class AddRegistrationDto extends RegistrantDetailsDto {
  @IsEmail()
  @MaxLength(Limits.email)
  email!: string;

  @IsOptional()
  @IsIn([...ADDED_REGISTRATION_STATUSES])
  status?: (typeof ADDED_REGISTRATION_STATUSES)[number];

  /** Send the registrant the usual mail with the personal link (default). */
  @IsOptional()
  @IsBoolean()
  notify: boolean = true;

  /** Give a seat even when the event is full. */
  @IsOptional()
  @IsBoolean()
  overbook: boolean = false;
}
