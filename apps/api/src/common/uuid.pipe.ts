import { type PipeTransform } from '@nestjs/common';
import { ProblemException } from './problem.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses path ids that are no UUID, before touching the database. */
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name = 'id') {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value))
      throw new ProblemException('REQUEST.VALIDATION_FAILED', `The ${this.name} is not a UUID.`, [
        { pointer: `request.${this.name}`, messages: [`${this.name} must be a UUID`] },
      ]);
    return value.toLowerCase();
  }
}
