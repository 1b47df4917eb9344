import { ApiProperty } from '@nestjs/swagger';
import { NewsKind, NewsPublication, enumValues } from '@stadtgespraech/domain';
import { ImageDto } from '../../../common/dto/shared.dto.js';

export class StaffNewsOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
}

/** A news post in the staff list: everything but the text. */
export class StaffNewsSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: enumValues(NewsKind) }) kind: NewsKind;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) teaser: string | null;
  @ApiProperty({ type: () => ImageDto, nullable: true }) image: ImageDto | null;
  @ApiProperty({ type: () => StaffNewsOrganisationDto, nullable: true })
  organisation: StaffNewsOrganisationDto | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Null: a draft; in the future: scheduled',
  })
  publishedAt: string | null;
  @ApiProperty({ enum: enumValues(NewsPublication), description: 'Where the post stands now' })
  publication: NewsPublication;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The post on the portal, once it is public',
  })
  portalUrl: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ description: 'Send it back in If-Match when changing the post (also the ETag)' })
  version: number;
}

/** One news post as staff edit it. */
export class StaffNewsPostDto extends StaffNewsSummaryDto {
  @ApiProperty({ description: 'Markdown' }) body: string;
}

export class StaffNewsListDto {
  @ApiProperty({ type: () => [StaffNewsSummaryDto] }) items: StaffNewsSummaryDto[];
}
