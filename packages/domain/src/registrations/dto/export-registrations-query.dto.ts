import { IsOptional, Matches } from 'class-validator';
import { IsEnumValue } from '../../common/dto/decorators.js';
import { RegistrationFilterDto } from './staff-registration-list-query.dto.js';

/** File formats of the registration export: CSV for any tool, XLSX for Excel itself. */
export const ExportFormat = { Csv: 'csv', Xlsx: 'xlsx' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];

/** Fields of a registration an export can hold, in their default order; answers follow. */
export const REGISTRATION_EXPORT_FIELDS = [
  'status',
  'salutation',
  'academicTitle',
  'firstName',
  'lastName',
  'email',
  'organisation',
  'organisationType',
  'function',
  'bundesland',
  'questionForSpeakers',
  'locale',
  'source',
  'createdAt',
  'queuedAt',
  'attendedAt',
  'cancelledAt',
] as const;
export type RegistrationExportField = (typeof REGISTRATION_EXPORT_FIELDS)[number];

/** Comma-separated fields and `answer.<question key>`s, at most 60 of them. */
export const EXPORT_COLUMNS_PATTERN =
  /^(?:[a-zA-Z]{1,40}|answer\.[a-z0-9_]{1,40})(?:,(?:[a-zA-Z]{1,40}|answer\.[a-z0-9_]{1,40})){0,59}$/;

/**
 * Query string of the registration export of one event: the table's filters, the format and the
 * chosen columns (all fields and answers when none are given), e.g.
 * `?format=csv&status=confirmed&columns=lastName,firstName,organisation,answer.workshop`.
 */
export class ExportRegistrationsQueryDto extends RegistrationFilterDto {
  @IsOptional()
  @IsEnumValue(ExportFormat)
  format: ExportFormat = ExportFormat.Csv;

  @IsOptional()
  @Matches(EXPORT_COLUMNS_PATTERN, {
    message: 'columns must be a comma-separated list of fields and answer.<key>',
  })
  columns?: string;
}
