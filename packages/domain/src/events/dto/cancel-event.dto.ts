import { IsOptional } from 'class-validator';
import { IsText } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';

/** Cancels an event; everyone registered is told, with a calendar cancellation. */
export class CancelEventDto {
  /** A sentence for the registrants, e.g. "Der Referent ist erkrankt; ein neuer Termin folgt." */
  @IsOptional()
  @IsText(Limits.summary)
  message?: string | null;
}
