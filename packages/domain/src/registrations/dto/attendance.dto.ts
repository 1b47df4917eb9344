import { IsBoolean } from 'class-validator';

/** Check-in: marks a participant as present, or takes the mark back (undo). */
export class SetAttendanceDto {
  @IsBoolean()
  attended!: boolean;
}
