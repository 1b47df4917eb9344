import { PartialType } from '../../common/dto/partial-type.js';
import { RegistrantDetailsDto } from './create-registration.dto.js';

/**
 * Changes a registration through the personal link: any field of `RegistrantDetailsDto`.
 * The e-mail address cannot be changed here, since a new address would need confirming.
 */
export class UpdateRegistrationDto extends PartialType(RegistrantDetailsDto) {}
