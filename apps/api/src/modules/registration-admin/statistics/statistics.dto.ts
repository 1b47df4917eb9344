import { ApiProperty } from '@nestjs/swagger';

/** A past event's registrations as the dashboard compares them. */
export class EventStatisticsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, nullable: true }) series: string | null;
  @ApiProperty({ description: 'Every registration, whatever became of it' }) registrations: number;
  @ApiProperty({ description: 'Registrations whose address was confirmed' })
  addressConfirmed: number;
  @ApiProperty({ description: 'Registrations holding a seat (confirmed)' }) participants: number;
  @ApiProperty({ description: 'Participants marked present' }) attended: number;
  @ApiProperty({ type: Number, nullable: true, description: 'addressConfirmed / registrations' })
  confirmationRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'attended / participants' })
  attendanceRate: number | null;
}

/** An upcoming event with how full it is. */
export class UpcomingFillDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Null: no limit' }) capacity:
    number | null;
  @ApiProperty() participants: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty({ type: Number, nullable: true, description: 'participants / capacity' })
  fillLevel: number | null;
}

/** How many participants gave one value (an organisation type, a Bundesland); null: not given. */
export class ShareDto {
  @ApiProperty({ type: String, nullable: true }) key: string | null;
  @ApiProperty() count: number;
}

/** The past events of one series (or of none) added up. */
export class SeriesStatisticsDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: no series' })
  id: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty() events: number;
  @ApiProperty() participants: number;
  @ApiProperty() attended: number;
  @ApiProperty({ type: Number, nullable: true }) participantsPerEvent: number | null;
  @ApiProperty({ type: Number, nullable: true }) attendanceRate: number | null;
}

/** The figures of the dashboard, for the events the staff member may see. */
export class StatisticsDto {
  @ApiProperty({
    type: () => [UpcomingFillDto],
    description: 'Published, next 90 days, soonest first',
  })
  upcoming: UpcomingFillDto[];
  @ApiProperty({
    type: () => [EventStatisticsDto],
    description: 'The last 20 published events that are over, newest first',
  })
  recent: EventStatisticsDto[];
  @ApiProperty({
    type: () => [ShareDto],
    description: 'Participants of all past events by organisation type, most first',
  })
  organisationTypes: ShareDto[];
  @ApiProperty({ type: () => [ShareDto], description: 'The same by Bundesland' })
  bundeslaender: ShareDto[];
  @ApiProperty({ type: () => [SeriesStatisticsDto], description: 'Past events by series' })
  series: SeriesStatisticsDto[];
}

export class TimelineDayDto {
  @ApiProperty({ description: 'Berlin calendar day, YYYY-MM-DD' }) day: string;
  @ApiProperty({ description: 'Registrations made that day' }) registrations: number;
  @ApiProperty({ description: 'Registrations made up to and including that day' })
  total: number;
}

/** Registrations of one event over time, by Berlin day. */
export class RegistrationTimelineDto {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({
    type: () => [TimelineDayDto],
    description: 'Every day from the first registration on',
  })
  days: TimelineDayDto[];
}
