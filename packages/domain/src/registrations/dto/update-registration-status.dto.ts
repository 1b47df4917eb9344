import { IsEnumValue } from '../../common/dto/decorators.js';
import { RegistrationStatus } from '../registration.js';

/** Staff change a registration's status; `rules/registration-status` says which changes are allowed. */
export class UpdateRegistrationStatusDto {
  @IsEnumValue(RegistrationStatus)
  status!: RegistrationStatus;
}
