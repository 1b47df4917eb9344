import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import {
  IsOmittable,
  IsRequiredText,
  IsSlug,
  IsText,
  NestedArray,
} from '../../common/dto/decorators.js';
import { PartialType } from '../../common/dto/partial-type.js';
import { Limits } from '../../common/limits.js';
import type { Series } from '../event.js';
import { OrganiserLinkDto } from './organiser-link.dto.js';

/** Creates a series such as the "Kleinstadt Web-Talks". Without a slug, the API derives one. */
export class CreateSeriesDto implements Partial<Series> {
  @IsOmittable()
  @IsSlug()
  slug?: string;

  @IsRequiredText(Limits.title)
  title!: string;

  @IsOptional()
  @IsText(Limits.subtitle)
  subtitle?: string | null;

  @IsOptional()
  @IsText(Limits.description)
  description?: string | null;

  /** E.g. "kleinstadt@vhw.de". */
  @IsOptional()
  @IsEmail()
  @MaxLength(Limits.email)
  contactEmail?: string | null;

  @IsOptional()
  @NestedArray(() => OrganiserLinkDto, Limits.listItems)
  organisers?: OrganiserLinkDto[];
}

/** Changes a series: any field of `CreateSeriesDto`. */
export class UpdateSeriesDto extends PartialType(CreateSeriesDto) {}
