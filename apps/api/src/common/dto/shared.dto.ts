import { ApiProperty } from '@nestjs/swagger';

export class ImageDto {
  @ApiProperty() url: string;
  @ApiProperty({ description: 'Text alternative' }) alt: string;
  @ApiProperty({ type: String, nullable: true }) credit: string | null;
  @ApiProperty({ type: String, nullable: true }) caption: string | null;
  @ApiProperty({ type: Number, nullable: true }) width: number | null;
  @ApiProperty({ type: Number, nullable: true }) height: number | null;
}

export class AttachmentDto {
  @ApiProperty() title: string;
  @ApiProperty() url: string;
  @ApiProperty() mediaType: string;
  @ApiProperty({ type: Number, nullable: true }) sizeBytes: number | null;
}

export class PostalAddressDto {
  @ApiProperty({ type: String, nullable: true }) addition: string | null;
  @ApiProperty() street: string;
  @ApiProperty() postalCode: string;
  @ApiProperty() city: string;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
}

/** Paging facts of a list response. */
export class PageMetaDto {
  @ApiProperty({ description: 'Matching items in all pages' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
