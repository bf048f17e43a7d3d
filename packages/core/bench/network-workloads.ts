// Workloads of the `<gd-network>` training benches (network.bench.ts in Chromium,
// network.node-bench.ts for CPU time in Node): the two networks the issue names, trained one epoch
// at a time on 250 points with batch 10, through the fused kernel, through batched tensor ops, and
// through two plain-JavaScript references written here:
// - "object graph": one object per neuron and per link, per-example forward and backward passes,
//   derivatives accumulated on the links and applied every batch: the structure of TensorFlow
//   Playground's own network (written afresh for this bench), so its time stands in for the
//   playground's per-epoch figure measured in the same run;
// - "flat arrays": the same arithmetic over Float64Arrays, the fastest plain JS we know.
import { createNetworkData, type NetworkData } from '../src/network/data.js';
import { NetworkTrainer } from '../src/network/trainer.js';

export const NETWORKS = [
  { label: '2-4-2-1 tanh', hidden: [4, 2] },
  { label: '2-8-8-8-1 tanh', hidden: [8, 8, 8] },
] as const;
export const POINTS = 250;
export const BATCH = 10;
export const RATE = 0.03;

/** 500 XOR points, 250 for training (the playground's default split). */
export function benchData(): NetworkData {
  return createNetworkData({ preset: 'xor', size: 2 * POINTS, seed: 1, trainRatio: 0.5 });
}

export function trainer(
  hidden: readonly number[],
  path: 'fused' | 'tensor',
  data: NetworkData,
): NetworkTrainer {
  return new NetworkTrainer({
    config: { hidden, activation: 'tanh', output: 'sigmoid', init: 'xavier', seed: 1 },
    data,
    batchSize: BATCH,
    optimizer: 'sgd',
    hyperparameters: { learningRate: RATE },
    path,
    historySize: 100,
  });
}

interface Link {
  readonly source: Neuron;
  readonly dest: Neuron;
  weight: number;
  accumulated: number;
  count: number;
}
interface Neuron {
  bias: number;
  readonly inputs: Link[];
  readonly outputs: Link[];
  total: number;
  output: number;
  outputDer: number;
  inputDer: number;
  accumulatedInputDer: number;
  count: number;
}

/** The object-graph reference: returns a function that trains one epoch. */
export function objectGraphEpoch(hidden: readonly number[], data: NetworkData): () => number {
  const widths = [2, ...hidden, 1];
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  const layers: Neuron[][] = widths.map((width) =>
    Array.from({ length: width }, () => ({
      bias: 0.1,
      inputs: [],
      outputs: [],
      total: 0,
      output: 0,
      outputDer: 0,
      inputDer: 0,
      accumulatedInputDer: 0,
      count: 0,
    })),
  );
  for (let l = 1; l < layers.length; l++) {
    for (const dest of layers[l]!) {
      for (const source of layers[l - 1]!) {
        const link: Link = { source, dest, weight: random(), accumulated: 0, count: 0 };
        dest.inputs.push(link);
        source.outputs.push(link);
      }
    }
  }
  const points = data.train.points;
  const targets = data.train.targets;
  const last = layers.length - 1;
  const forward = (x: readonly number[]): number => {
    layers[0]![0]!.output = x[0]!;
    layers[0]![1]!.output = x[1]!;
    for (let l = 1; l < layers.length; l++) {
      for (const node of layers[l]!) {
        let total = node.bias;
        for (const link of node.inputs) total += link.weight * link.source.output;
        node.total = total;
        node.output = l === last ? 1 / (1 + Math.exp(-total)) : Math.tanh(total);
      }
    }
    return layers[last]![0]!.output;
  };
  const backward = (y: number) => {
    const out = layers[last]![0]!;
    // Sigmoid + cross-entropy: ∂L/∂z = p − y.
    out.inputDer = out.output - y;
    out.accumulatedInputDer += out.inputDer;
    out.count++;
    for (const link of out.inputs) {
      link.accumulated += out.inputDer * link.source.output;
      link.count++;
    }
    for (let l = last - 1; l >= 1; l--) {
      for (const node of layers[l]!) {
        let der = 0;
        for (const link of node.outputs) der += link.weight * link.dest.inputDer;
        node.outputDer = der;
        node.inputDer = der * (1 - node.output * node.output);
        node.accumulatedInputDer += node.inputDer;
        node.count++;
        for (const link of node.inputs) {
          link.accumulated += node.inputDer * link.source.output;
          link.count++;
        }
      }
    }
  };
  const update = () => {
    for (let l = 1; l < layers.length; l++) {
      for (const node of layers[l]!) {
        if (node.count > 0) {
          node.bias -= (RATE * node.accumulatedInputDer) / node.count;
          node.accumulatedInputDer = 0;
          node.count = 0;
        }
        for (const link of node.inputs) {
          if (link.count > 0) {
            link.weight -= (RATE * link.accumulated) / link.count;
            link.accumulated = 0;
            link.count = 0;
          }
        }
      }
    }
  };
  return () => {
    let loss = 0;
    for (let i = 0; i < points.length; i++) {
      const p = forward(points[i]!);
      const y = targets[i]!;
      loss -= y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12);
      backward(y);
      if ((i + 1) % BATCH === 0) update();
    }
    return loss;
  };
}

