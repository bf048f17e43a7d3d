import { columnKeysIssue, type Dataset, type DatasetColumnKeys } from './dataset.js';
import { DatasetError } from './errors.js';

/** Input to {@link datasetFromArrays}. Cells are `unknown` because they often come from JSON. */
export interface DatasetInput {
  /** n rows × m columns. Cells must be finite numbers; `true`/`false` are read as 1/0. */
  readonly features: readonly (readonly unknown[])[];
  /**
   * n targets. Regression: finite numbers. Classification (when `classes` is given, or when the
   * targets are strings): a class label (string) or a class index (integer 0 … k−1).
   */
  readonly targets: readonly unknown[];
  /** m column names; default `x1`, `x2`, … */
  readonly featureNames?: readonly string[];
  /** Default `y`. */
  readonly targetName?: string;
  /**
   * Class labels, in the order that defines the class indices. When absent and the targets are
   * strings, the classes are the distinct labels in order of first appearance.
   */
  readonly classes?: readonly string[];
  /** Keys of columns named in words (built-in data sets; see {@link Dataset.columnKeys}). */
  readonly columnKeys?: DatasetColumnKeys;
}

/** 1-based position for messages, like a spreadsheet. */
const ordinal = (index: number): number => index + 1;

/**
 * Builds a validated {@link Dataset} from plain arrays (copies them; the input is not kept).
 *
 * Row and column numbers: error properties (`row`, `column`) are 0-based indices into the
 * arrays; messages count from 1 like a spreadsheet, so `row: 2` reads "row 3".
 *
 * @throws {DatasetError} with `code`:
 * - `'empty'`: no rows;
 * - `'no-features'`: rows with no columns;
 * - `'ragged-row'`: a row whose length differs from the first row's (`row`, `expected`, `actual`);
 * - `'not-a-number'`: a cell that is not a number, or is NaN (`row`, `column`, `value`);
 * - `'not-finite'`: a cell that is ±Infinity (`row`, `column`);
 * - `'length-mismatch'`: number of targets ≠ number of rows (`expected`, `actual`);
 * - `'name-count'`: number of feature names ≠ number of columns (`expected`, `actual`);
 * - `'unknown-class'`: a target that is not one of `classes` or not a valid class index (`row`);
 * - `'duplicate-class'`, `'too-few-classes'`: bad `classes` list (fewer than 2 labels);
 * - `'bad-option'` (`parameter: 'columnKeys'`): a column key that is not a known one, or a number of
 *   feature keys ≠ number of columns.
 * @example
 * datasetFromArrays({ features: [[50], [60]], targets: [400, 450], featureNames: ['size (m²)'] });
 */
export function datasetFromArrays(input: DatasetInput): Dataset {
  const { features, targets } = input;
  if (!Array.isArray(features) || features.length === 0) {
    throw new DatasetError('empty', 'The data set has no rows.', { actual: 0 });
  }
  const first = features[0];
  const m = Array.isArray(first) ? first.length : 0;
  if (m === 0) {
    throw new DatasetError('no-features', 'The data set has no feature columns (row 1 is empty).', {
      row: 0,
    });
  }
  const names = input.featureNames ?? Array.from({ length: m }, (_, j) => `x${j + 1}`);
  if (names.length !== m) {
    throw new DatasetError(
      'name-count',
      `Expected ${m} feature names (one per column), got ${names.length}.`,
      { expected: m, actual: names.length },
    );
  }

  const rows: number[][] = features.map((row, i) => {
    if (!Array.isArray(row) || row.length !== m) {
      const actual = Array.isArray(row) ? row.length : 0;
      throw new DatasetError(
        'ragged-row',
        `Row ${ordinal(i)} has ${actual} columns, expected ${m} like row 1.`,
        { row: i, expected: m, actual },
      );
    }
    return row.map((cell, j) => toFeatureNumber(cell, i, j, names[j]));
  });

  if (!Array.isArray(targets) || targets.length !== rows.length) {
    const actual = Array.isArray(targets) ? targets.length : 0;
    throw new DatasetError(
      'length-mismatch',
      `There are ${rows.length} rows but ${actual} targets; each row needs exactly one target.`,
      { expected: rows.length, actual },
    );
  }

  const targetName = input.targetName ?? 'y';
  const columnKeys =
    input.columnKeys === undefined ? {} : { columnKeys: checkColumnKeys(input.columnKeys, m) };
  const classes = input.classes ?? inferClasses(targets);
  if (classes === undefined) {
    const ys = targets.map((t, i) => toTargetNumber(t, i, targetName));
    return freeze({ features: rows, targets: ys, featureNames: [...names], targetName, ...columnKeys });
  }
  validateClasses(classes);
  const ys = targets.map((t, i) => toClassIndex(t, i, classes));
  return freeze({
    features: rows,
    targets: ys,
    featureNames: [...names],
    targetName,
    classes: [...classes],
    ...columnKeys,
  });
}

