// CPU time (not wall time) of the fused paths on the cpu backend in Node, next to the unfused path
// and plain-JavaScript loops: process.cpuUsage() counts only this process's own work, so the
// figures hold on a machine shared with other jobs, where wall-clock benches (kernels.bench.ts)
// swing by 10×. Part of `pnpm bench` (project bench-node); no assertion on time.
import { it } from 'vitest';
import { datasetToTensors, disposeDatasetTensors } from '../src/data/tensors.js';
import { computeLandscape } from '../src/landscape/landscape.js';
import { computeLandscapeProgressive } from '../src/landscape/progressive.js';
import { createModel } from '../src/models/create.js';
import type { LayeredModel } from '../src/models/dense.js';
import { tf } from '../src/tf.js';
import { TrainingSession } from '../src/training/session.js';
import {
  columns,
  plainLinearStep,
  plainMlpStep,
  plainSoftmaxStep,
  type StepKind,
  stepData,
} from './kernel-workloads.js';

const N = 1_000;
const HIDDEN = 8;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU ms per call of `body` (which returns how many steps it ran), over at least 400 ms of CPU. */
async function time(body: () => Promise<number> | number): Promise<number> {
  await body();
  let done = 0;
  const start = cpuMs();
  while (cpuMs() - start < 400 || done === 0) done += await body();
  return (cpuMs() - start) / done;
}

// biome-ignore lint/suspicious/noExplicitAny: model specs of four kinds in one table
const SPECS: Record<StepKind, { model: any; loss: any }> = {
  linear: { model: { kind: 'linear', features: 2, init: 'zeros' }, loss: 'mse' },
  logistic: { model: { kind: 'logistic', features: 2, init: 'zeros' }, loss: 'bce-logits' },
  softmax: { model: { kind: 'softmax', features: 2, classes: 3, init: 'zeros' }, loss: 'cce-logits' },
  mlp: { model: { kind: 'mlp', layers: [2, HIDDEN, 1], hidden: 'tanh', init: { seed: 1 } }, loss: 'mse' },
};

async function session(kind: StepKind, fused: boolean) {
  const s = await TrainingSession.create({
    dataset: stepData(kind, N),
    model: SPECS[kind].model,
    loss: SPECS[kind].loss,
    optimizer: 'sgd',
    hyperparameters: { learningRate: 0.05 },
    recordPredictionsUpTo: 0,
    historyLimit: 100,
    fused,
  });
  const ms = await time(async () => (await s.step(10)).length);
  s.dispose();
  return ms;
}

function fusedLossGrad(kind: StepKind) {
  const data = datasetToTensors(stepData(kind, N));
  const model = createModel(SPECS[kind].model) as LayeredModel;
  const layer = model.layers[0]!;
  const y = kind === 'softmax' ? data.oneHot! : data.y;
  const attrs = { loss: SPECS[kind].loss, activation: layer.activation, half: false, delta: 1, beta: 1 };
  const ms = time(() => {
    for (let i = 0; i < 10; i++) {
      const out = tf
        .engine()
        .runKernel(
          'GdDenseLossStep',
          { x: data.X, y, w: layer.weight.variable, b: layer.bias!.variable },
          attrs,
        ) as tf.Tensor[];
      tf.dispose(out);
    }
    return 10;
  });
  return ms.then((v) => {
    model.dispose();
    disposeDatasetTensors(data);
    return v;
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
it(
  'prints CPU times of the fused paths (cpu backend, Node)',
  async () => {
    await tf.setBackend('cpu');
    const lines = [
      `### CPU time on the cpu backend in Node (process.cpuUsage, N = ${N.toLocaleString('en')})`,
      '',
      '| model, loss | fused kernel: loss + gradient ms | session step, fused ms | session step, unfused ms | plain JS step ms | kernel ÷ plain JS | fused session ÷ plain JS | unfused ÷ fused session |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const kind of ['linear', 'logistic', 'softmax', 'mlp'] as StepKind[]) {
      const kernel = kind === 'mlp' ? Number.NaN : await fusedLossGrad(kind);
      const fused = await session(kind, true);
      const unfused = await session(kind, false);
      const js = await plain(kind);
      lines.push(
        `| ${kind}, ${SPECS[kind].loss} | ${kind === 'mlp' ? '– (GdDense layers + autodiff)' : f(kernel)} | ${f(fused)} | ${f(unfused)} | ${f(js)} | ${kind === 'mlp' ? '–' : `${(kernel / js).toFixed(1)}×`} | ${(fused / js).toFixed(1)}× | ${(unfused / fused).toFixed(1)}× |`,
      );
      console.log(lines.at(-1));
    }

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
  },
  10 * 60_000,
);
