import { datasetFromArrays } from './create.js';
import type { Dataset } from './dataset.js';
import { DatasetError } from './errors.js';

/** Options for {@link datasetFromCsv}. */
export interface CsvOptions {
  /** Target column: its header name, or its 0-based index. Default: the last column. */
  readonly target?: string | number;
  /**
   * Class labels in index order. When given, the target column is always read as class labels
   * (even if they look like numbers, e.g. `0`/`1`) and each label must be one of these.
   */
  readonly classes?: readonly string[];
}

/** A delimiter that {@link datasetFromCsv} recognises. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One parsed CSV record. */
export interface CsvRecord {
  readonly cells: string[];
  /** 1-based line where the record starts. */
  readonly line: number;
}

/**
 * Reads a data set from CSV text (as pasted into a widget or fetched from a file).
 *
 * Format:
 * - the first non-blank line is the header (column names);
 * - the delimiter is detected from the header: comma, semicolon or tab (the most frequent one
 *   outside quotes; comma on a tie);
 * - fields may be quoted with `"`; inside quotes the delimiter and line breaks are literal and
 *   `""` stands for one quote; unquoted fields are trimmed; blank lines are skipped;
 * - feature cells must be numbers (`3`, `-0.5`, `1e3`); `true`/`false` read as 1/0; with a
 *   semicolon or tab delimiter a decimal comma (`3,5`) is accepted too;
 * - the target column is numeric (regression) when every cell is a number and `classes` is not
 *   given; otherwise its cells are class labels, indexed in order of first appearance, or in the
 *   order of `options.classes` (so `true`/`false` or `yes`/`no` targets become two classes). One
 *   non-numeric cell is enough to make the whole column labels.
 *
 * Rows in errors: `row` is the 0-based data row (the header is not counted, blank lines are not
 * counted), `line` the 1-based line of the text, `column` the 0-based column of the CSV; the
 * message says e.g. "Row 3 (line 4), column "size"".
 *
 * @throws {DatasetError} `'empty'` (no header or no data rows), `'ragged-row'`, `'unknown-column'`
 * (target not found), `'no-features'` (only a target column), `'missing-value'` (empty cell),
 * `'not-a-number'`, `'not-finite'` (`inf`), `'unknown-class'`, and the codes of
 * {@link datasetFromArrays}.
 * @example
 * datasetFromCsv('size;price\n50;400\n60;450'); // featureNames ['size'], targetName 'price'
 */
export function datasetFromCsv(text: string, options: CsvOptions = {}): Dataset {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records = parseCsv(source, delimiter);
  const header = records[0];
  if (header === undefined) {
    throw new DatasetError('empty', 'The CSV text is empty: it needs a header row and data rows.', {
      actual: 0,
    });
  }
  const names = header.cells.map((name, j) => name || `column ${j + 1}`);
  const data = records.slice(1);
  if (data.length === 0) {
    throw new DatasetError('empty', 'The CSV text has a header but no data rows.', { actual: 0 });
  }
  const width = names.length;
  data.forEach((record, i) => {
    if (record.cells.length !== width) {
      throw new DatasetError(
        'ragged-row',
        `Row ${i + 1} (line ${record.line}) has ${record.cells.length} cells, expected ${width} like the header.`,
        { row: i, line: record.line, expected: width, actual: record.cells.length },
      );
    }
  });

  const targetColumn = resolveTarget(options.target, names);
  if (width < 2) {
    throw new DatasetError('no-features', 'The CSV has only a target column and no feature columns.', {
      expected: 2,
      actual: width,
    });
  }
  const featureColumns = names.map((_, j) => j).filter((j) => j !== targetColumn);
  const allowDecimalComma = delimiter !== ',';

  const features = data.map((record, i) =>
    featureColumns.map((j) =>
      parseCell(
        record.cells[j] ?? '',
        { row: i, line: record.line, column: j, name: names[j] ?? '' },
        allowDecimalComma,
      ),
    ),
  );

  const rawTargets = data.map((record, i) => {
    const cell = record.cells[targetColumn] ?? '';
    if (cell === '') {
      throw missingValue({
        row: i,
        line: record.line,
        column: targetColumn,
        name: names[targetColumn] ?? '',
      });
    }
    return cell;
  });
  const numericTargets = rawTargets.map((cell) => parseNumber(cell, allowDecimalComma, false));
  // `inf` counts as numeric here so that datasetFromArrays reports it as 'not-finite'.
  const isRegression = options.classes === undefined && numericTargets.every((v) => v !== undefined);

  let targets: readonly (number | string)[];
  if (isRegression) {
    targets = numericTargets as number[];
  } else {
    targets = rawTargets;
    if (options.classes !== undefined) {
      const known = options.classes;
      rawTargets.forEach((label, i) => {
        if (!known.includes(label)) {
          const line = data[i]?.line ?? 0;
          throw new DatasetError(
            'unknown-class',
            `Row ${i + 1} (line ${line}), column "${names[targetColumn]}": "${label}" is not one of the classes ${known
              .map((c) => `"${c}"`)
              .join(', ')}.`,
            { row: i, line, column: targetColumn, columnName: names[targetColumn] ?? '', value: label },
          );
        }
      });
    }
  }

  return datasetFromArrays({
    features,
    targets,
    featureNames: featureColumns.map((j) => names[j] ?? ''),
    targetName: names[targetColumn] ?? '',
    ...(options.classes !== undefined ? { classes: options.classes } : {}),
  });
}