/** A frozen copy of valid column keys for m feature columns. */
function checkColumnKeys(keys: DatasetColumnKeys, m: number): DatasetColumnKeys {
  const issue = columnKeysIssue(keys, m);
  if (issue) {
    const [value, detail] =
      issue.kind === 'count'
        ? [keys.features, `expected ${m} feature keys, one per column`]
        : [issue.value, `"${String(issue.value)}" is not a known column key`];
    throw new DatasetError('bad-option', `columnKeys: ${detail}.`, {
      parameter: 'columnKeys',
      value: String(value),
    });
  }
  return Object.freeze({
    ...(keys.features !== undefined ? { features: Object.freeze([...keys.features]) } : {}),
    ...(keys.target !== undefined ? { target: keys.target } : {}),
  });
}

function toFeatureNumber(cell: unknown, row: number, column: number, name: string | undefined): number {
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  const where = `Row ${ordinal(row)}, column ${ordinal(column)}${name ? ` (${name})` : ''}`;
  if (typeof cell !== 'number' || Number.isNaN(cell)) {
    throw new DatasetError('not-a-number', `${where}: ${describe(cell)} is not a number.`, {
      row,
      column,
      value: String(cell),
      ...(name ? { columnName: name } : {}),
    });
  }
  if (!Number.isFinite(cell)) {
    throw new DatasetError('not-finite', `${where}: ${cell} is not a finite number.`, {
      row,
      column,
      value: String(cell),
      ...(name ? { columnName: name } : {}),
    });
  }
  return cell;
}

function toTargetNumber(t: unknown, row: number, targetName: string): number {
  if (typeof t === 'boolean') return t ? 1 : 0;
  if (typeof t !== 'number' || Number.isNaN(t)) {
    throw new DatasetError(
      'not-a-number',
      `Row ${ordinal(row)}, target (${targetName}): ${describe(t)} is not a number.`,
      { row, value: String(t), columnName: targetName },
    );
  }
  if (!Number.isFinite(t)) {
    throw new DatasetError(
      'not-finite',
      `Row ${ordinal(row)}, target (${targetName}): ${t} is not a finite number.`,
      { row, value: String(t), columnName: targetName },
    );
  }
  return t;
}

/** String targets without a class list: classes in order of first appearance. */
function inferClasses(targets: readonly unknown[]): string[] | undefined {
  if (!targets.some((t) => typeof t === 'string')) return undefined;
  const seen: string[] = [];
  for (const t of targets) {
    if (typeof t === 'string' && !seen.includes(t)) seen.push(t);
  }
  return seen;
}

function validateClasses(classes: readonly string[]): void {
  if (classes.length < 2) {
    throw new DatasetError(
      'too-few-classes',
      `Classification needs at least 2 classes, got ${classes.length}.`,
      { expected: 2, actual: classes.length },
    );
  }
  const duplicate = classes.find((c, i) => classes.indexOf(c) !== i);
  if (duplicate !== undefined) {
    throw new DatasetError('duplicate-class', `The class "${duplicate}" is listed twice.`, {
      value: duplicate,
    });
  }
}

function toClassIndex(t: unknown, row: number, classes: readonly string[]): number {
  if (typeof t === 'string') {
    const k = classes.indexOf(t);
    if (k >= 0) return k;
  } else if (typeof t === 'number' && Number.isInteger(t) && t >= 0 && t < classes.length) {
    return t;
  }
  throw new DatasetError(
    'unknown-class',
    `Row ${ordinal(row)}: ${describe(t)} is not one of the classes ${classes.map((c) => `"${c}"`).join(', ')}.`,
    { row, value: String(t) },
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === undefined) return 'an empty cell';
  if (value === null) return 'null';
  return String(value);
}

function freeze(ds: {
  features: number[][];
  targets: number[];
  featureNames: string[];
  targetName: string;
  classes?: string[];
  columnKeys?: DatasetColumnKeys;
}): Dataset {
  for (const row of ds.features) Object.freeze(row);
  Object.freeze(ds.features);
  Object.freeze(ds.targets);
  Object.freeze(ds.featureNames);
  if (ds.classes) Object.freeze(ds.classes);
  return Object.freeze(ds);
}
