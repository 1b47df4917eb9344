import { IsOptional, IsUUID } from 'class-validator';
import {
  IsOmittable,
  IsRequiredText,
  IsSlug,
  IsText,
  NestedObject,
} from '../../common/dto/decorators.js';
import { ImageRefDto } from '../../common/dto/image-ref.dto.js';
import { Limits } from '../../common/limits.js';
import type { Person } from '../person.js';

/** Creates a speaker or moderator. Without a slug, the API derives one from the name. */
export class CreatePersonDto implements Partial<Person> {
  @IsOmittable()
  @IsSlug()
  slug?: string;

  /** Written before the name, e.g. "Dr." or "Prof.". */
  @IsOptional()
  @IsText(Limits.name)
  academicTitle?: string | null;

  @IsRequiredText(Limits.name)
  firstName!: string;

  @IsRequiredText(Limits.name)
  lastName!: string;

  /** As printed under the name, e.g. "Bürgermeister der Hansestadt Osterburg (Altmark)". */
  @IsOptional()
  @IsText(Limits.subtitle)
  function?: string | null;

  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @IsOptional()
  @IsText(Limits.description)
  bio?: string | null;

  @IsOptional()
  @NestedObject(() => ImageRefDto)
  photo?: ImageRefDto | null;
}
