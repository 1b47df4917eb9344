import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '../../../common/dto/shared.dto.js';

/** A person (speaker, moderator) as staff manage them: every field, usage, version. */
export class StaffPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: String, nullable: true }) academicTitle: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ description: 'Title, first and last name, e.g. "Dr. Oliver Weigel"' })
  displayName: string;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty({ type: String, nullable: true }) bio: string | null;
  @ApiProperty({ type: () => ImageDto, nullable: true }) photo: ImageDto | null;
  @ApiProperty({ description: 'Events the person contributes to (event or agenda)' })
  events: number;
  @ApiProperty({ description: 'Send it back in If-Match when changing the person (also the ETag)' })
  version: number;
  @ApiProperty({ description: 'Whether the staff member asking may change the person' })
  editable: boolean;
}

export class StaffPersonListDto {
  @ApiProperty({ type: () => [StaffPersonDto] }) items: StaffPersonDto[];
}
