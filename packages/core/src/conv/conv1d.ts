import { ConvError, checkFinite } from './errors.js';
import { outputSize } from './output-size.js';

/** Padding, stride and dilation of a convolution (defaults 0, 1 and 1). */
export interface Conv1dOptions {
  readonly padding?: number;
  readonly stride?: number;
  /** Spacing between the kernel's taps: tap j reads x̃[i·s + j·d]. */
  readonly dilation?: number;
}

/** One output value of a 1D convolution, computed in the open. */
export interface Conv1dStep {
  /** Output index i. */
  readonly index: number;
  /** Where the window starts in the padded input: i · s. */
  readonly start: number;
  /** Where it starts in the original input (i · s − p; negative inside the left padding). */
  readonly inputStart: number;
  /** Positions in the padded input read by each tap: start + j · d. */
  readonly positions: number[];
  /** The k input values under the kernel (padding zeros included). */
  readonly window: number[];
  readonly kernel: number[];
  /** window[j] · kernel[j]. */
  readonly products: number[];
  /** Σ products: the output value. */
  readonly sum: number;
}

/** A 1D convolution's result with its trace. */
export interface Conv1dResult {
  readonly output: number[];
  /** The input with p zeros at each end. */
  readonly padded: number[];
  readonly padding: number;
  readonly stride: number;
  readonly dilation: number;
  readonly steps: Conv1dStep[];
}

/**
 * 1D convolution as deep learning defines it, which is really cross-correlation (the kernel is
 * not flipped):
 *
 *   out[i] = Σⱼ x̃[i·s + j·d] · k[j],   j = 0 … k−1,   where x̃ is x with p zeros on each side,
 *
 * for i = 0 … ⌊(n + 2p − d(k − 1) − 1)/s⌋ (see {@link outputSize}). Same result as `tf.conv1d`. Plain
 * JavaScript, with a step-by-step trace for each output value.
 *
 * @example conv1d([1, 2, 3, 4, 5], [1, 0, -1]).output // [-2, -2, -2]
 * @throws ConvError `empty-input`, `non-finite-value`, and the errors of {@link outputSize}.
 */
export function conv1d(
  input: readonly number[],
  kernel: readonly number[],
  options: Conv1dOptions = {},
): Conv1dResult {
  if (!Array.isArray(input) || input.length === 0) {
    throw new ConvError('empty-input', 'The input must be a non-empty array of numbers.', { what: 'input' });
  }
  if (!Array.isArray(kernel) || kernel.length === 0) {
    throw new ConvError('invalid-kernel-size', 'The kernel must be a non-empty array of numbers.', {
      kernel: 0,
    });
  }
  checkFinite(input, 'The input');
  checkFinite(kernel, 'The kernel');
  const padding = options.padding ?? 0;
  const stride = options.stride ?? 1;
  const dilation = options.dilation ?? 1;
  const count = outputSize({ input: input.length, kernel: kernel.length, padding, stride, dilation });
  const zeros = new Array<number>(padding).fill(0);
  const padded = [...zeros, ...input, ...zeros];
  const steps: Conv1dStep[] = [];
  for (let i = 0; i < count; i++) {
    const start = i * stride;
    const positions = kernel.map((_, j) => start + j * dilation);
    const window = positions.map((at) => padded[at] as number);
    const products = window.map((v, j) => v * (kernel[j] as number));
    const sum = products.reduce((a, b) => a + b, 0);
    steps.push({
      index: i,
      start,
      inputStart: start - padding,
      positions,
      window,
      kernel: [...kernel],
      products,
      sum,
    });
  }
  return { output: steps.map((s) => s.sum), padded, padding, stride, dilation, steps };
}
