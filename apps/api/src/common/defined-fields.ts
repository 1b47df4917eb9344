/**
 * The fields of a partial input that are set: an absent (undefined) field leaves the stored value
 * as it is, while null clears it.
 */
export function definedFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
