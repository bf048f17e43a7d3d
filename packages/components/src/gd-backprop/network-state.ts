/**
 * The asynchronous numbers of the network preset, kept apart from the element: the module report
 * (tfjs tensors, read back asynchronously), the gradient check against float64 central
 * differences, and a few training steps with and without the custom rule. A newer request makes an
 * older one's result stale; it is dropped.
 */
import {
  analyseNetwork,
  type BackwardOverride,
  type NetworkReport,
  type NetworkSpec,
  networkNumericGradients,
  ready,
  trainNetwork,
} from '@gd-playground/core';
import type { NetworkCheckRow } from './module-view.js';

export const TRAINING_STEPS = 6;

export interface NetworkNumbers {
  readonly report: NetworkReport;
  readonly check: NetworkCheckRow[];
  readonly plain: number[];
  /** Losses with the custom rule, when there is one. */
  readonly custom: number[] | undefined;
}

/** max |a − n| / max(|a|, |n|, 1e-4) over one parameter's entries (float32 autodiff against float64). */
function checkRow(name: string, autodiff: readonly number[], numeric: readonly number[]): NetworkCheckRow {
  let worst = 0;
  autodiff.forEach((a, i) => {
    const n = numeric[i] ?? Number.NaN;
    const error = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1e-4);
    worst = Number.isNaN(error) ? Number.NaN : Math.max(worst, error);
  });
  return { name, maxRelativeError: worst, ok: worst < 1e-2 };
}

export class NetworkState {
  numbers: NetworkNumbers | undefined;
  private token = 0;

  constructor(private readonly onChange: () => void) {}

  /** Recomputes everything for `spec`; resolves when done (or superseded). */
  async refresh(
    spec: NetworkSpec,
    override: BackwardOverride | undefined,
    learningRate: number,
  ): Promise<void> {
    const token = ++this.token;
    await ready();
    if (token !== this.token) return;
    const report = await analyseNetwork(spec, override);
    const plain = await trainNetwork(spec, { steps: TRAINING_STEPS, learningRate });
    const custom = override
      ? await trainNetwork(spec, { steps: TRAINING_STEPS, learningRate, override })
      : undefined;
    if (token !== this.token) return;
    const numeric = networkNumericGradients(spec);
    const a = report.autodiff;
    const check = [
      checkRow('W₁', a.w1.flat(), numeric.w1),
      checkRow('b₁', a.b1, numeric.b1),
      checkRow('W₂', a.w2.flat(), numeric.w2),
      checkRow('b₂', a.b2, numeric.b2),
      checkRow('x', a.x, numeric.x),
    ];
    this.numbers = { report, check, plain, custom };
    this.onChange();
  }

  /** Drops any result still on its way. */
  cancel(): void {
    this.token++;
  }
}
