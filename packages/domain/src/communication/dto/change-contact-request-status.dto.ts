import { IsEnumValue } from '../../common/dto/decorators.js';
import { ContactRequestStatus } from '../contact-request-status.js';

/** Moves a contact request in the inbox: new, answered or closed. */
export class ChangeContactRequestStatusDto {
  @IsEnumValue(ContactRequestStatus)
  status!: ContactRequestStatus;
}
