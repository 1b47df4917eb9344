/** Values of a `const` object used as an enum, e.g. `ValueOf<typeof EventType>`. */
export type ValueOf<T> = T[keyof T];

/** The values of a `const` enum object as a readonly list, for validation and UI options. */
export function enumValues<T extends Record<string, string>>(enumObject: T): readonly ValueOf<T>[] {
  return Object.freeze(Object.values(enumObject)) as readonly ValueOf<T>[];
}
