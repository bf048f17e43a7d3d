/**
 * Softmax, log-softmax and cross-entropy for one example, written three ways so a lesson can put
 * them side by side (curriculum B.4):
 *
 * - **stable, float64** (what a widget displays): subtract the maximum m first, so every exponent
 *   is ≤ 0, then  pᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m)  and  log pᵢ = zᵢ − m − ln Σⱼ e^(zⱼ − m);
 * - **naive, float32** (what goes wrong): e^zᵢ first, then divide. In float32 e^z overflows to ∞
 *   for z > 88.72, and ∞/∞ is NaN, so logits (1000, 1001, 1002) give (NaN, NaN, NaN);
 * - **on tfjs tensors** (the same two forms as ops), for the tests and for tensor code paths: in
 *   softmax-tensor.ts, so a page that shows only the float64 and float32 numbers (`<gd-softmax>`)
 *   does not load tfjs at all.
 *
 * A temperature T divides the logits first: softmax(z / T). T → 0 approaches one-hot, large T
 * approaches uniform.
 */
/** Every intermediate of the stable computation, in float64. */
export interface StableSoftmaxSteps {
  /** The logits divided by the temperature. */
  readonly scaled: number[];
  /** m = max scaledᵢ. */
  readonly max: number;
  /** e^(scaledᵢ − m): every one in (0, 1], the largest exactly 1. */
  readonly exps: number[];
  /** Σ e^(scaledᵢ − m), in [1, k]. */
  readonly sum: number;
  /** m + ln Σ e^(scaledᵢ − m) = ln Σ e^scaledᵢ, without overflow. */
  readonly logSumExp: number;
  readonly probabilities: number[];
  /** scaledᵢ − logSumExp. */
  readonly logProbabilities: number[];
}

/** Every intermediate of the naive computation, rounded to float32 at each step as a GPU would. */
export interface NaiveSoftmaxSteps {
  /** e^zᵢ in float32 (∞ above about 88.72). */
  readonly exps: number[];
  /** Σ e^zᵢ in float32. */
  readonly sum: number;
  /** e^zᵢ / Σ: NaN when both overflowed (∞/∞). */
  readonly probabilities: number[];
}

function scale(logits: readonly number[], temperature: number): number[] {
  return logits.map((z) => z / temperature);
}

/** The stable softmax and its intermediates, float64. */
export function stableSoftmaxSteps(logits: readonly number[], temperature = 1): StableSoftmaxSteps {
  const scaled = scale(logits, temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  const logSum = Math.log(sum);
  return {
    scaled,
    max,
    exps,
    sum,
    logSumExp: max + logSum,
    probabilities: exps.map((e) => e / sum),
    logProbabilities: scaled.map((z) => z - max - logSum),
  };
}

/** The naive softmax (exp, then divide), rounding every intermediate to float32 with `Math.fround`. */
export function naiveSoftmaxFloat32(logits: readonly number[], temperature = 1): NaiveSoftmaxSteps {
  const f = Math.fround;
  const exps = logits.map((z) => f(Math.exp(f(f(z) / f(temperature)))));
  let sum = 0;
  for (const e of exps) sum = f(sum + e);
  return { exps, sum, probabilities: exps.map((e) => f(e / sum)) };
}

/** softmax(z / T), stable, float64. */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  return stableSoftmaxSteps(logits, temperature).probabilities;
}

/** log softmax(z / T), stable, float64. */
export function logSoftmax(logits: readonly number[], temperature = 1): number[] {
  return stableSoftmaxSteps(logits, temperature).logProbabilities;
}

/** Cross-entropy −log p_target of softmax(z / T), float64. */
export function softmaxCrossEntropy(logits: readonly number[], target: number, temperature = 1): number {
  return -(logSoftmax(logits, temperature)[target] ?? Number.NaN);
}

/**
 * ∂(cross-entropy)/∂zᵢ = (pᵢ − yᵢ) / T, with y one-hot at `target` (p − y at T = 1), float64.
 */
export function softmaxCrossEntropyGradient(
  logits: readonly number[],
  target: number,
  temperature = 1,
): number[] {
  return softmax(logits, temperature).map((p, i) => (p - (i === target ? 1 : 0)) / temperature);
}

/**
 * The Jacobian ∂pᵢ/∂zⱼ of p = softmax(z) given p: diag(p) − p pᵀ (full, symmetric, rows summing
 * to 0). For softmax(z / T) divide every entry by T.
 */
export function softmaxJacobian(probabilities: readonly number[]): number[][] {
  return probabilities.map((pi, i) => probabilities.map((pj, j) => (i === j ? pi : 0) - pi * pj));
}
