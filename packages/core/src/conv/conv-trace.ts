import { type AxisPair, convGeometry, tapPosition } from './conv-geometry.js';
import { ConvError, checkMatrix } from './errors.js';

/** Channels × rows × columns. A 1-D signal is one row per channel. */
export type Volume = readonly (readonly (readonly number[])[])[];

/** A bank of filters: c_out × c_in × k_rows × k_cols (PyTorch's weight layout). */
export type FilterBank = readonly Volume[];

/** Padding, stride and dilation (defaults 0, 1, 1) and whether to flip the kernel (true convolution). */
export interface ConvolveOptions {
  readonly padding?: AxisPair;
  readonly stride?: AxisPair;
  readonly dilation?: AxisPair;
  /**
   * Deep-learning libraries compute cross-correlation (the kernel as given). `true` flips the kernel
   * in both axes first, which is the convolution of signal processing.
   */
  readonly flip?: boolean;
}

/** One kernel tap of one output value: which input it reads, with which weight. */
export interface ConvTap {
  /** Input channel. */
  readonly channel: number;
  /** Tap position in the kernel. */
  readonly kernelRow: number;
  readonly kernelCol: number;
  /** Position read in the padded input: (row · s_r + kernelRow · d_r, col · s_c + kernelCol · d_c). */
  readonly paddedRow: number;
  readonly paddedCol: number;
  readonly value: number;
  /** The weight used (of the flipped kernel when `flip`). */
  readonly weight: number;
  readonly product: number;
}

/** One output value computed in the open: its receptive field, products and sum. */
export interface ConvTraceStep {
  readonly outChannel: number;
  readonly row: number;
  readonly col: number;
  /** Row of this output in the banded / im2col matrix: row · outCols + col. */
  readonly patch: number;
  readonly taps: ConvTap[];
  readonly sum: number;
}

/** The result of {@link convolve} with its whole trace. */
export interface ConvTrace {
  /** c_out × outRows × outCols. */
  readonly output: number[][][];
  /** The input with zero padding: c_in × (H + 2p_r) × (W + 2p_c). */
  readonly padded: number[][][];
  /** The weights actually slid over the input (flipped when `flip`): c_out × c_in × k_r × k_c. */
  readonly kernel: number[][][][];
  readonly inChannels: number;
  readonly outChannels: number;
  readonly outRows: number;
  readonly outCols: number;
  readonly padding: readonly [number, number];
  readonly stride: readonly [number, number];
  readonly dilation: readonly [number, number];
  readonly flip: boolean;
  /** Output channel by output channel, each in row-major order. */
  readonly steps: ConvTraceStep[];
}

/** Rotates a matrix by 180° (reverses a 1-D kernel): what turns cross-correlation into convolution. */
export function flipKernel(kernel: readonly (readonly number[])[]): number[][] {
  return [...kernel].reverse().map((row) => [...row].reverse());
}

/** Zero padding around every channel. */
export function padVolume(input: Volume, padding: readonly [number, number]): number[][][] {
  return input.map((channel) => {
    const width = (channel[0]?.length ?? 0) + 2 * padding[1];
    const zeroRow = () => new Array<number>(width).fill(0);
    const side = new Array<number>(padding[1]).fill(0);
    return [
      ...Array.from({ length: padding[0] }, zeroRow),
      ...channel.map((row) => [...side, ...row, ...side]),
      ...Array.from({ length: padding[0] }, zeroRow),
    ];
  });
}

/**
 * Checks an input volume and a filter bank fit together; returns [c_in, H, W, c_out, k_r, k_c].
 * @throws ConvError `empty-input`, `ragged-matrix`, `non-finite-value`, `channel-mismatch`.
 */
