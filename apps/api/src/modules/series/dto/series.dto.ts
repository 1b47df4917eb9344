import { ApiProperty } from '@nestjs/swagger';
import { OrganiserRole, enumValues } from '@stadtgespraech/domain';
import { OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

export class OrganiserDto extends OrganisationRefDto {
  @ApiProperty({ enum: enumValues(OrganiserRole) }) role: OrganiserRole;
}

export class SeriesRefDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
}

export class SeriesDto extends SeriesRefDto {
  @ApiProperty({ type: String, nullable: true }) subtitle: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: () => [OrganiserDto] }) organisers: OrganiserDto[];
  @ApiProperty({ description: 'Published events that have not ended yet' }) upcomingCount: number;
  @ApiProperty({ description: 'Published events that have ended' }) pastCount: number;
}

export class SeriesListDto {
  @ApiProperty({ type: () => [SeriesDto] }) items: SeriesDto[];
}
