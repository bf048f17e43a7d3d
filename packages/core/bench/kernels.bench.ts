// The fused kernels, measured side by side in one run (headless Chromium, `pnpm bench`):
// - a full-batch training step at N = 1,000 for each fused path, next to the unfused autodiff
//   path and a plain-JavaScript loop doing the same arithmetic, as ratios;
// - landscapes at 128 × 128 over N = 1,000 for each loss: time to the first picture, to the full
//   grid, and the longest stretch between two yields to the page (the longest main-thread task
//   the landscape causes), next to one whole-grid kernel call and the old batched tensor method.
// No assertions on time: figures depend on the machine.

import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { probeWebGL, ready } from '../src/backend/ready.js';
import { datasetToTensors, disposeDatasetTensors } from '../src/data/tensors.js';
import { type DenseLossStepAttrs, denseLossStep } from '../src/kernels/index.js';
import { computeLandscape } from '../src/landscape/landscape.js';
import { computeLandscapeProgressive } from '../src/landscape/progressive.js';
import { yieldToMain } from '../src/landscape/scheduler.js';
import type { LossId } from '../src/losses/loss.js';
import { createLoss } from '../src/losses/registry.js';
import { createModel, type ModelSpec } from '../src/models/create.js';
import type { LayeredModel } from '../src/models/dense.js';
import { SGD } from '../src/optimizers/sgd.js';
import { tf } from '../src/tf.js';
import {
  columns,
  HIDDEN,
  plainLinearStep,
  plainMlpStep,
  plainSoftmaxStep,
  SPECS,
  type StepKind,
  stepData,
  stepSession,
} from './kernel-workloads.js';
import { averageTimer } from './timing.js';

type Backend = 'cpu' | 'webgl';
const N = 1_000;
const MEASURE_MS = 500;
const STEPS = 10;

/** Average wall ms per step over at least MEASURE_MS, after one warm-up call. */
const timeRepeated = averageTimer(MEASURE_MS);

/** MLP forward pass with plain tfjs ops (no GdDense): the unfused reference. */
function plainMlpOutput(X: tf.Tensor2D, vars: tf.Variable[]): tf.Tensor {
  const [W1, b1, W2, b2] = vars as [tf.Variable, tf.Variable, tf.Variable, tf.Variable];
  const h = tf.tanh(tf.add(tf.matMul(X, W1), b1));
  return tf.reshape(tf.add(tf.matMul(h, W2), b2), [X.shape[0]]);
}

/** ms per step of loss + gradient (+ SGD update when `update`), fused or not, on the current backend. */
async function tensorStepMs(kind: StepKind, fused: boolean, update: boolean): Promise<number> {
  const spec = SPECS[kind];
  const data = datasetToTensors(stepData(kind, N));
  const targets = kind === 'softmax' ? data.oneHot! : data.y;
  const model = createModel(spec.model) as LayeredModel;
  const loss = createLoss(spec.loss);
  const variables = model.parameters.map((p) => p.variable);
  const sgd = new SGD({ learningRate: 0.05 });
  const layer = model.layers[0]!;
  const attrs: DenseLossStepAttrs = {
    loss: spec.loss,
    activation: layer.activation as DenseLossStepAttrs['activation'],
    half: false,
    delta: 1,
    beta: 1,
  };
  const one = (): tf.Scalar => {
    let value: tf.Scalar;
    let grads: tf.Tensor[];
    if (fused && kind !== 'mlp') {
      const r = denseLossStep(data.X, targets, layer.weight.variable, layer.bias?.variable, attrs);
      value = r.loss;
      grads = r.gradB ? [r.gradW, r.gradB] : [r.gradW];
    } else {
      const out = tf.variableGrads(
        () =>
          loss.total(
            targets,
            kind === 'mlp' && !fused
              ? plainMlpOutput(data.X, variables)
              : loss.input === 'logits'
                ? model.logits(data.X)
                : model.predict(data.X),
          ),
        variables,
      );
      value = out.value;
      grads = variables.map((v) => out.grads[v.name]!);
    }
    if (update) sgd.applyGradients(variables.map((variable, i) => ({ variable, gradient: grads[i]! })));
    tf.dispose(grads);
    return value;
  };
  const ms = await timeRepeated(async () => {
    for (let s = 0; s < STEPS - 1; s++) one().dispose();
    const last = one();
    await last.data(); // one read-back per 10 steps, as a widget reads once per frame
    last.dispose();
    return STEPS;
  });
  sgd.dispose();
  model.dispose();
  disposeDatasetTensors(data);
  return ms;
}

/** A training session's step (records, history and all), fused or not: ms per step, `k` per call (one read-back each). */
async function sessionStepMs(kind: StepKind, fused: boolean, k = STEPS): Promise<number> {
  const session = await stepSession(kind, N, fused);
  const ms = await timeRepeated(async () => (await session.step(k)).length);
  session.dispose();
  return ms;
}