/** The flat-array reference: the same arithmetic over Float64Arrays, one epoch per call. */
export function flatArrayEpoch(hidden: readonly number[], data: NetworkData): () => number {
  const widths = [2, ...hidden, 1];
  const L = widths.length - 1;
  const W: Float64Array[] = [];
  const B: Float64Array[] = [];
  const gW: Float64Array[] = [];
  const gB: Float64Array[] = [];
  for (let l = 0; l < L; l++) {
    W.push(Float64Array.from({ length: widths[l]! * widths[l + 1]! }, (_, q) => Math.sin(q + l + 1) * 0.5));
    B.push(new Float64Array(widths[l + 1]!));
    gW.push(new Float64Array(widths[l]! * widths[l + 1]!));
    gB.push(new Float64Array(widths[l + 1]!));
  }
  const a = widths.map((w) => new Float64Array(w));
  const d = widths.map((w) => new Float64Array(w));
  const points = data.train.points;
  const targets = data.train.targets;
  return () => {
    let loss = 0;
    for (let i = 0; i < points.length; i++) {
      a[0]![0] = points[i]![0]!;
      a[0]![1] = points[i]![1]!;
      for (let l = 0; l < L; l++) {
        const nIn = widths[l]!;
        const nOut = widths[l + 1]!;
        for (let c = 0; c < nOut; c++) {
          let z = B[l]![c]!;
          for (let j = 0; j < nIn; j++) z += a[l]![j]! * W[l]![j * nOut + c]!;
          a[l + 1]![c] = l === L - 1 ? 1 / (1 + Math.exp(-z)) : Math.tanh(z);
        }
      }
      const p = a[L]![0]!;
      const y = targets[i]!;
      loss -= y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12);
      d[L]![0] = p - y;
      for (let l = L - 1; l >= 0; l--) {
        const nIn = widths[l]!;
        const nOut = widths[l + 1]!;
        const gb = gB[l]!;
        for (let c = 0; c < nOut; c++) gb[c] = gb[c]! + d[l + 1]![c]!;
        for (let j = 0; j < nIn; j++) {
          let back = 0;
          for (let c = 0; c < nOut; c++) {
            const gw = gW[l]!;
            gw[j * nOut + c] = gw[j * nOut + c]! + a[l]![j]! * d[l + 1]![c]!;
            back += d[l + 1]![c]! * W[l]![j * nOut + c]!;
          }
          if (l > 0) d[l]![j] = back * (1 - a[l]![j]! * a[l]![j]!);
        }
      }
      if ((i + 1) % BATCH === 0) {
        for (let l = 0; l < L; l++) {
          for (let q = 0; q < W[l]!.length; q++) {
            const w = W[l]!;
            w[q] = w[q]! - (RATE * gW[l]![q]!) / BATCH;
            gW[l]![q] = 0;
          }
          for (let q = 0; q < B[l]!.length; q++) {
            const b = B[l]!;
            b[q] = b[q]! - (RATE * gB[l]![q]!) / BATCH;
            gB[l]![q] = 0;
          }
        }
      }
    }
    return loss;
  };
}

/** TensorFlow Playground's per-epoch times in this machine's headless Chromium (issue 17). */
export const PLAYGROUND_MS: Record<string, number> = { '2-4-2-1 tanh': 0.16, '2-8-8-8-1 tanh': 0.7 };

export const format = (ms: number): string =>
  !Number.isFinite(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;
