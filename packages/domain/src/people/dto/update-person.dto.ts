import { PartialType } from '../../common/dto/partial-type.js';
import { CreatePersonDto } from './create-person.dto.js';

/** Changes a person: any field of `CreatePersonDto`. */
export class UpdatePersonDto extends PartialType(CreatePersonDto) {}
