import { ValidationTypes, getMetadataStorage } from 'class-validator';
import { IsOmittable } from './decorators.js';

/**
 * A subclass of `base` with every property optional, for update DTOs (no NestJS here).
 *
 * Properties that are required in `base` may be left out but not set to null; optional ones keep
 * their rules (null clears them). Validation rules and `@Type` are inherited; defaults set by
 * `base`'s initialisers are dropped, since they would overwrite stored values on update.
 */
export function PartialType<T extends object>(base: new () => T): new () => Partial<T> {
  const Base = base as new () => object;
  class PartialDto extends Base {
    constructor() {
      super();
      for (const key of Object.keys(this)) delete (this as Record<string, unknown>)[key];
    }
  }
  const metadata = getMetadataStorage().getTargetValidationMetadatas(base, '', true, false);
  const optional = new Set(
    metadata
      .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION)
      .map((m) => m.propertyName),
  );
  for (const name of new Set(metadata.map((m) => m.propertyName))) {
    if (optional.has(name)) continue;
    IsOmittable()(PartialDto.prototype, name);
  }
  Object.defineProperty(PartialDto, 'name', { value: `Partial${base.name}` });
  return PartialDto as unknown as new () => Partial<T>;
}
