import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  buildMessage,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { SLUG_PATTERN } from '../../rules/slug.js';
import { enumValues } from '../enum.js';
import { Limits } from '../limits.js';
import { Type, type TypeTarget } from './type.js';

// Internal building blocks of the DTOs; not exported from the package, so they may change.

/** Several property decorators as one. */
export function applyDecorators(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

/** A string of at most `max` characters (`{ each: true }` for lists of strings). */
export function IsText(max: number, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsString(options), MaxLength(max, options));
}

/** A string of at most `max` characters with at least one non-space character. */
export function IsRequiredText(max: number, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsText(max, options), IsNotBlank(options));
}

/** Not empty and not only white space. */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /\S/.test(value),
        defaultMessage: buildMessage((each) => `${each}$property must not be blank`, options),
      },
    },
    options,
  );
}

/** One of the values of an `as const` enum object. */
export function IsEnumValue(enumObject: Record<string, string>): PropertyDecorator {
  return IsIn([...enumValues(enumObject)]);
}

/**
 * Options of every URL: absolute http(s) only. Hosts without a top-level domain are allowed so
 * local media URLs (http://localhost:3000/…) validate in development.
 */
export const URL_OPTIONS = {
  require_protocol: true,
  protocols: ['http', 'https'],
  require_tld: false,
};

/** An absolute http(s) URL within `Limits.url`. */
export function IsHttpUrl(): PropertyDecorator {
  return applyDecorators(IsUrl(URL_OPTIONS), MaxLength(Limits.url));
}

/** Date, time and UTC offset; a time without offset would depend on the server's zone. */
const TIMESTAMP_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

// Room for nanoseconds; longer fractions are no real timestamps.
const MAX_TIMESTAMP_LENGTH = 40;

/** A strict ISO 8601 timestamp with offset, e.g. "2024-07-03T10:00:00+02:00". */
export function IsTimestamp(): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true }),
    MaxLength(MAX_TIMESTAMP_LENGTH),
    Matches(TIMESTAMP_WITH_OFFSET, {
      message: '$property must be a timestamp with time zone offset',
    }),
  );
}

/**
 * May be left out, but not set to null: for values the API derives when absent (a slug) and whose
 * column is required, so an update cannot blank them.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** A slug as `slugify` makes them. */
export function IsSlug(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    MaxLength(Limits.slug),
    Matches(SLUG_PATTERN, { message: '$property must be a slug (a-z, 0-9 and single hyphens)' }),
  );
}

/** A timestamp not before the one in `property` of the same object (when both are valid). */
export function IsNotBefore(property: string): PropertyDecorator {
  return ValidateBy({
    name: 'isNotBefore',
    constraints: [property],
    validator: {
      validate(value: unknown, args?: ValidationArguments): boolean {
        const other = (args?.object as Record<string, unknown> | undefined)?.[property];
        if (typeof value !== 'string' || typeof other !== 'string') return true;
        const [a, b] = [Date.parse(value), Date.parse(other)];
        return Number.isNaN(a) || Number.isNaN(b) || a >= b;
      },
      defaultMessage: buildMessage(() => `$property must not be before ${property}`),
    },
  });
}

/**
 * A list whose items differ in `select(item)`. Anything but a list passes, so a missing list is
 * reported once, by `IsArray`.
 */
export function IsUniqueBy<T>(select: (item: T) => unknown, message: string): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUniqueBy',
      validator: {
        validate(value: unknown): boolean {
          if (!Array.isArray(value)) return true;
          const keys = value.map((item: T) => select(item));
          return new Set(keys).size === keys.length;
        },
      },
    },
    { message },
  );
}

/** A nested object validated as `type()`. */
export function NestedObject(type: () => TypeTarget): PropertyDecorator {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}

/** A list of at most `max` nested objects, each validated as `type()`. */
export function NestedArray(type: () => TypeTarget, max: number): PropertyDecorator {
  return applyDecorators(IsArray(), ArrayMaxSize(max), ValidateNested({ each: true }), Type(type));
}
