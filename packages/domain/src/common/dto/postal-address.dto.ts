import { IsOptional } from 'class-validator';
import { Limits } from '../limits.js';
import type { PostalAddress } from '../types.js';
import { IsRequiredText, IsText } from './decorators.js';

/** A postal address as written by staff. */
export class PostalAddressDto implements PostalAddress {
  /** Additional line, e.g. "Geschäftsstelle Kleinstadt Akademie". */
  @IsOptional()
  @IsText(Limits.shortText)
  addition?: string | null;

  @IsRequiredText(Limits.shortText)
  street!: string;

  @IsRequiredText(Limits.postalCode)
  postalCode!: string;

  @IsRequiredText(Limits.name)
  city!: string;

  @IsOptional()
  @IsText(Limits.name)
  country?: string | null;
}
