import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsEnumValue, NestedObject } from '../../common/dto/decorators.js';
import { SLUG_PATTERN } from '../../rules/slug.js';
import { Limits } from '../../common/limits.js';
import { Locale } from '../../common/types.js';
import { ConsentGivenDto } from './consent-given.dto.js';

/** A subscription to the newsletter of new dates; empty lists mean every series and topic. */
export class CreateNewsletterSubscriptionDto {
  @IsEmail()
  @MaxLength(Limits.email)
  email!: string;

  /** Series slugs. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Limits.listItems)
  @IsString({ each: true })
  @MaxLength(Limits.slug, { each: true })
  @Matches(SLUG_PATTERN, { each: true, message: 'each of $property must be a slug' })
  series?: string[];

  /** Topic slugs. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Limits.listItems)
  @IsString({ each: true })
  @MaxLength(Limits.slug, { each: true })
  @Matches(SLUG_PATTERN, { each: true, message: 'each of $property must be a slug' })
  topics?: string[];

  @NestedObject(() => ConsentGivenDto)
  consent!: ConsentGivenDto;

  @IsOptional()
  @IsEnumValue(Locale)
  locale: Locale = Locale.German;
}
