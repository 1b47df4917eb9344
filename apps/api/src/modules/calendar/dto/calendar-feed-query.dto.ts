import { Limits } from '@stadtgespraech/domain/common';
import { SLUG_PATTERN } from '@stadtgespraech/domain/rules';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const SLUG_MESSAGE = '$property must be a slug (a-z, 0-9 and single hyphens)';

/** Query of the calendar feed, e.g. `?series=kleinstadt-web-talks&topic=klimaschutz`. */
export class CalendarFeedQueryDto {
  /** Slug of a series. */
  @IsOptional()
  @IsString()
  @MaxLength(Limits.slug)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  series?: string;

  /** Slug of a topic. */
  @IsOptional()
  @IsString()
  @MaxLength(Limits.slug)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  topic?: string;
}
