import { IsOptional } from 'class-validator';
import { IsEnumValue, IsSlug, IsText } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import { EventFormat, EventStatus, EventType } from '../event.js';
import { EventTimeFilter, PageQueryDto } from './event-list-query.dto.js';

/** Query string of the staff's event list: the public filters plus status, drafts included. */
export class StaffEventListQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnumValue(EventStatus)
  status?: EventStatus;

  @IsOptional()
  @IsEnumValue(EventTimeFilter)
  time?: EventTimeFilter;

  /** Slug of a series. */
  @IsOptional()
  @IsSlug()
  series?: string;

  @IsOptional()
  @IsEnumValue(EventType)
  type?: EventType;

  @IsOptional()
  @IsEnumValue(EventFormat)
  format?: EventFormat;

  /** German full-text search, or a part of the title or slug. */
  @IsOptional()
  @IsText(Limits.searchQuery)
  q?: string;
}
