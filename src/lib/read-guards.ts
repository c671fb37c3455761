/** Checks for reading stored or loaded JSON, whose every value is unknown until checked. */

/** A plain object (not null, not an array), so its fields can be read and checked one by one. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number that can be counted with: NaN and Infinity are not. */
export const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
