import { IsOmittable, IsRequiredText, IsSlug } from '../../common/dto/decorators.js';
import { PartialType } from '../../common/dto/partial-type.js';
import { Limits } from '../../common/limits.js';
import type { Topic } from '../event.js';

/** Creates a topic such as "Bürgerbeteiligung". Without a slug, the API derives one. */
export class CreateTopicDto implements Partial<Topic> {
  @IsOmittable()
  @IsSlug()
  slug?: string;

  @IsRequiredText(Limits.name)
  name!: string;
}

/** Renames a topic or changes its slug. */
export class UpdateTopicDto extends PartialType(CreateTopicDto) {}
