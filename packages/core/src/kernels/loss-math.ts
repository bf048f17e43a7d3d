import type { LossId } from '../losses/loss.js';

/**
 * The scalar loss arithmetic the fused CPU kernels share, written as plain JavaScript on numbers
 * (float64), so a kernel's inner loop runs as fast as a hand-written one.
 *
 * Every derivative follows the convention tfjs autodiff uses on the unfused path, so the fused and
 * unfused runs agree at the kinks too: |r| has slope −1 at r = 0 (tfjs's `step(r, −1)`), a clipped
 * probability (`max(p, ε)` below ε) has slope 0, and BCE-with-logits has the textbook σ(z) − y.
 */

/** Losses as small integers: a `switch` on them in a hot loop stays monomorphic. */
export const LOSS_CODE = {
  mse: 0,
  rmse: 1,
  mae: 2,
  huber: 3,
  'smooth-l1': 4,
  'mean-error': 5,
  bce: 6,
  'bce-logits': 7,
  cce: 8,
  'cce-logits': 9,
} as const satisfies Record<LossId, number>;

/** Losses whose targets are one-hot rows `[n, k]` rather than one number per example. */
export function isCategorical(loss: LossId): boolean {
  return loss === 'cce' || loss === 'cce-logits';
}

/** Whether the loss reads the model's logits z (rather than its prediction). */
export function readsLogits(loss: LossId): boolean {
  return loss === 'bce-logits' || loss === 'cce-logits';
}

/** ε of the cross-entropies from probabilities, as float32 stores it (the unfused path compares in float32). */
export const EPSILON_F32 = Math.fround(1e-7);

/** Below this, RMSE's 1/(2√m) uses it instead of √m (see `losses/rmse.ts`). */
export const ROOT_FLOOR = 1e-30;

/** The parameters of one elementwise loss evaluation, read once per kernel call. */
export interface ScalarLoss {
  readonly code: number;
  readonly half: boolean;
  readonly delta: number;
  readonly beta: number;
}

/** σ(z) rounded to float32, as the sigmoid kernel stores it. */
export function sigmoid32(z: number): number {
  return Math.fround(1 / (1 + Math.exp(-z)));
}

/**
 * One example's loss term ℓ(o, y) for an elementwise loss, o being the model output the loss
 * reads (ŷ, p or z). Writes dℓ/do into `slope[0]` (RMSE: the derivative of r², scaled later).
 */
export function elementwiseTerm(loss: ScalarLoss, o: number, y: number, slope: Float64Array): number {
  switch (loss.code) {
    case 0: {
      const r = o - y;
      slope[0] = loss.half ? r : 2 * r;
      return loss.half ? 0.5 * r * r : r * r;
    }
    case 1: {
      const r = o - y;
      slope[0] = 2 * r;
      return r * r;
    }
    case 2: {
      const r = o - y;
      slope[0] = r > 0 ? 1 : -1;
      return Math.abs(r);
    }
    case 3: {
      const r = o - y;
      const a = Math.abs(r);
      const d = loss.delta;
      const q = Math.min(a, d);
      slope[0] = Math.min(a, d) * (r > 0 ? 1 : -1);
      return 0.5 * q * q + d * (a - q);
    }
    case 4: {
      const r = o - y;
      const a = Math.abs(r);
      const b = loss.beta;
      const q = Math.min(a, b);
      slope[0] = (a <= b ? a / b : 1) * (r > 0 ? 1 : -1);
      return (q * q) / (2 * b) + a - q;
    }
    case 5:
      slope[0] = 1;
      return o - y;
    case 6: {
      const notP = Math.fround(1 - o);
      const lp = Math.max(o, EPSILON_F32);
      const ln = Math.max(notP, EPSILON_F32);
      slope[0] = (o >= EPSILON_F32 ? -y / lp : 0) + (notP >= EPSILON_F32 ? (1 - y) / ln : 0);
      return -(y * Math.log(lp) + (1 - y) * Math.log(ln));
    }
    case 7: {
      slope[0] = 1 / (1 + Math.exp(-o)) - y;
      return Math.max(o, 0) - o * y + Math.log1p(Math.exp(-Math.abs(o)));
    }
    default:
      slope[0] = Number.NaN;
      return Number.NaN;
  }
}

/**
 * One example's categorical cross-entropy over k logits `z[0..k)`, targets `y` from `yOffset`.
 * Writes dℓ/dz into `dz[0..k)` (through the softmax for `cce`), returns ℓ. `p` is scratch.
 */
export function categoricalTerm(
  code: number,
  z: Float64Array,
  y: ArrayLike<number>,
  yOffset: number,
  k: number,
  p: Float64Array,
  dz: Float64Array,
): number {
  let mx = z[0] as number;
  for (let c = 1; c < k; c++) if ((z[c] as number) > mx) mx = z[c] as number;
  let s = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((z[c] as number) - mx);
    p[c] = e;
    s += e;
  }
  let term = 0;
  if (code === LOSS_CODE['cce-logits']) {
    const lse = mx + Math.log(s);
    let sumY = 0;
    for (let c = 0; c < k; c++) {
      const yc = y[yOffset + c] as number;
      term -= yc * ((z[c] as number) - lse);
      sumY += yc;
    }
    for (let c = 0; c < k; c++) dz[c] = ((p[c] as number) / s) * sumY - (y[yOffset + c] as number);
    return term;
  }
  // cce from probabilities p = softmax(z) (float32, as the softmax kernel stores them).
  let gp = 0;
  for (let c = 0; c < k; c++) {
    const pc = Math.fround((p[c] as number) / s);
    p[c] = pc;
    const yc = y[yOffset + c] as number;
    const clipped = Math.max(pc, EPSILON_F32);
    term -= yc * Math.log(clipped);
    const g = pc >= EPSILON_F32 ? -yc / pc : 0;
    dz[c] = g;
    gp += g * pc;
  }
  for (let c = 0; c < k; c++) dz[c] = (p[c] as number) * ((dz[c] as number) - gp);
  return term;
}
