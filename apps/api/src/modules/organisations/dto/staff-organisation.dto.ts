import { ApiProperty } from '@nestjs/swagger';
import { Bundesland, OrganisationType, enumValues } from '@stadtgespraech/domain';
import { ImageDto, PostalAddressDto } from '../../../common/dto/shared.dto.js';

export class StaffContactPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class StaffMunicipalityDto {
  @ApiProperty({ enum: enumValues(Bundesland), nullable: true }) bundesland: Bundesland | null;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Amtlicher Gemeindeschlüssel' })
  ags: string | null;
}

export class OrganisationUsageDto {
  @ApiProperty({ description: 'Events the organisation (co-)organises' }) events: number;
  @ApiProperty({ description: 'Series the organisation (co-)organises' }) series: number;
  @ApiProperty({ description: 'People who work for the organisation' }) people: number;
  @ApiProperty({ description: 'Staff accounts of organisers working for it' }) staff: number;
}

/** An organisation as staff manage it: every field, contact persons with ids, usage, version. */
export class StaffOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
  @ApiProperty({ enum: enumValues(OrganisationType) }) type: OrganisationType;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: () => PostalAddressDto, nullable: true }) address: PostalAddressDto | null;
  @ApiProperty({ type: () => ImageDto, nullable: true }) logo: ImageDto | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: () => StaffMunicipalityDto, nullable: true })
  municipality: StaffMunicipalityDto | null;
  @ApiProperty({ type: () => [StaffContactPersonDto] }) contacts: StaffContactPersonDto[];
  @ApiProperty({ type: () => OrganisationUsageDto }) usage: OrganisationUsageDto;
  @ApiProperty({ description: 'Send it back in If-Match when changing it (also the ETag)' })
  version: number;
  @ApiProperty({ description: 'Whether the staff member asking may change it' })
  editable: boolean;
}

export class StaffOrganisationListDto {
  @ApiProperty({ type: () => [StaffOrganisationDto] }) items: StaffOrganisationDto[];
}
