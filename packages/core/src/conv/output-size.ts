import { ConvError } from './errors.js';

/** Sizes along one axis of a convolution. */
export interface OutputSizeOptions {
  /** Input length n (≥ 1). */
  readonly input: number;
  /** Kernel length k (≥ 1). */
  readonly kernel: number;
  /** Zeros added at each end p (≥ 0, default 0). */
  readonly padding?: number;
  /** Step between windows s (≥ 1, default 1). */
  readonly stride?: number;
  /** Spacing d between the kernel's taps (≥ 1, default 1): the kernel spans d(k − 1) + 1 cells. */
  readonly dilation?: number;
}

/**
 * Output length of a convolution along one axis:
 *
 *   out = ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1      (with d = 1: ⌊(n + 2p − k) / s⌋ + 1)
 *
 * For example n = 5, k = 3, p = 0, s = 1 → 3; n = 7, k = 3, p = 1, s = 2 → 4;
 * a 28 × 28 image with k = 5, p = 2, s = 1 stays 28 × 28 ("same" padding).
 *
 * @throws ConvError `invalid-input-size`, `invalid-kernel-size` (not positive integers),
 *   `invalid-padding` (not an integer ≥ 0), `invalid-stride` (not an integer ≥ 1),
 *   `invalid-dilation` (not an integer ≥ 1),
 *   `kernel-too-large` (d(k − 1) + 1 > n + 2p: the kernel does not fit even once).
 */
export function outputSize(options: OutputSizeOptions): number {
  const { input: n, kernel: k } = options;
  const p = options.padding ?? 0;
  const s = options.stride ?? 1;
  const d = options.dilation ?? 1;
  const isInt = (v: unknown, min: number): boolean =>
    typeof v === 'number' && Number.isInteger(v) && v >= min;
  if (!isInt(n, 1)) {
    throw new ConvError('invalid-input-size', `Input size must be an integer ≥ 1, got ${String(n)}.`, {
      input: n,
    });
  }
  if (!isInt(k, 1)) {
    throw new ConvError('invalid-kernel-size', `Kernel size must be an integer ≥ 1, got ${String(k)}.`, {
      kernel: k,
    });
  }
  if (!isInt(p, 0)) {
    throw new ConvError('invalid-padding', `Padding must be an integer ≥ 0, got ${String(p)}.`, {
      padding: p,
    });
  }
  if (!isInt(s, 1)) {
    throw new ConvError('invalid-stride', `Stride must be an integer ≥ 1, got ${String(s)}.`, { stride: s });
  }
  if (!isInt(d, 1)) {
    throw new ConvError('invalid-dilation', `Dilation must be an integer ≥ 1, got ${String(d)}.`, {
      dilation: d,
    });
  }
  const span = d * (k - 1) + 1;
  if (span > n + 2 * p) {
    throw new ConvError(
      'kernel-too-large',
      `A kernel spanning ${span} cells does not fit an input of size ${n} with padding ${p} (n + 2p = ${n + 2 * p}).`,
      d === 1 ? { input: n, kernel: k, padding: p } : { input: n, kernel: k, padding: p, dilation: d, span },
    );
  }
  return Math.floor((n + 2 * p - span) / s) + 1;
}
