/**
 * Parsing attribute text into numbers, with a problem code when it cannot be used. Widgets report the
 * problem (localised, in the widget) and keep their last good value: a typo never blanks a widget.
 */

/**
 * A reason an attribute value was refused, with the values its message needs. The message is
 * `error.<code>` in the element's own catalogue, else in the common one; an element may add codes.
 */
export interface AttributeProblem {
  readonly code:
    | (string & {})
    | 'not-a-number'
    | 'not-finite'
    | 'not-positive'
    | 'out-of-range'
    | 'not-a-list'
    | 'empty'
    | 'length-mismatch'
    | 'not-probability'
    | 'not-binary'
    | 'needs-two-classes'
    | 'unknown-option'
    | 'no-target'
    | 'not-json';
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: AttributeProblem };

/** A value that parsed. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
/** A refusal with its problem code (the message key) and the values the message needs. */
export const fail = (code: AttributeProblem['code'], params?: AttributeProblem['params']): Parsed<never> => ({
  ok: false,
  problem: { code, params },
});

/** A number: `Number()` semantics after trimming, but refusing blanks, NaN and ±Infinity. */
export function parseNumber(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('not-a-number');
  const value = Number(trimmed);
  if (Number.isNaN(value)) return fail('not-a-number');
  if (!Number.isFinite(value)) return fail('not-finite');
  return ok(value);
}

/** A number > 0 (learning rates, δ, β). */
export function parsePositive(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return parsed.value > 0 ? parsed : fail('not-positive');
}

/** A number within [min, max]. */
export function parseInRange(text: string, min: number, max: number): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return parsed.value >= min && parsed.value <= max ? parsed : fail('out-of-range', { min, max });
}

/** Comma- (or space-) separated numbers: `"10, 20, 30"`. */
export function parseNumberList(text: string): Parsed<number[]> {
  const parts = text
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return fail('empty');
  const values = parts.map(Number);
  const bad = values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) return fail('not-a-list');
  return ok(values);
}

/** One of a fixed set of keywords (case-insensitive). */
export function parseOption<T extends string>(text: string, options: readonly T[]): Parsed<T> {
  const value = text.trim().toLowerCase() as T;
  return options.includes(value) ? ok(value) : fail('unknown-option', { options: options.join(', ') });
}
