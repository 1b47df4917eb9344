import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { PartialType } from '../../common/dto/partial-type.js';
import { Limits } from '../../common/limits.js';
import { RegistrantDetailsDto } from './create-registration.dto.js';

/**
 * Staff correct a registration's data (a typo in the name, a wrong address): any field of
 * `RegistrantDetailsDto`, and the e-mail address, which staff vouch for as when adding by hand.
 * Fields left out stay as they are; answers given replace the old ones.
 */
export class EditRegistrationDto extends PartialType(RegistrantDetailsDto) {
  @IsOptional()
  @IsEmail()
  @MaxLength(Limits.email)
  email?: string;
}
