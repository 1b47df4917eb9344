import { IsOptional, IsUUID } from 'class-validator';
import { IsEnumValue, IsText } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import { ContributorRole, type ContributorLink } from '../event.js';

/** A person's part in an event or agenda item: speaker or moderator. */
export class ContributorLinkDto implements Partial<ContributorLink> {
  @IsUUID()
  personId!: string;

  @IsEnumValue(ContributorRole)
  role!: ContributorRole;

  /** E.g. "Auf dem Weg zum Innenstadtaktionsprogramm". */
  @IsOptional()
  @IsText(Limits.title)
  contributionTitle?: string | null;
}
