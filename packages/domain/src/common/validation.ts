import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';

/**
 * The validator options of every write: unknown properties are errors, not silently dropped.
 * Every failed constraint is reported (a form shows the first per path); stopping at the first
 * would hide the errors of nested items behind a list-level one.
 * The API's ValidationPipe uses the same (plus `transform: true`), so forms and API agree.
 */
export const VALIDATION_OPTIONS = Object.freeze({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: Object.freeze({ target: false, value: false }),
});

/** One invalid property. */
export interface ValidationIssue {
  /** Dotted path, with list indices: "contacts.0.email"; "" for the input itself. */
  path: string;
  /** Names of the failed constraints, stable for translation: "isEmail", "maxLength", … */
  constraints: string[];
  /** English messages of class-validator, for developers and logs. */
  messages: string[];
}

/** Outcome of `validateInput`. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** Flattens class-validator's error tree into one issue per invalid property. */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parentPath = '',
): ValidationIssue[] {
  return errors.flatMap((error) => {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const own: ValidationIssue[] =
      Object.keys(constraints).length > 0
        ? [{ path, constraints: Object.keys(constraints), messages: Object.values(constraints) }]
        : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/**
 * Converts `plain` (e.g. parsed JSON or form state) into an instance of `dtoClass` and validates
 * it with the API's rules. Framework-free, for front ends and scripts.
 */
export async function validateInput<T extends object>(
  dtoClass: new () => T,
  plain: unknown,
): Promise<ValidationResult<T>> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return {
      ok: false,
      errors: [{ path: '', constraints: ['isObject'], messages: ['input must be an object'] }],
    };
  }
  const value = plainToInstance(dtoClass, plain);
  const errors = await validate(value, VALIDATION_OPTIONS);
  return errors.length === 0
    ? { ok: true, value }
    : { ok: false, errors: flattenValidationErrors(errors) };
}
