/**
 * Values of a closed set stored as text (a status, a language, a delivery state): the database says
 * `string`, these narrow it with a check instead of a cast.
 */
export function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return allowed.some((member) => member === value);
}

/** A stored value of a closed set; only the code writes these columns, so anything else is a bug. */
export function oneOf<T extends string>(allowed: readonly T[], value: string): T {
  if (!isOneOf(allowed, value)) throw new Error(`unexpected stored value: ${value}`);
  return value;
}

/** A stored value of a closed set, or null. */
export function oneOfOrNull<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value === null ? null : oneOf(allowed, value);
}

/** Stored values of a closed set (e.g. a role's permissions). */
export function allOf<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return values.map((value) => oneOf(allowed, value));
}
