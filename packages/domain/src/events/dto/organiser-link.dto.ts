import { IsUUID } from 'class-validator';
import { IsEnumValue } from '../../common/dto/decorators.js';
import { OrganiserRole, type OrganiserLink } from '../event.js';

/** An organisation's part in an event or series: host, co-host or partner. */
export class OrganiserLinkDto implements OrganiserLink {
  @IsUUID()
  organisationId!: string;

  @IsEnumValue(OrganiserRole)
  role!: OrganiserRole;
}
