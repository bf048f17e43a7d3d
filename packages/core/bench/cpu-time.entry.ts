// CPU time (not wall time) of the fused paths on the cpu backend in Node, next to the unfused path
// and plain-JavaScript loops: process.cpuUsage() counts only this process's own work, so the
// figures hold on a machine shared with other jobs, where wall-clock benches (kernels.bench.ts)
// swing by 10×. Part of `pnpm bench`: bench/cpu-time.mjs bundles this file (as the components'
// build bundles core) and runs the bundle in plain Node, so core's code is timed as pages run it;
// under vitest's module runner every call to an imported function went through a getter, a cost
// the plain loops (no imports in their loops) never paid. No assertion on time.
import os from 'node:os';
import { datasetToTensors, disposeDatasetTensors } from '../src/data/tensors.js';
import { type TrainStepsAttrs, trainStepsKernel } from '../src/kernels/index.js';
import { computeLandscape } from '../src/landscape/landscape.js';
import { computeLandscapeProgressive } from '../src/landscape/progressive.js';
import { createModel } from '../src/models/create.js';
import type { LayeredModel } from '../src/models/dense.js';
import { tf } from '../src/tf.js';
import {
  columns,
  HIDDEN,
  plainLinearLoss,
  plainLinearStep,
  plainMlpStep,
  plainSoftmaxStep,
  SPECS,
  type StepKind,
  stepData,
  stepSession,
} from './kernel-workloads.js';
import { cpuMs } from './timing.js';

const N = 1_000;
const REPEATS = 7;
/**
 * CPU ms of warm-up before each figure. V8 optimises the session's many small functions late: at
 * k = 1 on linear data a step costs ~100 µs for the first 0.3 s of calls, ~19 µs until ~1.1 s,
 * then ~12 µs (the plain loops settle within milliseconds). Figures are of the settled code.
 */
const WARM_UP_MS = 2_000;
/**
 * CPU ms per step of `body` (which returns how many steps it ran): the median of REPEATS
 * measurements of at least 200 ms of CPU each, after WARM_UP_MS.
 */
async function time(body: () => Promise<number> | number): Promise<number> {
  const warm = cpuMs();
  while (cpuMs() - warm < WARM_UP_MS) await body();
  const samples: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    let done = 0;
    const start = cpuMs();
    while (cpuMs() - start < 200 || done === 0) done += await body();
    samples.push((cpuMs() - start) / done);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(REPEATS / 2)]!;
}

/** A session's step (records, history, events and all), `k` steps per call: CPU ms per step. */
async function session(kind: StepKind, fused: boolean, k: number) {
  const s = await stepSession(kind, N, fused);
  const ms = await time(async () => (await s.step(k)).length);
  s.dispose();
  return ms;
}

/** The training kernel alone (k steps per call, SGD, records read back once per call): CPU ms per step. */
async function kernel(kind: StepKind, k: number) {
  const data = datasetToTensors(stepData(kind, N));
  const model = createModel(SPECS[kind].model) as LayeredModel;
  const variables = model.parameters.map((p) => p.variable);
  const y = kind === 'softmax' ? data.oneHot! : data.y;
  const attrs: TrainStepsAttrs = {
    loss: SPECS[kind].loss,
    half: false,
    delta: 1,
    beta: 1,
    sizes: [model.layers[0]!.inputSize, ...model.layers.map((l) => l.outputSize)],
    activations: model.layers.map((l) => l.activation),
    biases: model.layers.map((l) => (l.bias ? 1 : 0)),
    optimizer: 'sgd',
    hyper: [0.05],
    slotCount: 0,
    t0: 1,
    steps: k,
    predictions: false,
  };
  const ms = await time(() => {
    const r = trainStepsKernel(data.X, y, variables, [], attrs);
    variables.forEach((v, q) => {
      v.assign(r.parameters[q]!);
    });
    tf.dispose(r.parameters);
    r.records.dataSync();
    r.records.dispose();
    return k;
  });
  model.dispose();
  disposeDatasetTensors(data);
  return ms;
}

/** Plain JS step + the loss after it (linear and logistic): the arithmetic of `session.step(1)`. */
function plainWithLossAfter(kind: 'linear' | 'logistic') {
  const { x, y } = columns(stepData(kind, N));
  const p = new Float64Array(3);
  let sink = 0;
  return time(() => {
    for (let s = 0; s < 10; s++) {
      plainLinearStep(kind === 'logistic', x, y, p, 0.05);
      sink += plainLinearLoss(kind === 'logistic', x, y, p);
    }
    return sink === Number.POSITIVE_INFINITY ? 0 : 10;
  });
}

function plain(kind: StepKind) {
  const { x, y } = columns(stepData(kind, N));
  const size = kind === 'mlp' ? 4 * HIDDEN + 1 : kind === 'softmax' ? 9 : 3;
  const p = new Float64Array(size);
  if (kind === 'mlp') for (let q = 0; q < 3 * HIDDEN + HIDDEN; q++) p[q] = Math.sin(q + 1) * 0.5;
  const g = new Float64Array(size);
  const h = new Float64Array(HIDDEN);
  return time(() => {
    for (let s = 0; s < 10; s++) {
      if (kind === 'linear' || kind === 'logistic') plainLinearStep(kind === 'logistic', x, y, p, 0.05);
      else if (kind === 'softmax') plainSoftmaxStep(x, y, p, 0.05);
      else plainMlpStep(HIDDEN, x, y, p, g, h, 0.05);
    }
    return 10;
  });
}

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));

