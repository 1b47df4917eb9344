import type { PersonRefDto } from './dto/person.dto.js';
import type { PersonEntity } from './person.entity.js';

export const displayName = (p: Pick<PersonEntity, 'academicTitle' | 'firstName' | 'lastName'>) =>
  [p.academicTitle, p.firstName, p.lastName].filter(Boolean).join(' ');

export function toPersonRef(entity: PersonEntity): PersonRefDto {
  return {
    slug: entity.slug,
    academicTitle: entity.academicTitle,
    firstName: entity.firstName,
    lastName: entity.lastName,
    displayName: displayName(entity),
    function: entity.function,
    organisation: entity.organisation
      ? {
          slug: entity.organisation.slug,
          name: entity.organisation.name,
          shortName: entity.organisation.shortName,
        }
      : null,
  };
}
