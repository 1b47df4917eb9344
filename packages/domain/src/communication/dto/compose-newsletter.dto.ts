import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsUUID,
} from 'class-validator';
import { IsRequiredText, IsText, NestedObject } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';

/** The words of one language version of a newsletter issue. */
export class NewsletterTextDto {
  @IsRequiredText(Limits.title)
  subject!: string;

  /** Plain text above the dates; blank lines separate paragraphs. */
  @IsOptional()
  @IsText(Limits.mailText)
  intro?: string | null;
}

/**
 * An issue of the "new dates" newsletter: the events it presents (upcoming, published) and its
 * words. Each confirmed subscriber gets the events that fit their choice of series and topics;
 * subscribers who chose English get `english` where it is given. The platform adds greeting,
 * the dates with their links, the unsubscribe link and the footer.
 */
export class ComposeNewsletterDto extends NewsletterTextDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(Limits.listItems)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  eventIds!: string[];

  @IsOptional()
  @NestedObject(() => NewsletterTextDto)
  english?: NewsletterTextDto;
}
