import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { IsText } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import {
  STAFF_SETTABLE_STATUSES,
  type StaffSettableStatus,
} from '../../rules/staff-registration.js';

/**
 * Staff change a registration's status: confirm or approve, move to or from the waiting list,
 * reject, cancel. `rules/staff-registration` says which changes are allowed from where.
 */
export class ChangeRegistrationStatusDto {
  @IsIn([...STAFF_SETTABLE_STATUSES])
  status!: StaffSettableStatus;

  /** Tell the registrant by mail (default). Off for corrections nobody needs to hear about. */
  @IsOptional()
  @IsBoolean()
  notify: boolean = true;

  /** A personal note from the organisers, quoted in the mail. */
  @IsOptional()
  @IsText(Limits.summary)
  message?: string;

  /** Give a seat even when the event is full (staff's deliberate overbooking). */
  @IsOptional()
  @IsBoolean()
  overbook: boolean = false;
}
