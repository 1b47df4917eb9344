import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '../../../common/dto/shared.dto.js';

export class NewsSummaryDto {
  @ApiProperty() slug: string;
  @ApiProperty({ enum: ['report', 'announcement'] }) kind: 'report' | 'announcement';
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) teaser: string | null;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ type: () => ImageDto, nullable: true }) image: ImageDto | null;
}

export class NewsPostDto extends NewsSummaryDto {
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Slug of the publishing organisation',
  })
  organisation: string | null;
}

export class NewsListDto {
  @ApiProperty({ type: () => [NewsSummaryDto] }) items: NewsSummaryDto[];
}
