import { IsOptional, IsUUID } from 'class-validator';
import {
  IsEnumValue,
  IsNotBefore,
  IsRequiredText,
  IsText,
  IsTimestamp,
  NestedArray,
} from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import { AgendaItemKind, type AgendaItem } from '../event.js';
import { ContributorLinkDto } from './contributor-link.dto.js';

/** An item of an event's agenda as entered; new items get their id on save. */
export class AgendaItemInputDto implements Partial<Omit<AgendaItem, 'contributors'>> {
  /** Id of an existing item, to keep it when the agenda is replaced. */
  @IsOptional()
  @IsUUID()
  id?: string;

  @IsTimestamp()
  startsAt!: string;

  @IsOptional()
  @IsTimestamp()
  @IsNotBefore('startsAt')
  endsAt?: string | null;

  /** Agenda titles run long ("Begrüßung und Einführung // Statements und …"). */
  @IsRequiredText(Limits.subtitle)
  title!: string;

  @IsOptional()
  @IsText(Limits.summary)
  description?: string | null;

  @IsEnumValue(AgendaItemKind)
  kind!: AgendaItemKind;

  @IsOptional()
  @NestedArray(() => ContributorLinkDto, Limits.listItems)
  contributors?: ContributorLinkDto[];
}
