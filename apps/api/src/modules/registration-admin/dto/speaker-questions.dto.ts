import { ApiProperty } from '@nestjs/swagger';
import { Bundesland, OrganisationType, enumValues } from '@stadtgespraech/domain';

/** One question a participant sent in for the speakers. */
export class SpeakerQuestionDto {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() question: string;
  @ApiProperty({ format: 'date-time', description: 'When the registration came in' })
  askedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Only with names=true' })
  name: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ enum: enumValues(OrganisationType), nullable: true })
  organisationType: OrganisationType | null;
  @ApiProperty({ enum: enumValues(Bundesland), nullable: true }) bundesland: Bundesland | null;
}

/** The questions for the speakers of one event, for the moderators; oldest first. */
export class SpeakerQuestionsDto {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventTitle: string;
  @ApiProperty({ type: [SpeakerQuestionDto] }) items: SpeakerQuestionDto[];
}