export function checkShapes(
  input: Volume,
  filters: FilterBank,
): [number, number, number, number, number, number] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new ConvError('empty-input', 'The input needs at least one channel.', { what: 'input' });
  }
  if (!Array.isArray(filters) || filters.length === 0) {
    throw new ConvError('empty-input', 'The kernel needs at least one output channel.', { what: 'kernel' });
  }
  const [H, W] = checkMatrix(input[0] as number[][], 'The input');
  input.forEach((channel, c) => {
    const [h, w] = checkMatrix(channel as number[][], `Input channel ${c}`);
    if (h !== H || w !== W)
      throw new ConvError('ragged-matrix', `Input channel ${c} is ${h} × ${w}; channel 0 is ${H} × ${W}.`, {
        what: 'input',
        channel: c,
      });
  });
  const first = filters[0]?.[0];
  if (!first) throw new ConvError('empty-input', 'The kernel is empty.', { what: 'kernel' });
  const [kr, kc] = checkMatrix(first as number[][], 'The kernel');
  filters.forEach((filter, o) => {
    if (!Array.isArray(filter) || filter.length !== input.length) {
      throw new ConvError(
        'channel-mismatch',
        `Filter ${o} has ${Array.isArray(filter) ? filter.length : 0} input channels; the input has ${input.length}.`,
        { outChannel: o, expected: input.length, actual: Array.isArray(filter) ? filter.length : 0 },
      );
    }
    filter.forEach((slice, c) => {
      const [h, w] = checkMatrix(slice as number[][], `Kernel ${o}, channel ${c}`);
      if (h !== kr || w !== kc)
        throw new ConvError(
          'ragged-matrix',
          `Kernel ${o}, channel ${c} is ${h} × ${w}; the first is ${kr} × ${kc}.`,
          {
            what: 'kernel',
            outChannel: o,
            channel: c,
          },
        );
    });
  });
  return [input.length, H, W, filters.length, kr, kc];
}

/**
 * A convolution layer's forward pass written out (plain float64 JavaScript, exact for the numbers
 * a lesson uses), for any number of input and output channels, in 1-D (one row, k_r = 1, no
 * row padding) or 2-D:
 *
 *   y[o][i][j] = Σ_c Σ_a Σ_b x̃[c][i·s_r + a·d_r][j·s_c + b·d_c] · w[o][c][a][b]
 *
 * with x̃ the zero-padded input and w the kernel (flipped by 180° when `flip`). Same numbers as
 * `tf.conv1d` / `tf.conv2d` (checked in the tests). Each output records its taps: the receptive
 * field, the products and their sum.
 *
 * @example convolve([[[1, 2, 3, 4, 5]]], [[[[1, 0, -1]]]]).output // [[[-2, -2, -2]]]
 * @throws ConvError for shapes that do not fit (see `checkShapes` and `outputSize`).
 */
export function convolve(input: Volume, filters: FilterBank, options: ConvolveOptions = {}): ConvTrace {
  const [C, H, W, O, kr, kc] = checkShapes(input, filters);
  const geometry = convGeometry(H, W, kr, kc, options);
  const { padding, stride, dilation, outRows, outCols } = geometry;
  const flip = options.flip ?? false;
  const padded = padVolume(input, padding);
  const kernel = filters.map((filter) =>
    filter.map((slice) => (flip ? flipKernel(slice) : slice.map((row) => [...row]))),
  );
  const steps: ConvTraceStep[] = [];
  const output: number[][][] = [];
  for (let o = 0; o < O; o++) {
    const plane: number[][] = [];
    for (let i = 0; i < outRows; i++) {
      const row: number[] = [];
      for (let j = 0; j < outCols; j++) {
        const taps: ConvTap[] = [];
        let sum = 0;
        for (let c = 0; c < C; c++) {
          for (let a = 0; a < kr; a++) {
            for (let b = 0; b < kc; b++) {
              const [paddedRow, paddedCol] = tapPosition(geometry, i, j, a, b);
              const value = padded[c]?.[paddedRow]?.[paddedCol] as number;
              const weight = kernel[o]?.[c]?.[a]?.[b] as number;
              const product = value * weight;
              sum += product;
              taps.push({
                channel: c,
                kernelRow: a,
                kernelCol: b,
                paddedRow,
                paddedCol,
                value,
                weight,
                product,
              });
            }
          }
        }
        steps.push({ outChannel: o, row: i, col: j, patch: i * outCols + j, taps, sum });
        row.push(sum);
      }
      plane.push(row);
    }
    output.push(plane);
  }
  return {
    output,
    padded,
    kernel,
    inChannels: C,
    outChannels: O,
    outRows,
    outCols,
    padding,
    stride,
    dilation,
    flip,
    steps,
  };
}
