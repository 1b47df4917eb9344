import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { enumValues, Limits } from '@stadtgespraech/domain/common';
import { type MediaItem, MediaKind, MediaType } from '@stadtgespraech/domain/media';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/dto/page-query.dto.js';

export class MediaListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: enumValues(MediaKind), description: 'Only pictures or documents' })
  @IsOptional()
  @IsIn(enumValues(MediaKind))
  kind?: MediaKind;

  @ApiPropertyOptional({ description: 'Part of the title, file name, alt text or credit' })
  @IsOptional()
  @IsString()
  @MaxLength(Limits.searchQuery)
  search?: string;
}

export class MediaVariantDto {
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty() url: string;
}

/** Where a file is shown; a file in use cannot be deleted. */
export class MediaUseDto {
  @ApiProperty({ enum: ['event', 'news', 'organisation', 'person'] })
  type: 'event' | 'news' | 'organisation' | 'person';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class StaffMediaItemDto implements MediaItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: enumValues(MediaKind) }) kind: MediaKind;
  @ApiProperty({ enum: enumValues(MediaType) }) mediaType: MediaType;
  @ApiProperty({ description: 'Name of the uploaded file' }) fileName: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Default text alternative of a picture' }) alt: string;
  @ApiProperty({ type: String, nullable: true }) credit: string | null;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ type: Number, nullable: true }) width: number | null;
  @ApiProperty({ type: Number, nullable: true }) height: number | null;
  @ApiProperty({ description: 'Public address of the original (metadata removed)' }) url: string;
  @ApiProperty({ type: () => [MediaVariantDto], description: 'WebP copies, smallest first' })
  variants: MediaVariantDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Display name of the uploader' })
  uploadedBy: string | null;
  @ApiProperty({ description: 'Whether the current staff member may delete it (when unused)' })
  deletable: boolean;
}

export class StaffMediaDetailDto extends StaffMediaItemDto {
  @ApiProperty({ type: () => [MediaUseDto] }) usage: MediaUseDto[];
}

export class MediaPageDto {
  @ApiProperty({ type: () => [StaffMediaItemDto] }) items: StaffMediaItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** The multipart body of an upload, for the OpenAPI document. */
export class MediaUploadDto {
  @ApiPropertyOptional({ maxLength: Limits.title }) title?: string;
  @ApiPropertyOptional({ maxLength: Limits.summary }) alt?: string;
  @ApiPropertyOptional({ maxLength: Limits.shortText }) credit?: string;
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'JPEG, PNG or WebP up to 15 MiB, or PDF up to 30 MiB; send it as the last part',
  })
  file: unknown;
}
