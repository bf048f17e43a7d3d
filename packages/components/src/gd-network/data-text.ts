/**
 * The learner's own data as text: the `data` attribute, CSV pasted into the data panel, and the
 * `data` part of the state string. Two forms are read:
 * - JSON rows `[{"x":[0.5,-1],"y":1}, …]` (`x` one or two numbers, `y` a class 0–4 or, with one
 *   input, a regression target);
 * - CSV lines `x1,x2,label` (or `x,y` for regression), an optional header line of names.
 * Every row must have the same number of inputs: a ragged row is refused by its line number.
 */
import type { AttributeProblem, Parsed } from '../internal/attributes.js';

/** One point: its inputs (1 or 2) and its class (or target value with one input). */
export interface NetworkRow {
  readonly x: readonly number[];
  readonly y: number;
}

const fail = (code: string, params?: AttributeProblem['params']): Parsed<never> => ({
  ok: false,
  problem: { code, params },
});

/** Checks rows: 1 to 1000 of them, all of the same width (1 or 2), finite; classes 0–4 with 2 inputs. */
export function checkRows(rows: readonly NetworkRow[]): AttributeProblem | undefined {
  if (rows.length === 0) return { code: 'empty' };
  if (rows.length > 1000) return { code: 'out-of-range', params: { min: 1, max: 1000 } };
  const width = rows[0]?.x.length ?? 0;
  for (const [index, row] of rows.entries()) {
    const line = index + 1;
    if (!Array.isArray(row.x) || row.x.length !== width || width < 1 || width > 2)
      return { code: 'ragged', params: { line, expected: width } };
    if (!row.x.every(Number.isFinite) || !Number.isFinite(row.y))
      return { code: 'bad-row', params: { line } };
    if (width === 2 && !(Number.isInteger(row.y) && row.y >= 0 && row.y <= 4))
      return { code: 'bad-label', params: { line } };
  }
  return undefined;
}

function fromJson(text: string): Parsed<NetworkRow[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (!Array.isArray(raw)) return fail('not-json');
  const rows: NetworkRow[] = [];
  for (const [index, item] of raw.entries()) {
    const entry = item as { x?: unknown; y?: unknown } | null;
    const x = typeof entry?.x === 'number' ? [entry.x] : entry?.x;
    if (!Array.isArray(x) || typeof entry?.y !== 'number') return fail('bad-row', { line: index + 1 });
    rows.push({ x: x.map(Number), y: entry.y });
  }
  return ok(rows);
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

function fromCsv(text: string): Parsed<NetworkRow[]> {
  const lines = text
    .split(/\r?\n|;/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const rows: NetworkRow[] = [];
  for (const [index, line] of lines.entries()) {
    const cells = line.split(/[,\t]|\s+/).filter((cell) => cell !== '');
    const values = cells.map(Number);
    // A first line of names is a header.
    if (index === 0 && values.some(Number.isNaN) && cells.some((cell) => /[a-z]/i.test(cell))) continue;
    if (values.length < 2 || values.some((value) => !Number.isFinite(value)))
      return fail('bad-row', { line: index + 1 });
    rows.push({ x: values.slice(0, -1), y: values[values.length - 1] ?? 0 });
  }
  return ok(rows);
}

/** Reads JSON or CSV text into rows, refusing ragged or malformed ones. */
export function parseDataText(text: string): Parsed<NetworkRow[]> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('empty');
  const parsed = trimmed.startsWith('[') ? fromJson(trimmed) : fromCsv(trimmed);
  if (!parsed.ok) return parsed;
  const problem = checkRows(parsed.value);
  return problem ? { ok: false, problem } : parsed;
}

/** Writes rows as compact CSV (`x1,x2,y;` …), numbers to 4 decimals: the state string's data part. */
export function rowsToCsv(rows: readonly NetworkRow[]): string {
  const short = (value: number) => String(Number(value.toFixed(4)));
  return rows.map((row) => [...row.x, row.y].map(short).join(',')).join(';');
}