async function main() {
  // Silences the cpu backend's "install tfjs-node" banner (core's tfjs base does not register the flag).
  if (!tf.env().getFlags().IS_TEST) tf.env().registerFlag('IS_TEST', () => true);
  await tf.setBackend('cpu');
  const load = () =>
    os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(', ');
  const lines = [
    `### CPU time on the cpu backend in Node (process.cpuUsage, N = ${N.toLocaleString('en')}, SGD, median of ${REPEATS})`,
    '',
    `Load average at the start: ${load()} (${os.cpus().length} cores).`,
    '',
    'All figures are CPU ms per training step, of core bundled as pages get it and run by plain Node, each after 2 s of warm-up. k: steps per `session.step(k)` call (one kernel call and one read-back per call on the fused path): the playground runs k = speed steps per frame (default 1) and 100 per frame for "train until converged". "Plain JS, same arithmetic": what `step(1)` computes, in plain loops: forward pass, loss, gradient and update, then one more forward pass for the loss after the update, which `step(1)` also returns (at k = 100 each step\'s loss after is the next one\'s loss before, so one pass a step suffices); linear and logistic only. "Plain JS step": the first loop alone. The kernel alone: `GdTrainSteps` with its outputs taken over and its records read back, no session. "kernel ÷ plain" uses the kernel at k = 100.',
    '',
    '| model, loss | plain JS, same arithmetic | plain JS step | session fused k = 1 | session fused k = 100 | kernel alone k = 1 | kernel alone k = 100 | session unfused (autodiff) k = 1 | fused k = 1 ÷ plain, same arithmetic | fused k = 1 ÷ plain step | fused k = 100 ÷ plain step | kernel ÷ plain step | unfused ÷ fused (k = 1) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const kind of ['linear', 'logistic', 'softmax', 'mlp'] as StepKind[]) {
    const same = kind === 'linear' || kind === 'logistic' ? await plainWithLossAfter(kind) : undefined;
    const js = await plain(kind);
    const fused1 = await session(kind, true, 1);
    const fused100 = await session(kind, true, 100);
    const alone1 = await kernel(kind, 1);
    const alone = await kernel(kind, 100);
    const unfused = await session(kind, false, 1);
    lines.push(
      `| ${kind}, ${SPECS[kind].loss} | ${same ? f(same) : '–'} | ${f(js)} | ${f(fused1)} | ${f(fused100)} | ${f(alone1)} | ${f(alone)} | ${f(unfused)} | ${same ? `${(fused1 / same).toFixed(1)}×` : '–'} | ${(fused1 / js).toFixed(1)}× | ${(fused100 / js).toFixed(1)}× | ${(alone / js).toFixed(1)}× | ${(unfused / fused1).toFixed(1)}× |`,
    );
    console.log(lines.at(-1));
  }
  lines.push('', `Load average at the end of the training table: ${load()}.`);

  lines.push(
    '',
    '| landscape 128², N = 1,000 | first picture (coarse 16²) CPU ms | whole grid CPU ms | longest slice CPU ms |',
    '|---|---:|---:|---:|',
  );
  const LANDS: [StepKind, string][] = [
    ['linear', 'mae'],
    ['linear', 'huber'],
    ['linear', 'smooth-l1'],
    ['logistic', 'bce'],
    ['logistic', 'bce-logits'],
    ['softmax', 'cce'],
    ['softmax', 'cce-logits'],
  ];
  for (const [kind, loss] of LANDS) {
    const data = datasetToTensors(stepData(kind, N));
    const model = createModel(SPECS[kind].model);
    const request = {
      model,
      loss: loss as 'mse',
      features: data.X,
      targets: kind === 'softmax' ? data.oneHot! : data.y,
      xAxis:
        kind === 'softmax'
          ? { parameter: 'W', index: 0, range: [-5, 5] as [number, number] }
          : { parameter: 'w', range: [-5, 5] as [number, number] },
      yAxis:
        kind === 'softmax'
          ? { parameter: 'W', index: 3, range: [-5, 5] as [number, number] }
          : { parameter: 'b', range: [-5, 5] as [number, number] },
      resolution: 128,
    };
    await computeLandscape({ ...request, resolution: 16 });
    const c0 = cpuMs();
    await computeLandscape({ ...request, resolution: 16 });
    const coarse = cpuMs() - c0;
    const w0 = cpuMs();
    await computeLandscape(request);
    const whole = cpuMs() - w0;
    let longest = 0;
    let last = cpuMs();
    await computeLandscapeProgressive(request, {
      yieldToMain: async () => {
        longest = Math.max(longest, cpuMs() - last);
        await new Promise((r) => setTimeout(r, 0));
        last = cpuMs();
      },
    });
    longest = Math.max(longest, cpuMs() - last);
    lines.push(`| ${kind}, ${loss} | ${f(coarse)} | ${f(whole)} | ${f(longest)} |`);
    console.log(lines.at(-1));
    model.dispose();
    disposeDatasetTensors(data);
  }
  console.log(`\n${lines.join('\n')}\n`);
}

await main();
