import { checkMatrix } from './errors.js';
import { outputSize } from './output-size.js';

/** A size given once for both axes, or as [rows, columns]. */
export type PerAxis = number | readonly [number, number];

/** Padding and stride of a 2D convolution (defaults 0 and 1), each one number or [rows, columns]. */
export interface Conv2dOptions {
  readonly padding?: PerAxis;
  readonly stride?: PerAxis;
}

/** One output value of a 2D convolution, computed in the open. */
export interface Conv2dStep {
  /** Output position. */
  readonly row: number;
  readonly col: number;
  /** Top-left corner of the window in the padded input: (row · s_r, col · s_c). */
  readonly top: number;
  readonly left: number;
  /** The k_r × k_c input values under the kernel (padding zeros included). */
  readonly window: number[][];
  readonly kernel: number[][];
  /** window[a][b] · kernel[a][b]. */
  readonly products: number[][];
  /** Σ products: the output value. */
  readonly sum: number;
}

/** A 2D convolution's result with its trace (steps in row-major output order). */
export interface Conv2dResult {
  readonly output: number[][];
  /** The input with zero padding around it. */
  readonly padded: number[][];
  readonly padding: readonly [number, number];
  readonly stride: readonly [number, number];
  readonly steps: Conv2dStep[];
}

function pair(value: PerAxis | undefined, fallback: number): [number, number] {
  if (value === undefined) return [fallback, fallback];
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}

/**
 * 2D convolution of a single-channel matrix, as deep learning defines it (cross-correlation, the
 * kernel is not flipped):
 *
 *   out[r][c] = Σₐ Σ_b x̃[r·s_r + a][c·s_c + b] · k[a][b]
 *
 * where x̃ is x with zero padding; the output is ⌊(H + 2p_r − k_r)/s_r⌋ + 1 rows by
 * ⌊(W + 2p_c − k_c)/s_c⌋ + 1 columns. Same result as `tf.conv2d` with one channel and one filter.
 *
 * @throws ConvError `empty-input`, `ragged-matrix`, `non-finite-value`, and the errors of `outputSize`.
 */
export function conv2d(
  input: readonly (readonly number[])[],
  kernel: readonly (readonly number[])[],
  options: Conv2dOptions = {},
): Conv2dResult {
  const [H, W] = checkMatrix(input, 'The input');
  const [kh, kw] = checkMatrix(kernel, 'The kernel');
  const padding = pair(options.padding, 0);
  const stride = pair(options.stride, 1);
  const rows = outputSize({ input: H, kernel: kh, padding: padding[0], stride: stride[0] });
  const cols = outputSize({ input: W, kernel: kw, padding: padding[1], stride: stride[1] });
  const paddedWidth = W + 2 * padding[1];
  const zeroRow = (): number[] => new Array<number>(paddedWidth).fill(0);
  const sidePad = new Array<number>(padding[1]).fill(0);
  const padded: number[][] = [
    ...Array.from({ length: padding[0] }, zeroRow),
    ...input.map((row) => [...sidePad, ...row, ...sidePad]),
    ...Array.from({ length: padding[0] }, zeroRow),
  ];
  const kernelCopy = kernel.map((r) => [...r]);
  const steps: Conv2dStep[] = [];
  const output: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const outRow: number[] = [];
    for (let c = 0; c < cols; c++) {
      const top = r * stride[0];
      const left = c * stride[1];
      const window = padded.slice(top, top + kh).map((row) => row.slice(left, left + kw));
      const products = window.map((row, a) => row.map((v, b) => v * (kernel[a]?.[b] as number)));
      const sum = products.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
      steps.push({ row: r, col: c, top, left, window, kernel: kernelCopy, products, sum });
      outRow.push(sum);
    }
    output.push(outRow);
  }
  return { output, padded, padding, stride, steps };
}
