/**
 * Reading the explorer's settings: the data columns and the list of losses, from attribute text or
 * from JavaScript values, into plain numbers, or a problem code the widget shows.
 */
import { fail, type Parsed, parseNumberList } from '../internal/attributes.js';

/** The losses the explorer can show a column for. */
export type ExplorerLossId = 'mse' | 'rmse' | 'mae' | 'huber' | 'smooth-l1' | 'bce';

/** Every loss the explorer offers, in the order of its checkboxes and columns. */
export const EXPLORER_LOSSES: readonly ExplorerLossId[] = ['mse', 'rmse', 'mae', 'huber', 'smooth-l1', 'bce'];

/** One row of the table: a truth and the prediction made for it. */
export interface LossExplorerRow {
  truth: number;
  predicted: number;
}

/** The curriculum's first table (lesson A.3), shown when nothing else is given. */
export const DEFAULT_ROWS: readonly LossExplorerRow[] = Object.freeze([
  { truth: 10, predicted: 12 },
  { truth: 20, predicted: 18 },
  { truth: 30, predicted: 30 },
]);

export const DEFAULT_LOSSES: readonly ExplorerLossId[] = ['mse', 'rmse', 'mae'];

/**
 * A column of numbers: an array of finite numbers, `"10, 20, 30"`, or JSON `"[10, 20, 30]"`.
 */
export function parseColumn(raw: unknown): Parsed<number[]> {
  let value = raw;
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text.startsWith('[')) return parseNumberList(text);
    try {
      value = JSON.parse(text);
    } catch {
      return fail('not-a-list');
    }
  }
  if (!Array.isArray(value)) return fail('not-a-list');
  if (value.length === 0) return fail('empty');
  if (!value.every((item) => typeof item === 'number' && Number.isFinite(item))) return fail('not-a-list');
  return { ok: true, value: [...value] };
}

/** The result of reading a list of losses; on failure, `bad` is the name that was not known. */
export type ParsedLosses = Parsed<ExplorerLossId[]> & { readonly bad?: string };

/**
 * A list of loss ids: an array, or `"huber, smooth-l1"` (commas or spaces, any case). Duplicates are
 * dropped and the order of the checkboxes kept. An empty list is allowed: the table then shows the
 * data and the signed error only.
 */
export function parseLosses(raw: unknown): ParsedLosses {
  const items = Array.isArray(raw)
    ? raw.map((item) => String(item))
    : String(raw ?? '')
        .split(/[,\s]+/)
        .filter((item) => item !== '');
  const chosen = new Set<ExplorerLossId>();
  for (const item of items) {
    const id = item.trim().toLowerCase() as ExplorerLossId;
    if (!EXPLORER_LOSSES.includes(id)) {
      // `value` names the unknown item in the message, not the whole list.
      return { ...fail('unknown-option', { options: EXPLORER_LOSSES.join(', '), value: item }), bad: item };
    }
    chosen.add(id);
  }
  return { ok: true, value: EXPLORER_LOSSES.filter((id) => chosen.has(id)) };
}

/** Where data breaks binary cross-entropy's conditions, as plain numbers (no tensors needed). */
export interface BceViolation {
  /** 0-based row. */
  readonly row: number;
  /** Which column is at fault. */
  readonly column: 'truth' | 'predicted';
  readonly truth: number;
  readonly predicted: number;
}

/** The first row that binary cross-entropy cannot take (truth not 0/1, prediction outside [0, 1]). */
export function bceViolation(rows: readonly LossExplorerRow[]): BceViolation | undefined {
  for (const [row, { truth, predicted }] of rows.entries()) {
    if (truth !== 0 && truth !== 1) return { row, column: 'truth', truth, predicted };
    if (!(predicted >= 0 && predicted <= 1)) return { row, column: 'predicted', truth, predicted };
  }
  return undefined;
}
