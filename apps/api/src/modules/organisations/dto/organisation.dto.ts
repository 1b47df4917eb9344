import { ApiProperty } from '@nestjs/swagger';
import { BUNDESLAND_NAMES, OrganisationType, enumValues } from '@stadtgespraech/domain';
import { ImageDto, PostalAddressDto } from '../../../common/dto/shared.dto.js';

/** An organisation as named in lists and on event pages. */
export class OrganisationRefDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) shortName: string | null;
  @ApiProperty({ enum: enumValues(OrganisationType) }) type: OrganisationType;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: () => ImageDto, nullable: true }) logo: ImageDto | null;
}

export class ContactPersonDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class MunicipalityDto {
  @ApiProperty({ enum: Object.keys(BUNDESLAND_NAMES), nullable: true }) bundesland: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'German name of the Bundesland',
  })
  bundeslandName: string | null;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Amtlicher Gemeindeschlüssel' })
  ags: string | null;
}

export class OrganisationDto extends OrganisationRefDto {
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: () => PostalAddressDto, nullable: true })
  address: PostalAddressDto | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: () => MunicipalityDto, nullable: true })
  municipality: MunicipalityDto | null;
  @ApiProperty({ type: () => [ContactPersonDto] }) contacts: ContactPersonDto[];
}

export class OrganisationListDto {
  @ApiProperty({ type: () => [OrganisationRefDto] }) items: OrganisationRefDto[];
}
