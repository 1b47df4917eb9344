import type { PipeTransform } from '@nestjs/common';
import { ProblemException } from '../../common/problem.js';
import { TOKEN_PATTERN } from './registration-tokens.js';

/** A malformed token cannot belong to any registration: answer as for an unknown one. */
export class TokenPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || !TOKEN_PATTERN.test(value))
      throw new ProblemException('REGISTRATION.TOKEN_INVALID');
    return value;
  }
}
