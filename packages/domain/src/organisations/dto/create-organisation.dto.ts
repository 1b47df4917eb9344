import { IsEmail, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import {
  IsEnumValue,
  IsHttpUrl,
  IsOmittable,
  IsRequiredText,
  IsSlug,
  IsText,
  NestedArray,
  NestedObject,
} from '../../common/dto/decorators.js';
import { ImageRefDto } from '../../common/dto/image-ref.dto.js';
import { PostalAddressDto } from '../../common/dto/postal-address.dto.js';
import { Limits } from '../../common/limits.js';
import {
  Bundesland,
  OrganisationType,
  type ContactPerson,
  type MunicipalityData,
} from '../organisation.js';

/** Digits, spaces and the usual separators, e.g. "+49 30 390473-245". */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/.-]*$/;

/** Amtlicher Gemeindeschlüssel: exactly 8 digits. */
export const AGS_PATTERN = /^\d{8}$/;

/** A contact person ("Ansprechpartner") as entered; new ones get their id on save. */
export class ContactPersonInputDto implements Partial<ContactPerson> {
  /** Id of an existing contact person, to keep it when the list is replaced. */
  @IsOptional()
  @IsUUID()
  id?: string;

  @IsRequiredText(Limits.name)
  name!: string;

  @IsOptional()
  @IsText(Limits.shortText)
  function?: string | null;

  @IsOptional()
  @IsEmail()
  @MaxLength(Limits.email)
  email?: string | null;

  @IsOptional()
  @IsText(Limits.phone)
  @Matches(PHONE_PATTERN, { message: '$property must be a phone number' })
  phone?: string | null;
}

/** Data of a municipality or county. */
export class MunicipalityDataDto implements Partial<MunicipalityData> {
  @IsOptional()
  @IsEnumValue(Bundesland)
  bundesland?: Bundesland | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  population?: number | null;

  @IsOptional()
  @Matches(AGS_PATTERN, { message: '$property must be an AGS of 8 digits' })
  ags?: string | null;
}

/** Creates an organisation. Without a slug, the API derives one from the name. */
export class CreateOrganisationDto {
  @IsOmittable()
  @IsSlug()
  slug?: string;

  @IsRequiredText(Limits.shortText)
  name!: string;

  @IsOptional()
  @IsText(Limits.name)
  shortName?: string | null;

  @IsEnumValue(OrganisationType)
  type!: OrganisationType;

  @IsOptional()
  @IsHttpUrl()
  website?: string | null;

  @IsOptional()
  @IsEmail()
  @MaxLength(Limits.email)
  email?: string | null;

  @IsOptional()
  @IsText(Limits.phone)
  @Matches(PHONE_PATTERN, { message: '$property must be a phone number' })
  phone?: string | null;

  @IsOptional()
  @NestedObject(() => PostalAddressDto)
  address?: PostalAddressDto | null;

  @IsOptional()
  @NestedObject(() => ImageRefDto)
  logo?: ImageRefDto | null;

  @IsOptional()
  @IsText(Limits.description)
  description?: string | null;

  @IsOptional()
  @NestedObject(() => MunicipalityDataDto)
  municipality?: MunicipalityDataDto | null;

  @IsOptional()
  @NestedArray(() => ContactPersonInputDto, Limits.listItems)
  contacts?: ContactPersonInputDto[];
}
