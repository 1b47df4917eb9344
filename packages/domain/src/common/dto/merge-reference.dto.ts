import { IsUUID } from 'class-validator';

/**
 * Merges a duplicate record (a topic, a series, a person, an organisation) into another: every
 * reference to the duplicate moves to `into`, then the duplicate is deleted.
 */
export class MergeReferenceDto {
  @IsUUID()
  into!: string;
}
