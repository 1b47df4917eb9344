import type { LocationQuery } from 'vue-router';

/** The first value of a route query parameter, trimmed; '' when absent. */
export function queryText(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/** A page number from the route query; 1 when absent or broken. */
export function queryPage(value: LocationQuery[string] | undefined): number {
  const page = Number.parseInt(queryText(value), 10);
  return Number.isInteger(page) && page > 0 ? page : 1;
}
