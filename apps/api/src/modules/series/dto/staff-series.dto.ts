import { ApiProperty } from '@nestjs/swagger';
import { OrganiserRole, enumValues } from '@stadtgespraech/domain';

export class StaffSeriesOrganiserDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
  @ApiProperty({ enum: enumValues(OrganiserRole) }) role: OrganiserRole;
}

/** A series as staff manage it: every field, its usage, its version and whether you may edit it. */
export class StaffSeriesDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) subtitle: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: () => [StaffSeriesOrganiserDto] }) organisers: StaffSeriesOrganiserDto[];
  @ApiProperty({ description: 'Events of the series, in any status' }) events: number;
  @ApiProperty({ description: 'Newsletter subscriptions that chose the series' })
  subscriptions: number;
  @ApiProperty({ description: 'Send it back in If-Match when changing the series (also the ETag)' })
  version: number;
  @ApiProperty({ description: 'Whether the staff member asking may change the series' })
  editable: boolean;
}

export class StaffSeriesListDto {
  @ApiProperty({ type: () => [StaffSeriesDto] }) items: StaffSeriesDto[];
}
