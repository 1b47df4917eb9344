import { type PipeTransform } from '@nestjs/common';
import { Limits } from '@stadtgespraech/domain/common';
import { ProblemException } from './problem.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Refuses path slugs that no record can have, before touching the database. */
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || value.length > Limits.slug || !SLUG.test(value)) {
      throw new ProblemException(
        'REQUEST.VALIDATION_FAILED',
        'A slug consists of a-z, 0-9 and single hyphens.',
        [
          {
            pointer: 'request.slug',
            messages: [`slug must match ${SLUG} and be at most ${Limits.slug} characters`],
          },
        ],
      );
    }
    return value;
  }
}
