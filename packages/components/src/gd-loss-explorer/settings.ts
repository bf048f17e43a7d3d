/**
 * The attributes of `<gd-loss-explorer>`, declared once (see `internal/schema.ts`), and the rules
 * across them that the element applies: truths and predictions of equal length, and, with BCE
 * chosen, truths of 0 or 1 and predictions in [0, 1].
 */
import type { SquaredErrorConvention } from '@gd-playground/core';
import { type AttributeProblem, parseOption, parsePositive } from '../internal/attributes.js';
import { type AttributeSpec, attr } from '../internal/schema.js';
import {
  bceViolation,
  DEFAULT_LOSSES,
  DEFAULT_ROWS,
  type ExplorerLossId,
  type LossExplorerRow,
  parseColumn,
  parseLosses,
} from './inputs.js';

const positive = (value: number): AttributeProblem | undefined =>
  Number.isFinite(value) && value > 0 ? undefined : { code: 'not-positive' };
const problemOf = <T>(parsed: { ok: true; value: T } | { ok: false; problem: AttributeProblem }) =>
  parsed.ok ? undefined : parsed.problem;
const parseConvention = (text: string) => parseOption<SquaredErrorConvention>(text, ['mean', 'half']);

export const lossExplorerSchema = [
  attr<number[]>({
    attribute: 'truth',
    property: 'truth',
    parse: parseColumn,
    default: () => DEFAULT_ROWS.map((row) => row.truth),
    check: (value) => problemOf(parseColumn(value)),
  }),
  attr<number[]>({
    attribute: 'predicted',
    property: 'predicted',
    parse: parseColumn,
    default: () => DEFAULT_ROWS.map((row) => row.predicted),
    check: (value) => problemOf(parseColumn(value)),
  }),
  attr<ExplorerLossId[]>({
    attribute: 'losses',
    property: 'losses',
    parse: parseLosses,
    default: () => [...DEFAULT_LOSSES],
    check: (value) => problemOf(parseLosses(value)),
  }),
  attr<number>({ attribute: 'delta', property: 'delta', parse: parsePositive, default: 1, check: positive }),
  attr<number>({ attribute: 'beta', property: 'beta', parse: parsePositive, default: 1, check: positive }),
  attr<SquaredErrorConvention>({
    attribute: 'convention',
    property: 'convention',
    parse: parseConvention,
    default: 'mean',
    check: (value) =>
      value === 'mean' || value === 'half'
        ? undefined
        : { code: 'unknown-option', params: { options: 'mean, half' } },
  }),
];

/** The schema entry of a property (for writing values the element accepts without a check). */
export function specOf(property: string): AttributeSpec<unknown> {
  const spec = lossExplorerSchema.find((entry) => entry.property === property);
  if (!spec) throw new Error(`no schema entry for ${property}`);
  return spec as unknown as AttributeSpec<unknown>;
}

/** The losses in the order of the checkboxes, without duplicates (as the attribute parser gives them). */
export function canonicalLosses(losses: readonly ExplorerLossId[]): ExplorerLossId[] {
  const parsed = parseLosses(losses);
  return parsed.ok ? parsed.value : [...losses];
}

/** Rows from the page's columns, or the problem and the attribute it is about. */
export type ColumnsResult =
  | { readonly ok: true; readonly rows: LossExplorerRow[] }
  | {
      readonly ok: false;
      readonly attribute: 'truth' | 'predicted';
      readonly value: string;
      readonly problem: AttributeProblem;
    };

/**
 * Joins new truth and prediction columns into rows when they match in length and, with BCE
 * chosen, suit BCE. `changed` says which column the page set; a length problem blames that column
 * (when both changed, the predictions, which follow the truths).
 */
export function joinColumns(
  truth: readonly number[],
  predicted: readonly number[],
  changed: { readonly truth: boolean; readonly predicted: boolean },
  losses: readonly ExplorerLossId[],
): ColumnsResult {
  const blamed = changed.predicted ? 'predicted' : 'truth';
  if (truth.length !== predicted.length) {
    const [own, other] = blamed === 'truth' ? [truth, predicted] : [predicted, truth];
    return {
      ok: false,
      attribute: blamed,
      value: own.join(','),
      problem: {
        code: 'length-mismatch',
        params: {
          actual: own.length,
          other: blamed === 'truth' ? 'predicted' : 'truth',
          expected: other.length,
        },
      },
    };
  }
  const rows = truth.map((value, i) => ({ truth: value, predicted: predicted[i] ?? 0 }));
  const violation = losses.includes('bce') ? bceViolation(rows) : undefined;
  if (violation) {
    const attribute = violation.column;
    return {
      ok: false,
      attribute,
      value: String(attribute === 'truth' ? violation.truth : violation.predicted),
      problem: {
        code: attribute === 'truth' ? 'not-binary' : 'not-probability',
        params: { row: violation.row + 1 },
      },
    };
  }
  return { ok: true, rows };
}

/** Problem codes of the rules across columns (cleared once the columns fit together again). */
export const CROSS_COLUMN_CODES: readonly string[] = ['length-mismatch', 'not-binary', 'not-probability'];