interface CellPlace {
  row: number;
  line: number;
  column: number;
  name: string;
}

function resolveTarget(target: string | number | undefined, names: readonly string[]): number {
  if (target === undefined) return names.length - 1;
  if (typeof target === 'number') {
    if (Number.isInteger(target) && target >= 0 && target < names.length) return target;
    throw new DatasetError(
      'unknown-column',
      `Target column index ${target} does not exist: the CSV has columns 0 to ${names.length - 1}.`,
      { column: target, expected: names.length, parameter: 'target' },
    );
  }
  const j = names.indexOf(target.trim());
  if (j < 0) {
    throw new DatasetError(
      'unknown-column',
      `There is no column named "${target}"; the columns are ${names.map((n) => `"${n}"`).join(', ')}.`,
      { value: target, parameter: 'target' },
    );
  }
  return j;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const INFINITE = /^[+-]?(inf|infinity)$/i;

/** Parses a trimmed cell; undefined when it is not a number. ±Infinity for `inf`/`Infinity`. */
function parseNumber(cell: string, allowDecimalComma: boolean, allowBoolean = true): number | undefined {
  if (NUMBER.test(cell)) return Number(cell);
  if (allowDecimalComma && DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
  if (INFINITE.test(cell)) return cell.startsWith('-') ? -Infinity : Infinity;
  if (!allowBoolean) return undefined;
  const lower = cell.toLowerCase();
  if (lower === 'true') return 1;
  if (lower === 'false') return 0;
  return undefined;
}

function parseCell(cell: string, place: CellPlace, allowDecimalComma: boolean): number {
  if (cell === '') throw missingValue(place);
  const value = parseNumber(cell, allowDecimalComma);
  const where = `Row ${place.row + 1} (line ${place.line}), column "${place.name}"`;
  const details = {
    row: place.row,
    line: place.line,
    column: place.column,
    columnName: place.name,
    value: cell,
  };
  if (value === undefined) {
    throw new DatasetError('not-a-number', `${where}: "${cell}" is not a number.`, details);
  }
  if (!Number.isFinite(value)) {
    throw new DatasetError('not-finite', `${where}: "${cell}" is not a finite number.`, details);
  }
  return value;
}

function missingValue(place: CellPlace): DatasetError {
  return new DatasetError(
    'missing-value',
    `Row ${place.row + 1} (line ${place.line}), column "${place.name}" is empty.`,
    { row: place.row, line: place.line, column: place.column, columnName: place.name },
  );
}

/** Picks the delimiter that occurs most often outside quotes in the first non-blank line. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let sawContent = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (sawContent) break;
    } else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) {
      counts[ch]++;
      sawContent = true;
    } else if (ch.trim() !== '') sawContent = true;
  }
  // Comma first so it wins ties.
  const order: CsvDelimiter[] = [',', ';', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

/**
 * Splits CSV text into records of trimmed cells (RFC 4180 quoting), skipping blank lines
 * (lines whose cells are all empty and unquoted, such as `,,` from a spreadsheet).
 * Quoted content is kept as written, only whitespace outside the quotes is trimmed.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // the current cell had a quoted part
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;

  const endCell = () => {
    cells.push(quoted ? cell : cell.trim());
    cell = '';
    quoted = false;
  };
  const endRecord = () => {
    endCell();
    const blank = cells.every((c) => c === '') && !quotedBlank;
    if (!blank) records.push({ cells, line: recordLine });
    cells = [];
    quotedBlank = false;
  };
  // A line holding only "" is a record with one empty cell, not a blank line.
  let quotedBlank = false;

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      // Whitespace before an opening quote is dropped.
      if (!quoted) cell = '';
      inQuotes = true;
      quoted = true;
      quotedBlank = true;
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (quoted) {
      // Text after a closing quote is ignored unless it is whitespace (tolerant reading).
      if (ch.trim() !== '') cell += ch;
    } else {
      cell += ch;
    }
  }
  endRecord();
  return records;
}
