import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldProblem, ProblemException } from './problem.js';

/** Flattens nested class-validator errors into `pointer` + messages. */
export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const pointer = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : `${prefix}.${error.property}`;
    const own = error.constraints ? [{ pointer, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], pointer)];
  });
}

/** The global pipe: unknown fields are refused, values converted to the DTO's types. */
export function createValidationPipe() {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(
        'REQUEST.VALIDATION_FAILED',
        'One or more fields are invalid; see errors.',
        flattenValidationErrors(errors, 'request'),
      ),
  });
}
