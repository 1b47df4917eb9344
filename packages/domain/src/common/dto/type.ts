import { Type as transformerType, type TypeHelpOptions, type TypeOptions } from 'class-transformer';

type ReflectWithMetadata = { getMetadata?: unknown };

/** A class (or a converter such as `Number`) that `@Type` turns plain values into. */
export type TypeTarget = new (...args: never[]) => unknown;

/**
 * class-transformer's `@Type`, usable without the reflect-metadata polyfill.
 *
 * class-transformer reads `design:type` through `Reflect.getMetadata` and throws where the
 * polyfill is not loaded (browsers, plain Node), which would break every import of this package
 * there. Without the polyfill we lend it a stub for the duration of the call; the type it would
 * read is only needed for Map and Set properties, which no DTO here has. With the polyfill
 * (NestJS) this is plain `@Type`.
 */
export function Type(
  typeFunction: (type?: TypeHelpOptions) => TypeTarget,
  options?: TypeOptions,
): PropertyDecorator {
  const decorate = transformerType(typeFunction, options);
  return (target, propertyKey) => {
    const reflect = Reflect as unknown as ReflectWithMetadata;
    if (typeof reflect.getMetadata === 'function') {
      decorate(target, propertyKey);
      return;
    }
    reflect.getMetadata = () => undefined;
    try {
      decorate(target, propertyKey);
    } finally {
      delete reflect.getMetadata;
    }
  };
}
