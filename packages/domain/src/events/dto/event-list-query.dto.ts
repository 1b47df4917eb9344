import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { IsEnumValue, IsNotBefore, IsSlug, IsText } from '../../common/dto/decorators.js';
import { Type } from '../../common/dto/type.js';
import { Limits } from '../../common/limits.js';
import { EventFormat, EventType } from '../event.js';

/** The time filter of event lists: upcoming (not yet over) or past events. */
export const EventTimeFilter = { Upcoming: 'upcoming', Past: 'past' } as const;
export type EventTimeFilter = (typeof EventTimeFilter)[keyof typeof EventTimeFilter];

/** Default number of events per page. */
export const DEFAULT_PAGE_SIZE = 20;

/** Highest page number accepted, so offsets stay bounded. */
export const MAX_PAGE = 10_000;

/** Page and page size of a list; numbers arrive as strings and are converted. */
export class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Limits.pageSize)
  pageSize: number = DEFAULT_PAGE_SIZE;
}

/**
 * Query string of event lists, e.g. `?time=upcoming&series=kleinstadt-web-talks&page=2`.
 * Every field is optional; numbers arrive as strings and are converted.
 */
export class EventListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnumValue(EventTimeFilter)
  time?: EventTimeFilter;

  /** Slug of a series. */
  @IsOptional()
  @IsSlug()
  series?: string;

  /** Slug of a topic. */
  @IsOptional()
  @IsSlug()
  topic?: string;

  /** Slug of an organisation taking part in any role. */
  @IsOptional()
  @IsSlug()
  organisation?: string;

  @IsOptional()
  @IsEnumValue(EventType)
  type?: EventType;

  @IsOptional()
  @IsEnumValue(EventFormat)
  format?: EventFormat;

  /** ISO 8601 date or timestamp; a date means that day in Berlin. */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** ISO 8601 date or timestamp; a date means that day in Berlin, inclusive. */
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsNotBefore('from')
  to?: string;

  /** Full-text search. */
  @IsOptional()
  @IsText(Limits.searchQuery)
  q?: string;
}
