import { IsIn, IsOptional } from 'class-validator';

/**
 * Query of the list of questions for the speakers. Names are left out unless asked for
 * (`?names=true`): the list is often passed on to speakers outside the organisation.
 */
export class SpeakerQuestionsQueryDto {
  @IsOptional()
  @IsIn(['true', 'false'])
  names: 'true' | 'false' = 'false';
}
