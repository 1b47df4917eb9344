import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldProblem, ProblemException } from './problem.js';
import type { ProblemCode } from './problem-codes.js';

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

/** Constraints whose failure has a problem code of its own (the first one found wins). */
const CONSTRAINT_CODES: Readonly<Record<string, ProblemCode>> = {
  hasGrantedConsent: 'REGISTRATION.PRIVACY_CONSENT_REQUIRED',
};

function specificCode(errors: ValidationError[]): ProblemCode | undefined {
  for (const error of errors) {
    for (const constraint of Object.keys(error.constraints ?? {})) {
      if (CONSTRAINT_CODES[constraint]) return CONSTRAINT_CODES[constraint];
    }
    const nested = specificCode(error.children ?? []);
    if (nested) return nested;
  }
  return undefined;
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
        specificCode(errors) ?? 'REQUEST.VALIDATION_FAILED',
        'One or more fields are invalid; see errors.',
        flattenValidationErrors(errors, 'request'),
      ),
  });
}
