import { PartialType } from '../../common/dto/partial-type.js';
import { CreateEventDto } from './create-event.dto.js';

/**
 * Changes an event: any field of `CreateEventDto`. Nested objects and lists (venue, agenda,
 * registration settings, …) are replaced whole.
 */
export class UpdateEventDto extends PartialType(CreateEventDto) {}