function plainStepMs(kind: StepKind): Promise<number> {
  const { x, y } = columns(stepData(kind, N));
  const size = kind === 'mlp' ? 4 * HIDDEN + 1 : kind === 'softmax' ? 9 : 3;
  const p = new Float64Array(size);
  if (kind === 'mlp') for (let q = 0; q < 2 * HIDDEN; q++) p[q] = Math.sin(q + 1) * 0.7;
  if (kind === 'mlp') for (let q = 0; q < HIDDEN; q++) p[3 * HIDDEN + q] = Math.cos(q) * 0.5;
  const g = new Float64Array(size);
  const h = new Float64Array(HIDDEN);
  let sink = 0;
  const ms = timeRepeated(() => {
    for (let s = 0; s < STEPS; s++) {
      if (kind === 'linear' || kind === 'logistic')
        sink += plainLinearStep(kind === 'logistic', x, y, p, 0.05);
      else if (kind === 'softmax') sink += plainSoftmaxStep(x, y, p, 0.05);
      else sink += plainMlpStep(HIDDEN, x, y, p, g, h, 0.05);
    }
    return STEPS;
  });
  return ms.then((value) => (Number.isFinite(sink) ? value : Number.NaN));
}

const LANDSCAPES: { label: string; model: ModelSpec; loss: LossId; kind: StepKind; axes: 'wb' | 'W' }[] = [
  { label: 'linear, MSE', model: SPECS.linear.model, loss: 'mse', kind: 'linear', axes: 'wb' },
  { label: 'linear, MAE', model: SPECS.linear.model, loss: 'mae', kind: 'linear', axes: 'wb' },
  { label: 'linear, Huber', model: SPECS.linear.model, loss: 'huber', kind: 'linear', axes: 'wb' },
  { label: 'linear, Smooth L1', model: SPECS.linear.model, loss: 'smooth-l1', kind: 'linear', axes: 'wb' },
  { label: 'linear, RMSE', model: SPECS.linear.model, loss: 'rmse', kind: 'linear', axes: 'wb' },
  { label: 'logistic, BCE', model: SPECS.logistic.model, loss: 'bce', kind: 'logistic', axes: 'wb' },
  {
    label: 'logistic, BCE with logits',
    model: SPECS.logistic.model,
    loss: 'bce-logits',
    kind: 'logistic',
    axes: 'wb',
  },
  { label: 'softmax, CCE', model: SPECS.softmax.model, loss: 'cce', kind: 'softmax', axes: 'W' },
  {
    label: 'softmax, CCE with logits',
    model: SPECS.softmax.model,
    loss: 'cce-logits',
    kind: 'softmax',
    axes: 'W',
  },
];

interface LandscapeFigures {
  method: string;
  firstMs: number;
  fullMs: number;
  longestMs: number;
  slices: number;
  wholeKernelMs: number;
  batchedMs?: number;
}

async function landscapeFigures(c: (typeof LANDSCAPES)[number], batched: boolean): Promise<LandscapeFigures> {
  const data = datasetToTensors(stepData(c.kind, N));
  const model = createModel(c.model);
  const request = {
    model,
    loss: c.loss,
    features: data.X,
    targets: c.kind === 'softmax' ? data.oneHot! : data.y,
    xAxis:
      c.axes === 'wb'
        ? { parameter: 'w', range: [-5, 5] as [number, number] }
        : { parameter: 'W', index: 0, range: [-5, 5] as [number, number] },
    yAxis:
      c.axes === 'wb'
        ? { parameter: 'b', range: [-5, 5] as [number, number] }
        : { parameter: 'W', index: 3, range: [-5, 5] as [number, number] },
    resolution: 128,
  };
  // Warm-up: shader compiles (webgl) and JIT (cpu) are paid before timing.
  await computeLandscapeProgressive({ ...request, resolution: 16 });
  await computeLandscapeProgressive(request);
  let first = Number.NaN;
  let longest = 0;
  let slices = 0;
  let last = performance.now();
  const t0 = last;
  const land = await computeLandscapeProgressive(request, {
    onProgress: (_l, progress) => {
      if (progress.stage === 'coarse' || (Number.isNaN(first) && progress.stage === 'done')) {
        first = performance.now() - t0;
      }
    },
    yieldToMain: async () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      slices++;
      await yieldToMain();
      last = performance.now();
    },
  });
  const fullMs = performance.now() - t0;
  longest = Math.max(longest, performance.now() - last);
  const wholeStart = performance.now();
  await computeLandscape(request);
  const wholeKernelMs = performance.now() - wholeStart;
  let batchedMs: number | undefined;
  if (batched) {
    const b0 = performance.now();
    await computeLandscape({ ...request, strategy: 'batched' });
    batchedMs = performance.now() - b0;
  }
  model.dispose();
  disposeDatasetTensors(data);
  return {
    method: land.method,
    firstMs: first,
    fullMs,
    longestMs: longest,
    slices: slices + 1,
    wholeKernelMs,
    batchedMs,
  };
}

