import { argmax } from './trace.js';
import { workspaceFor } from './train-kernel.js';

/** Loss, accuracy and confusion matrix of a network on a set of rows. */
export interface NetworkEvaluation {
  /** Rows evaluated. */
  readonly count: number;
  /** Mean data loss (no L2 term); NaN with no rows. */
  readonly loss: number;
  /** Fraction of rows whose most probable class is their class (classification); NaN otherwise or with no rows. */
  readonly accuracy: number;
  /** `confusion[actual][predicted]` counts (classification; empty for regression). */
  readonly confusion: readonly (readonly number[])[];
}

/**
 * Evaluates a network (shape codes as in engine.ts) on rows of network inputs `x` [n × columns]
 * and targets `y`, in float64 from the float32 parameters.
 */
export function evaluateRows(
  sizes: readonly number[],
  activations: readonly number[],
  output: number,
  classes: number,
  params: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): NetworkEvaluation {
  const ws = workspaceFor(sizes, activations, output);
  const m = sizes[0]!;
  const n = y.length;
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let total = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) ws.values[j] = x[i * m + j] as number;
    ws.forward(params);
    const target = y[i] as number;
    total += ws.lossAndOutputDelta(target, 0);
    if (classes > 0) {
      const predicted =
        output === 1 ? ((ws.probabilities[0] as number) > 0.5 ? 1 : 0) : argmax(ws.probabilities);
      if (predicted === target) correct++;
      const row = confusion[target];
      if (row) row[predicted] = (row[predicted] as number) + 1;
    }
  }
  return {
    count: n,
    loss: n === 0 ? Number.NaN : total / n,
    accuracy: n === 0 || classes === 0 ? Number.NaN : correct / n,
    confusion,
  };
}

/** When to stop training automatically. */
export interface StopCondition {
  /** Stop once the test accuracy reaches this fraction (e.g. 1 for 100 %). */
  readonly targetAccuracy?: number;
  /** Converged: the training loss moved less than this (relative) over the last `window` entries. */
  readonly tolerance?: number;
  /** Entries (e.g. epochs) the tolerance looks back over (default 10). */
  readonly window?: number;
}

/** Why training should stop, or null to go on. */
export type StopReason = 'target-accuracy' | 'converged' | 'diverged' | null;

/**
 * Decides whether to stop: the target accuracy reached, the training loss not finite (diverged),
 * or its last `window` values within `tolerance` of each other, relative to the latest.
 * @param losses training loss history, oldest first (e.g. one entry per epoch).
 */
export function stopReason(
  losses: readonly number[],
  testAccuracy: number,
  condition: StopCondition,
): StopReason {
  const last = losses[losses.length - 1];
  if (last !== undefined && !Number.isFinite(last)) return 'diverged';
  if (condition.targetAccuracy !== undefined && testAccuracy >= condition.targetAccuracy)
    return 'target-accuracy';
  const window = condition.window ?? 10;
  if (condition.tolerance !== undefined && last !== undefined && losses.length > window) {
    const recent = losses.slice(-window - 1);
    const spread = Math.max(...recent) - Math.min(...recent);
    if (spread <= condition.tolerance * Math.max(Math.abs(last), Number.MIN_VALUE)) return 'converged';
  }
  return null;
}
