import { IsEmail, MaxLength } from 'class-validator';
import { Limits } from '../../common/limits.js';

/**
 * An administrator looks up, exports or erases everything stored about one e-mail address (GDPR
 * Art. 15 and 17). Sent in a request body, never in a URL, so the address stays out of logs.
 */
export class PersonalDataRequestDto {
  @IsEmail()
  @MaxLength(Limits.email)
  email!: string;
}
