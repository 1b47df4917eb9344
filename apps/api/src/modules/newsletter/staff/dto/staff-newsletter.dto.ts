import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Limits, Locale, NewsletterSubscriptionStatus, enumValues } from '@stadtgespraech/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../../common/dto/page-query.dto.js';

export class SubscriberQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: enumValues(NewsletterSubscriptionStatus), default: 'confirmed' })
  @IsOptional()
  @IsIn(enumValues(NewsletterSubscriptionStatus))
  status: NewsletterSubscriptionStatus = 'confirmed';

  @ApiPropertyOptional({ description: 'Part of the address' })
  @IsOptional()
  @IsString()
  @MaxLength(Limits.searchQuery)
  search?: string;
}

/** A subscription as staff see it, with the consent it rests on. */
export class StaffSubscriberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: enumValues(NewsletterSubscriptionStatus) })
  status: NewsletterSubscriptionStatus;
  @ApiProperty({ type: [String], description: 'Series slugs chosen; empty: all' })
  series: string[];
  @ApiProperty({ type: [String], description: 'Topic slugs chosen; empty: all' })
  topics: string[];
  @ApiProperty({ enum: enumValues(Locale) }) locale: Locale;
  @ApiProperty({ description: 'Version of the consent text agreed to' }) consentVersion: string;
  @ApiProperty({ format: 'date-time' }) subscribedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt: string | null;
}

export class SubscriberCountsDto {
  @ApiProperty() pending: number;
  @ApiProperty() confirmed: number;
}

export class SubscriberPageDto {
  @ApiProperty({ type: () => [StaffSubscriberDto] }) items: StaffSubscriberDto[];
  @ApiProperty({ type: () => SubscriberCountsDto, description: 'All subscriptions per status' })
  counts: SubscriberCountsDto;
  @ApiProperty({ description: 'Matching the status and search' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** An upcoming published event the next issue may present. */
export class NewsletterCandidateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String, nullable: true }) series: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When an issue last presented it; null: never (new)',
  })
  announcedAt: string | null;
  @ApiProperty({ description: 'Confirmed subscribers whose choice it fits' }) reach: number;
}

export class NewsletterCandidatesDto {
  @ApiProperty({ type: () => [NewsletterCandidateDto] }) items: NewsletterCandidateDto[];
}

export class NewsletterTextResponseDto {
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, nullable: true }) intro: string | null;
}

/** An issue as the log shows it. */
export class NewsletterIssueDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, nullable: true }) intro: string | null;
  @ApiProperty({ type: () => NewsletterTextResponseDto, nullable: true })
  english: NewsletterTextResponseDto | null;
  @ApiProperty({ description: 'Events presented' }) eventCount: number;
  @ApiProperty({ description: 'Mails queued when it was sent' }) recipientCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who sent it' })
  createdBy: string | null;
}

export class NewsletterIssuesDto {
  @ApiProperty({ type: () => [NewsletterIssueDto] }) items: NewsletterIssueDto[];
}
