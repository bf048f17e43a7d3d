/**
 * The settings of `<gd-normalization>`: parsers for its attributes, and the tensor they describe
 * (a `shape` N, C, H, W and/or `data` rows), checked against each other.
 */
import {
  createRandom,
  NORMALIZATION_KINDS,
  type NormalizationKind,
  sizeOf,
  type TensorShape,
} from '@gd-playground/core';
import {
  type AttributeProblem,
  fail,
  ok,
  type Parsed,
  parseInRange,
  parseNumber,
  parseNumberList,
  parseOption,
} from '../internal/attributes.js';

/** The default tensor: 4 examples, 3 channels, 2 × 2 positions. */
export const DEFAULT_SHAPE: TensorShape = [4, 3, 2, 2];
/** Most cells the grid draws (beyond that the numbers stop being readable). */
export const MAX_CELLS = 256;

/** `"4,3,2,2"` (N, C, H, W), each a whole number ≥ 1, at most {@link MAX_CELLS} cells in all. */
export function parseShape(text: string): Parsed<TensorShape> {
  const parts = text
    .split(/[,\s×x]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const values = parts.map(Number);
  if (values.length !== 4 || values.some((v) => !Number.isInteger(v) || v < 1)) return fail('bad-shape');
  const shape = values as unknown as TensorShape;
  if (sizeOf(shape) > MAX_CELLS) return fail('too-many-cells', { max: MAX_CELLS });
  return ok(shape);
}

/** Rows of numbers: `"1,2;3,6;5,10"` (rows by `;` or new lines, values by `,` or spaces), all of one length. */
export function parseRows(text: string): Parsed<number[][]> {
  const rows = text
    .split(/[;\n]+/)
    .map((row) => row.trim())
    .filter((row) => row !== '');
  if (rows.length === 0) return fail('empty');
  const parsed = rows.map((row) =>
    row
      .split(/[,\s]+/)
      .filter((part) => part !== '')
      .map(Number),
  );
  const bad = parsed.findIndex((row) => row.some((v) => !Number.isFinite(v)));
  if (bad >= 0) return fail('bad-row', { row: bad + 1 });
  const width = parsed[0]?.length ?? 0;
  const ragged = parsed.findIndex((row) => row.length !== width);
  if (ragged >= 0) return fail('ragged-rows', { row: ragged + 1, count: parsed[ragged]?.length ?? 0, width });
  if (parsed.length * width > MAX_CELLS) return fail('too-many-cells', { max: MAX_CELLS });
  return ok(parsed);
}

/** One of the four kinds. */
export function parseKind(text: string): Parsed<NormalizationKind> {
  return parseOption(text, NORMALIZATION_KINDS);
}

/** A whole number ≥ 1 (the number of groups). */
export function parseCount(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return Number.isInteger(parsed.value) && parsed.value >= 1 ? parsed : fail('not-whole');
}

/** ε: a number from 0 to 1. */
export function parseEpsilon(text: string): Parsed<number> {
  return parseInRange(text, 0, 1);
}

/** A list of numbers for γ or β (one per channel; the count is checked against C later). */
export function parsePerChannel(text: string): Parsed<number[]> {
  return parseNumberList(text);
}

/** The tensor the widget shows. */
export interface TensorInput {
  readonly shape: TensorShape;
  /** Flat, row-major N, C, H, W. */
  readonly values: readonly number[];
  /** True for 2-D data (N × features, H = W = 1): the fully connected case. */
  readonly fullyConnected: boolean;
}

/**
 * A readable default tensor: small numbers with one decimal, each channel with its own centre and
 * spread (so batch norm's per-channel statistics differ visibly), seeded so every page shows the same.
 */
export function defaultValues(shape: TensorShape): number[] {
  const [N, C, H, W] = shape;
  const rng = createRandom('gd-normalization');
  const out: number[] = [];
  for (let n = 0; n < N; n++)
    for (let c = 0; c < C; c++)
      for (let i = 0; i < H * W; i++) {
        const centre = [2, -1, 5, 0, 3, -2, 1, 4][c % 8] as number;
        const spread = [1, 3, 0.5, 2][c % 4] as number;
        out.push(Math.round((centre + spread * rng.normal()) * 10) / 10);
      }
  return out;
}

/** The tensor shown when neither `shape` nor `data` is given. */
export function defaultTensor(): TensorInput {
  return { shape: DEFAULT_SHAPE, values: defaultValues(DEFAULT_SHAPE), fullyConnected: false };
}

/**
 * Combines `shape` and `data` into the tensor to show, or says what does not fit:
 * - neither: the default shape with {@link defaultValues};
 * - `shape` only: that shape with default values;
 * - `data` only: N × features, H = W = 1 (a fully connected layer's activations);
 * - both: N rows of C·H·W values each.
 */
export function resolveTensor(
  shape: TensorShape | undefined,
  data: readonly (readonly number[])[] | undefined,
):
  | { readonly ok: true; readonly tensor: TensorInput }
  | { readonly ok: false; readonly problem: AttributeProblem } {
  if (!data) {
    if (!shape) return { ok: true, tensor: defaultTensor() };
    return { ok: true, tensor: { shape, values: defaultValues(shape), fullyConnected: false } };
  }
  const rows = data.length;
  const width = data[0]?.length ?? 0;
  if (!shape) {
    return { ok: true, tensor: { shape: [rows, width, 1, 1], values: data.flat(), fullyConnected: true } };
  }
  const [N, C, H, W] = shape;
  if (rows !== N || width !== C * H * W) {
    return {
      ok: false,
      problem: {
        code: 'shape-mismatch',
        params: { rows, width, n: N, perRow: C * H * W, shape: shape.join(', ') },
      },
    };
  }
  return { ok: true, tensor: { shape, values: data.flat(), fullyConnected: H === 1 && W === 1 } };
}

/**
 * A new training batch like the first: each cell drawn from a normal distribution with its channel's
 * mean and standard deviation in `first`, one decimal, seeded by the batch number.
 */
export function drawBatch(first: TensorInput, batch: number, size = first.shape[0]): number[] {
  const [N, C, H, W] = first.shape;
  const per = H * W;
  const stats = Array.from({ length: C }, (_, c) => {
    const values: number[] = [];
    for (let n = 0; n < N; n++)
      for (let i = 0; i < per; i++) values.push(first.values[(n * C + c) * per + i] as number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    return { mean, sd: sd || 1 };
  });
  const rng = createRandom(`gd-normalization/batch ${batch}`);
  const out: number[] = [];
  for (let n = 0; n < size; n++)
    for (let c = 0; c < C; c++)
      for (let i = 0; i < per; i++) {
        const { mean, sd } = stats[c] as { mean: number; sd: number };
        out.push(Math.round((mean + sd * rng.normal()) * 10) / 10);
      }
  return out;
}
