import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsEnumValue, IsText } from '../../common/dto/decorators.js';
import { Type } from '../../common/dto/type.js';
import { Limits } from '../../common/limits.js';
import { Bundesland, OrganisationType } from '../../organisations/organisation.js';
import { RegistrationStatus } from '../registration.js';

/** Orders of the staff's registration table. */
export const RegistrationSort = {
  /** When the registration arrived. */
  Registered: 'registered',
  /** Last name, then first name. */
  Name: 'name',
  Organisation: 'organisation',
  Status: 'status',
} as const;
export type RegistrationSort = (typeof RegistrationSort)[keyof typeof RegistrationSort];

export const SortDirection = { Asc: 'asc', Desc: 'desc' } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];

/** Filter on attendance: checked in or not. */
export const AttendanceFilter = { Yes: 'yes', No: 'no' } as const;
export type AttendanceFilter = (typeof AttendanceFilter)[keyof typeof AttendanceFilter];

/** Largest page of the registration table. */
export const MAX_REGISTRATION_PAGE = 200;

/** `key:value`: the answer to the question `key` is (or, for several options, includes) value. */
export const ANSWER_FILTER_PATTERN = /^[a-z0-9_]{1,40}:.{1,200}$/s;

/** Filters on who registered and what happened: organisation, Bundesland, attendance, answers. */
export class RegistrantFilterDto {
  @IsOptional()
  @IsEnumValue(OrganisationType)
  organisationType?: OrganisationType;

  @IsOptional()
  @IsEnumValue(Bundesland)
  bundesland?: Bundesland;

  @IsOptional()
  @IsEnumValue(AttendanceFilter)
  attended?: AttendanceFilter;

  /** An answer to a custom question, as `key:value`. */
  @IsOptional()
  @Matches(ANSWER_FILTER_PATTERN, { message: 'answer must look like question_key:value' })
  answer?: string;
}

/** Which registrations of an event a table or an export covers; every filter is optional. */
export class RegistrationFilterDto extends RegistrantFilterDto {
  @IsOptional()
  @IsEnumValue(RegistrationStatus)
  status?: RegistrationStatus;

  /** Part of a name, e-mail address or organisation. */
  @IsOptional()
  @IsText(Limits.searchQuery)
  q?: string;
}

/**
 * Query string of the staff's registration table of one event, e.g.
 * `?status=confirmed&bundesland=DE-BY&sort=name&limit=50`. Paging is by cursor (keyset), so a
 * page deep into 10,000 registrations costs what the first one does.
 */
export class StaffRegistrationListQueryDto extends RegistrationFilterDto {
  @IsOptional()
  @IsEnumValue(RegistrationSort)
  sort: RegistrationSort = RegistrationSort.Registered;

  @IsOptional()
  @IsEnumValue(SortDirection)
  direction: SortDirection = SortDirection.Desc;

  /** `nextCursor` of the page before. */
  @IsOptional()
  @IsText(1_000)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_REGISTRATION_PAGE)
  limit: number = 50;
}
