import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import {
  IsEnumValue,
  IsRequiredText,
  IsSlug,
  IsText,
  NestedObject,
} from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import { Locale } from '../../common/types.js';
import { ConsentGivenDto } from './consent-given.dto.js';

/** A message through the contact form. */
export class CreateContactRequestDto {
  @IsRequiredText(Limits.name)
  name!: string;

  @IsEmail()
  @MaxLength(Limits.email)
  email!: string;

  @IsOptional()
  @IsText(Limits.title)
  organisation?: string | null;

  @IsRequiredText(Limits.title)
  subject!: string;

  @IsRequiredText(Limits.longText)
  message!: string;

  /** Slug of the organisation to write to; omitted: the platform's operator. */
  @IsOptional()
  @IsSlug()
  recipient?: string;

  @NestedObject(() => ConsentGivenDto)
  consent!: ConsentGivenDto;

  @IsOptional()
  @IsEnumValue(Locale)
  locale: Locale = Locale.German;
}
