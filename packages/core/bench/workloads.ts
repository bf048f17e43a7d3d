// The workloads the benchmark measures, and the plain-JavaScript loops it compares tfjs against.
import { datasetFromArrays } from '../src/data/create.js';
import type { Dataset } from '../src/data/dataset.js';
import { createRandom } from '../src/data/random.js';

/** y = 3x − 1 + noise (linear) or a noisy threshold at x = 0 (logistic), n rows, one feature. */
export function benchData(kind: 'linear' | 'logistic', n: number): Dataset {
  const random = createRandom(`bench-${kind}-${n}`);
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = random.normal();
    features.push([x]);
    targets.push(
      kind === 'linear' ? 3 * x - 1 + 0.3 * random.normal() : x + 0.5 * random.normal() > 0 ? 1 : 0,
    );
  }
  return datasetFromArrays({ features, targets });
}

/**
 * One full-batch gradient step plus the whole-data loss, as the session does it, in plain
 * JavaScript over typed arrays: the floor any tensor library has to beat for tiny models.
 */
export function plainLoopStep(
  kind: 'linear' | 'logistic',
  x: Float32Array,
  y: Float32Array,
  state: { w: number; b: number },
  rate: number,
): number {
  const n = x.length;
  let gw = 0;
  let gb = 0;
  for (let i = 0; i < n; i++) {
    const z = state.w * x[i]! + state.b;
    const out = kind === 'linear' ? z : 1 / (1 + Math.exp(-z));
    const error = out - y[i]!;
    gw += error * x[i]!;
    gb += error;
  }
  const scale = kind === 'linear' ? 2 / n : 1 / n;
  state.w -= rate * scale * gw;
  state.b -= rate * scale * gb;
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const z = state.w * x[i]! + state.b;
    if (kind === 'linear') loss += (z - y[i]!) ** 2;
    else loss += Math.max(z, 0) - z * y[i]! + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return loss / n;
}
