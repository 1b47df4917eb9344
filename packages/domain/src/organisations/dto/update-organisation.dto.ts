import { PartialType } from '../../common/dto/partial-type.js';
import { CreateOrganisationDto } from './create-organisation.dto.js';

/** Changes an organisation: any field of `CreateOrganisationDto`; lists are replaced whole. */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}
