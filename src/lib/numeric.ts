/**
 * Numeric answers: reading what a learner types, and judging it against the expected value.
 * Learners write numbers the way they are used to: `1,000`, `1 000`, `1e3`, `0.5`, `0,5`,
 * `187.5 steps`. Anything else is not a number, and the quiz says so instead of grading it.
 */

/** How close an answer must be: an absolute amount, or a share of the value such as "2%". */
export type Tolerance = number | `${number}%`;

/** The absolute tolerance: "2%" of 200 is 4. */
export function absoluteTolerance(value: number, tolerance: Tolerance): number {
  if (typeof tolerance === 'number') return tolerance;
  return (Math.abs(value) * Number.parseFloat(tolerance)) / 100;
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Reads a typed number, with an optional unit after it; null when it is not one. */
export function parseNumber(input: string, unit?: string): number | null {
  let text = input.trim();
  if (unit && text.toLowerCase().endsWith(unit.toLowerCase())) {
    text = text.slice(0, text.length - unit.length).trim();
  }
  text = text.replace(SPACES, '').replace(/^−/, '-');
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  if (comma !== -1 && dot !== -1) {
    // Both: the last one is the decimal mark, the other groups thousands.
    const decimal = comma > dot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    text = text.split(group).join('').replace(decimal, '.');
  } else if (comma !== -1) {
    // "1,000" and "12,000,000" group thousands; "0,5" or "187,5" has a decimal comma.
    text = /^[-+]?\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if (/^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    // "1.000.000" can only group thousands.
    text = text.replace(/\./g, '');
  }
  if (!PLAIN_NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** True when `given` is within the tolerance of the expected value (float noise allowed). */
export function isWithin(given: number, expected: number, tolerance: number): boolean {
  const noise = 1e-9 * Math.max(1, Math.abs(expected));
  return Math.abs(given - expected) <= tolerance + noise;
}

/** Grades a numeric answer: right when within the question's (absolute) tolerance. */
export function gradeNumber(answer: { value: number; tolerance: number }, given: number): boolean {
  return isWithin(given, answer.value, answer.tolerance);
}

/** How the expected answer reads: "187.5 steps (± 0.5)" or "3.5 GB (± 10%)". */
export function answerLabel(value: number, tolerance: Tolerance, unit?: string): string {
  const amount = `${value.toLocaleString('en-US', { maximumFractionDigits: 6 })}${unit ? ` ${unit}` : ''}`;
  const plusMinus = typeof tolerance === 'number' ? String(tolerance) : tolerance;
  return tolerance === 0 || tolerance === '0%' ? amount : `${amount} (± ${plusMinus})`;
}
