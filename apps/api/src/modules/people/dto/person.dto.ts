import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '../../../common/dto/shared.dto.js';

export class PersonOrganisationDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
}

/** A speaker or moderator as shown next to a talk. */
export class PersonRefDto {
  @ApiProperty() slug: string;
  @ApiProperty({ type: String, nullable: true }) academicTitle: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ description: 'Title and name as printed, e.g. "Dr. Oliver Weigel"' })
  displayName: string;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ type: () => PersonOrganisationDto, nullable: true })
  organisation: PersonOrganisationDto | null;
}

export class PersonEventDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: ['speaker', 'moderator'] }) role: string;
  @ApiProperty({ type: String, nullable: true }) contributionTitle: string | null;
}

export class PersonDto extends PersonRefDto {
  @ApiProperty({ type: String, nullable: true }) bio: string | null;
  @ApiProperty({ type: () => ImageDto, nullable: true }) photo: ImageDto | null;
  @ApiProperty({
    type: () => [PersonEventDto],
    description: 'Published events they take part in, newest first',
  })
  events: PersonEventDto[];
}

export class PersonListDto {
  @ApiProperty({ type: () => [PersonRefDto] }) items: PersonRefDto[];
}
