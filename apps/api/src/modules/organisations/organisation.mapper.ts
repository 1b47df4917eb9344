import { BUNDESLAND_NAMES } from '@stadtgespraech/domain';
import { toAddressDto, toImageDto } from '../../common/dto/map-shared.js';
import type { OrganisationDto, OrganisationRefDto } from './dto/organisation.dto.js';
import type { OrganisationEntity } from './organisation.entity.js';

export function toOrganisationRef(entity: OrganisationEntity): OrganisationRefDto {
  return {
    slug: entity.slug,
    name: entity.name,
    shortName: entity.shortName,
    type: entity.type,
    website: entity.website,
    logo: toImageDto(entity.logo),
  };
}

export function toOrganisationDto(entity: OrganisationEntity): OrganisationDto {
  const isMunicipal =
    entity.bundesland !== null || entity.population !== null || entity.ags !== null;
  return {
    ...toOrganisationRef(entity),
    email: entity.email,
    phone: entity.phone,
    address: toAddressDto(entity.address),
    description: entity.description,
    municipality: isMunicipal
      ? {
          bundesland: entity.bundesland,
          bundeslandName: entity.bundesland ? BUNDESLAND_NAMES[entity.bundesland] : null,
          population: entity.population,
          ags: entity.ags,
        }
      : null,
    contacts: [...(entity.contacts ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ name: c.name, function: c.function, email: c.email, phone: c.phone })),
  };
}
