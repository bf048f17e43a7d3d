import { type AxisPair, convGeometry, tapPosition } from './conv-geometry.js';
import { checkShapes, type FilterBank, flipKernel, padVolume, type Volume } from './conv-trace.js';
import { outputSize } from './output-size.js';

/** Options of {@link bandedMatrix}. */
export interface BandedOptions {
  readonly padding?: number;
  readonly stride?: number;
  readonly dilation?: number;
}

/**
 * "Stacking and shifting" a 1-D kernel: the banded (Toeplitz) matrix T whose row i holds the kernel
 * taps at columns i·s + j·d and zeros elsewhere, so that T · x̃ = y, with x̃ the input padded with
 * p zeros at each end. T has one row per output and n + 2p columns.
 *
 * @example bandedMatrix(5, [1, 0, -1]) // rows (1, 0, −1, 0, 0), (0, 1, 0, −1, 0), (0, 0, 1, 0, −1)
 * @throws ConvError the errors of `outputSize`.
 */
export function bandedMatrix(
  inputLength: number,
  kernel: readonly number[],
  options: BandedOptions = {},
): number[][] {
  const padding = options.padding ?? 0;
  const stride = options.stride ?? 1;
  const dilation = options.dilation ?? 1;
  const rows = outputSize({ input: inputLength, kernel: kernel.length, padding, stride, dilation });
  const width = inputLength + 2 * padding;
  return Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(width).fill(0);
    kernel.forEach((weight, j) => {
      row[i * stride + j * dilation] = weight;
    });
    return row;
  });
}

/** Matrix times vector, in float64. */
export function matVec(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, v, j) => sum + v * (vector[j] as number), 0));
}

/** The im2col form of a convolution layer: patches as rows, times the flattened kernels. */
export interface Im2col {
  /** One row per output position (row-major), c_in · k_r · k_c entries: the receptive field, flattened. */
  readonly patches: number[][];
  /** Where each patch entry was read in the padded input: [channel, row, col]. */
  readonly positions: [number, number, number][][];
  /** One column per output channel: each (possibly flipped) filter flattened in the same order. */
  readonly kernelColumns: number[][];
  /** patches · kernelColumns: one row per output position, one column per output channel. */
  readonly product: number[][];
  readonly outRows: number;
  readonly outCols: number;
}

/**
 * im2col: every window the kernel visits, flattened (channel, then row, then column) and stacked
 * as the rows of one matrix; the convolution is then a single matrix product with the flattened
 * kernels, which is how many libraries run convolutions on matrix-multiply hardware.
 *
 * @throws ConvError for shapes that do not fit (see `convolve`).
 */
export function im2col(
  input: Volume,
  filters: FilterBank,
  options: { padding?: AxisPair; stride?: AxisPair; dilation?: AxisPair; flip?: boolean } = {},
): Im2col {
  const [C, H, W, , kr, kc] = checkShapes(input, filters);
  const geometry = convGeometry(H, W, kr, kc, options);
  const { padding, outRows, outCols } = geometry;
  const padded = padVolume(input, padding);
  const patches: number[][] = [];
  const positions: [number, number, number][][] = [];
  for (let i = 0; i < outRows; i++) {
    for (let j = 0; j < outCols; j++) {
      const patch: number[] = [];
      const where: [number, number, number][] = [];
      for (let c = 0; c < C; c++) {
        for (let a = 0; a < kr; a++) {
          for (let b = 0; b < kc; b++) {
            const [r, col] = tapPosition(geometry, i, j, a, b);
            patch.push(padded[c]?.[r]?.[col] as number);
            where.push([c, r, col]);
          }
        }
      }
      patches.push(patch);
      positions.push(where);
    }
  }
  const kernelColumns = filters.map((filter) =>
    filter.flatMap((slice) => (options.flip ? flipKernel(slice) : slice).flatMap((row) => [...row])),
  );
  const product = patches.map((patch) =>
    kernelColumns.map((column) => patch.reduce((s, v, t) => s + v * (column[t] as number), 0)),
  );
  return { patches, positions, kernelColumns, product, outRows, outCols };
}
