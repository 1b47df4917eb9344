import { IsOptional } from 'class-validator';
import { IsRequiredText, IsText, NestedObject } from '../../common/dto/decorators.js';
import { PostalAddressDto } from '../../common/dto/postal-address.dto.js';
import { Limits } from '../../common/limits.js';
import type { Venue } from '../event.js';

/** The venue of an in-person or hybrid event. */
export class VenueDto implements Partial<Venue> {
  /** E.g. "Kultur- und Festspielhaus Wittenberge". */
  @IsRequiredText(Limits.shortText)
  name!: string;

  @IsOptional()
  @NestedObject(() => PostalAddressDto)
  address?: PostalAddressDto | null;

  @IsOptional()
  @IsText(Limits.summary)
  accessibilityNotes?: string | null;
}