const format = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms)
    ? '–'
    : ms >= 100
      ? ms.toFixed(0)
      : ms >= 1
        ? ms.toFixed(2)
        : ms.toFixed(4);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

it(
  'prints fused-kernel training and progressive-landscape figures on both backends',
  async () => {
    const webgl = probeWebGL();
    const tensorsAtStart = tf.memory().numTensors;
    const lines: string[] = [
      `Renderer: ${webgl.renderer ?? 'none'} (software: ${webgl.softwareEmulated ?? 'n/a'})`,
      '',
      `### Training step at N = ${N.toLocaleString('en')} (full batch, SGD, ${STEPS} steps per read-back)`,
      '',
      '"loss + gradient": the forward pass, the loss and its gradient (GdDenseLossStep; autodiff for the MLP); "step": that plus the SGD update (our optimizer, tensor ops); "session": `TrainingSession.step(k)` with its records and history, k steps per call (the fused session runs them in one GdTrainSteps call; the playground runs k = speed per frame, 1 by default, 100 when training until converged). Plain JS does forward pass, loss, gradient and update in one loop.',
      '',
      '| model, loss | backend | fused loss + gradient ms | unfused loss + gradient ms | fused step ms | unfused step ms | session fused k = 1 ms | session fused k = 100 ms | session unfused k = 10 ms | plain JS step ms | session fused k = 1 ÷ plain JS | session fused k = 100 ÷ plain JS | unfused session ÷ fused session k = 1 |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const backend of ['cpu', 'webgl'] as Backend[]) {
      await ready({ prefer: backend });
      for (const kind of ['linear', 'logistic', 'softmax', 'mlp'] as StepKind[]) {
        const fusedGrad = await tensorStepMs(kind, true, false);
        const unfusedGrad = await tensorStepMs(kind, false, false);
        const fusedStep = await tensorStepMs(kind, true, true);
        const unfusedStep = await tensorStepMs(kind, false, true);
        const sessionFused = await sessionStepMs(kind, true, 1);
        const sessionFused100 = await sessionStepMs(kind, true, 100);
        const sessionUnfused = await sessionStepMs(kind, false);
        const plain = await plainStepMs(kind);
        console.log(
          `training ${kind} on ${backend}: session fused k = 1 ${format(sessionFused)} ms, k = 100 ${format(sessionFused100)} ms, plain ${format(plain)} ms`,
        );
        lines.push(
          `| ${SPECS[kind].label} | ${backend} | ${format(fusedGrad)} | ${format(unfusedGrad)} | ${format(fusedStep)} | ${format(unfusedStep)} | ${format(sessionFused)} | ${format(sessionFused100)} | ${format(sessionUnfused)} | ${format(plain)} | ${ratio(sessionFused, plain)} | ${ratio(sessionFused100, plain)} | ${ratio(sessionUnfused, sessionFused)} |`,
        );
      }
    }
    lines.push(
      '',
      `### Landscape 128 × 128 at N = ${N.toLocaleString('en')}, progressive (\`computeLandscapeProgressive\`)`,
      '',
      'First picture: the 16² coarse grid (the exact quadratic form for linear + MSE/RMSE comes whole). Longest stretch: the longest time between two yields to the page (on webgl it includes waiting for the GPU, during which the page is free). Whole-grid kernel: one `GdLossGrid` call for all 16,384 points, read back once (what `computeLandscape` does). Batched: the previous tensor method.',
      '',
      '| model, loss | backend | method | first picture ms | full grid ms | longest stretch ms | slices | whole-grid kernel ms | batched tensors ms |',
      '|---|---|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const backend of ['cpu', 'webgl'] as Backend[]) {
      await ready({ prefer: backend });
      for (const c of LANDSCAPES) {
        const f = await landscapeFigures(c, c.loss === 'bce');
        console.log(
          `landscape ${c.label} on ${backend}: first ${format(f.firstMs)} ms, full ${format(f.fullMs)} ms`,
        );
        lines.push(
          `| ${c.label} | ${backend} | ${f.method} | ${format(f.firstMs)} | ${format(f.fullMs)} | ${format(f.longestMs)} | ${f.slices} | ${format(f.wholeKernelMs)} | ${format(f.batchedMs)} |`,
        );
      }
    }
    const table = lines.join('\n');
    console.log(`\n${table}\n`);
    await commands.writeFile('bench-results/kernels.md', `${table}\n`);
    await tf.setBackend('cpu');
    expect(tf.memory().numTensors).toBe(tensorsAtStart);
  },
  20 * 60_000,
);
