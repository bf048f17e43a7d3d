/**
 * Which regime a learning rate puts gradient descent in, derived from the problem's curvature.
 *
 * For a quadratic loss with curvature h = L''(w) and minimum w*, one step of gradient descent is
 * w − w* ← (1 − αh)(w − w*): the error is multiplied by r = 1 − αh at every step. So
 * - |r| ≥ 1 (αh ≥ 2): the error never shrinks: the run **diverges**;
 * - r < 0 (1 < αh < 2): w overshoots w* and alternates sides while the error shrinks: it **oscillates**;
 * - 0 ≤ r < 1: it **converges** monotonically, in about ln(tol/|e₀|) / ln|r| steps,
 *   or is **too slow** when that is more steps than the budget.
 */

/** The squared-error convention: `half` is ½(y − ŷ)², `mean` is (y − ŷ)² (twice the gradient). */
export type Convention = 'half' | 'mean';

/** The four regimes a learner sees on the slider. */
export type Regime = 'too-slow' | 'converges' | 'oscillates' | 'diverges';

/** The one-weight, one-point problem: ŷ = w·x, loss ½(y − ŷ)² or (y − ŷ)². */
export interface OnePointProblem {
  readonly x: number;
  readonly target: number;
  readonly start: number;
  readonly convention: Convention;
}

/** The analysis the widget shows next to the slider. */
export interface RegimeAnalysis {
  readonly regime: Regime;
  /** Curvature h = L''(w): x² under `half`, 2x² under `mean`. */
  readonly curvature: number;
  /** α·h. */
  readonly alphaH: number;
  /** r = 1 − αh: the factor the error is multiplied by at each step. */
  readonly factor: number;
  /** Steps for |w − w*| to fall to the tolerance (0 if already there, Infinity if it never does). */
  readonly stepsNeeded: number;
}

/** The factor in front of (y − ŷ)·x in the update: 1 under `half`, 2 under `mean`. */
export function gradientFactor(convention: Convention): 1 | 2 {
  return convention === 'mean' ? 2 : 1;
}

/** L''(w) of the one-point problem: x² under `half`, 2x² under `mean`. */
export function curvature(problem: Pick<OnePointProblem, 'x' | 'convention'>): number {
  return gradientFactor(problem.convention) * problem.x * problem.x;
}

/** The minimum w* = y / x. */
export function optimum(problem: Pick<OnePointProblem, 'x' | 'target'>): number {
  return problem.target / problem.x;
}

/** The loss at w: ½(y − wx)² under `half`, (y − wx)² under `mean`. */
export function lossAt(problem: Pick<OnePointProblem, 'x' | 'target' | 'convention'>, w: number): number {
  const error = problem.target - w * problem.x;
  return problem.convention === 'half' ? 0.5 * error * error : error * error;
}

/**
 * Steps until |w − w*| ≤ tolerance when the error is multiplied by `factor` each step, starting at
 * `initialError`: the smallest k with |initialError|·|factor|^k ≤ tolerance.
 */
export function stepsToTolerance(initialError: number, factor: number, tolerance: number): number {
  const start = Math.abs(initialError);
  if (start <= tolerance) return 0;
  const shrink = Math.abs(factor);
  if (shrink === 0) return 1;
  if (shrink >= 1) return Number.POSITIVE_INFINITY;
  // A hair of slack so that exact powers (0.5^k) do not round up a step.
  return Math.max(1, Math.ceil(Math.log(tolerance / start) / Math.log(shrink) - 1e-9));
}

/** The regime of learning rate α on the problem, with the numbers that explain it. */
export function analyse(
  problem: OnePointProblem,
  learningRate: number,
  tolerance: number,
  budget: number,
): RegimeAnalysis {
  const h = curvature(problem);
  const alphaH = learningRate * h;
  const factor = 1 - alphaH;
  const stepsNeeded = stepsToTolerance(problem.start - optimum(problem), factor, tolerance);
  let regime: Regime;
  if (Math.abs(factor) >= 1) regime = 'diverges';
  else if (factor < 0) regime = 'oscillates';
  else if (stepsNeeded > budget) regime = 'too-slow';
  else regime = 'converges';
  return { regime, curvature: h, alphaH, factor, stepsNeeded };
}

/**
 * Learning rates where the regime changes, for the coloured band under the slider:
 * below `slow` the run needs more than `budget` steps, `oscillate` = 1/h, `diverge` = 2/h.
 */
export function regimeBoundaries(
  problem: OnePointProblem,
  tolerance: number,
  budget: number,
): { readonly slow: number; readonly oscillate: number; readonly diverge: number } {
  const h = curvature(problem);
  const initial = Math.abs(problem.start - optimum(problem));
  // |r|^budget = tol/|e₀|  →  r = (tol/|e₀|)^(1/budget), α = (1 − r)/h; no slow zone when already there.
  const slow = initial <= tolerance ? 0 : (1 - (tolerance / initial) ** (1 / budget)) / h;
  return { slow, oscillate: 1 / h, diverge: 2 / h };
}
