import { IsIn, IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { IsRequiredText, NestedObject } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import {
  MAILABLE_STATUSES,
  type MailableStatus,
  unknownPlaceholders,
} from '../../rules/mailing.js';
import { RegistrantFilterDto } from './staff-registration-list-query.dto.js';

/** Refuses a text with a placeholder `fillPlaceholders` does not know, naming it. */
function UsesKnownPlaceholders(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'usesKnownPlaceholders',
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || unknownPlaceholders(value).length === 0,
        defaultMessage: (args) =>
          `$property uses unknown placeholders: ${unknownPlaceholders(String(args?.value))
            .map((name) => `{{${name}}}`)
            .join(', ')}`,
      },
    },
    options,
  );
}

/** A subject and a text with placeholders such as `{{vorname}}`. */
export class MailingTextDto {
  @IsRequiredText(Limits.title)
  @UsesKnownPlaceholders()
  subject!: string;

  /** Plain text; blank lines separate paragraphs. */
  @IsRequiredText(Limits.mailText)
  @UsesKnownPlaceholders()
  body!: string;
}

/**
 * Which registrants of the event a mailing reaches: the table's filters, but only statuses with
 * a confirmed address that hold or wait for a seat (all of them when no status is chosen).
 */
export class MailingSegmentDto extends RegistrantFilterDto {
  @IsOptional()
  @IsIn([...MAILABLE_STATUSES])
  status?: MailableStatus;
}

/**
 * A mail staff write to the registrants of one event, or a segment of them. The German text goes
 * to everyone; registrants who chose English get `english` where it is given. The platform adds
 * the greeting, the event's facts, the personal links and the footer.
 */
export class ComposeMailingDto extends MailingTextDto {
  @IsOptional()
  @NestedObject(() => MailingSegmentDto)
  segment: MailingSegmentDto = new MailingSegmentDto();

  @IsOptional()
  @NestedObject(() => MailingTextDto)
  english?: MailingTextDto;
}
