// Measures, side by side in one run: training steps per second of a session on the CPU and WebGL
// backends next to a plain JavaScript loop, and the time per loss-landscape grid, and prints what
// the backend policy would choose for each workload next to what was measured faster.

import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { chooseBackend } from '../src/backend/policy.js';
import { probeWebGL, ready } from '../src/backend/ready.js';
import { datasetToTensors, disposeDatasetTensors } from '../src/data/tensors.js';
import { computeLandscape } from '../src/landscape/landscape.js';
import { createModel } from '../src/models/create.js';
import { tf } from '../src/tf.js';
import { TrainingSession } from '../src/training/session.js';
import { averageTimer } from './timing.js';
import { benchData, plainLoopStep } from './workloads.js';

type Backend = 'cpu' | 'webgl';
const BACKENDS: Backend[] = ['cpu', 'webgl'];
/** Each measurement runs for at least this long (after a warm-up), so short ones are averaged. */
const MEASURE_MS = 700;
/** Steps per read-back, as a widget doing 10 steps per frame would. */
const STEPS_PER_READ = 10;

/** Average wall ms per step over at least MEASURE_MS, after a warm-up call (see `averageTimer`). */
const timeRepeated = averageTimer(MEASURE_MS);

/** Within this ratio the two backends are a tie: either choice is right, and the policy agrees. */
const TIE = 1.15;

function verdict(cpuMs: number, webglMs: number, policy: Backend): { faster: string; agrees: boolean } {
  if (Math.max(cpuMs, webglMs) / Math.min(cpuMs, webglMs) < TIE) return { faster: 'tie', agrees: true };
  const faster: Backend = cpuMs < webglMs ? 'cpu' : 'webgl';
  return { faster, agrees: faster === policy };
}

async function sessionStepMs(kind: 'linear' | 'logistic', n: number, backend: Backend): Promise<number> {
  await ready({ prefer: backend });
  const session = await TrainingSession.create({
    dataset: benchData(kind, n),
    model: { kind, features: 1, init: 'zeros' },
    loss: kind === 'linear' ? 'mse' : 'bce-logits',
    optimizer: 'sgd',
    hyperparameters: { learningRate: 0.05 },
    recordPredictionsUpTo: 0,
    historyLimit: 100,
  });
  const ms = await timeRepeated(async () => (await session.step(STEPS_PER_READ)).length);
  session.dispose();
  return ms;
}

function plainStepMs(kind: 'linear' | 'logistic', n: number): Promise<number> {
  const data = benchData(kind, n);
  const x = Float32Array.from(data.features, (row) => row[0]!);
  const y = Float32Array.from(data.targets);
  const state = { w: 0, b: 0 };
  return timeRepeated(() => {
    for (let i = 0; i < STEPS_PER_READ; i++) plainLoopStep(kind, x, y, state, 0.05);
    return STEPS_PER_READ;
  });
}

async function landscapeMs(
  kind: 'linear' | 'logistic',
  n: number,
  resolution: number,
  backend: Backend,
): Promise<{ ms: number; method: string }> {
  await ready({ prefer: backend });
  const data = datasetToTensors(benchData(kind, n));
  const model = createModel({ kind, features: 1, init: 'zeros' });
  let method = '';
  const grid = (size: number) =>
    computeLandscape({
      model,
      loss: kind === 'linear' ? 'mse' : 'bce-logits',
      features: data.X,
      targets: data.y,
      xAxis: { parameter: 'w', range: [-5, 5] },
      yAxis: { parameter: 'b', range: [-5, 5] },
      resolution: size,
    });
  // Warm up on a small grid: it compiles the same shaders without costing a whole large grid.
  const ms = await timeRepeated(
    async () => {
      method = (await grid(resolution)).method;
      return 1;
    },
    () => grid(8),
  );
  model.dispose();
  disposeDatasetTensors(data);
  return { ms, method };
}

const format = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));

it(
  'prints training and landscape figures for both backends, and the policy’s choices',
  async () => {
    const webgl = probeWebGL();
    const tensorsAtStart = tf.memory().numTensors;
    const lines: string[] = [
      `Renderer: ${webgl.renderer ?? 'none'} (software: ${webgl.softwareEmulated ?? 'n/a'})`,
      '',
      '### Training: one full-batch step plus the whole-data loss, 10 steps per read-back',
      '',
      '| model | N | cpu ms/step | webgl ms/step | plain JS ms/step | cpu steps/s | webgl steps/s | faster backend | policy picks | agrees |',
      '|---|---:|---:|---:|---:|---:|---:|---|---|---|',
    ];
    let disagreements = 0;
    for (const kind of ['linear', 'logistic'] as const) {
      for (const n of [10, 1_000, 100_000]) {
        const cpu = await sessionStepMs(kind, n, 'cpu');
        const gpu = await sessionStepMs(kind, n, 'webgl');
        const plain = await plainStepMs(kind, n);
        const policy = chooseBackend(webgl, { elementsPerOp: n }).backend;
        const { faster, agrees } = verdict(cpu, gpu, policy);
        if (!agrees) disagreements++;
        console.log(
          `training ${kind} N=${n}: cpu ${format(cpu)} ms, webgl ${format(gpu)} ms, plain ${format(plain)} ms`,
        );
        lines.push(
          `| ${kind} | ${n.toLocaleString('en')} | ${format(cpu)} | ${format(gpu)} | ${format(plain)} | ${(1000 / cpu).toFixed(0)} | ${(1000 / gpu).toFixed(0)} | ${faster} | ${policy} | ${agrees ? 'yes' : 'NO'} |`,
        );
      }
    }
    lines.push(
      '',
      '### Loss landscape: one whole grid over (w, b)',
      '',
      '| model, loss | method | N | grid | cpu ms | webgl ms | faster backend | policy picks | agrees |',
      '|---|---|---:|---:|---:|---:|---|---|---|',
    );
    for (const kind of ['linear', 'logistic'] as const) {
      for (const n of [100, 10_000]) {
        for (const resolution of [64, 128, 256]) {
          const results = new Map<Backend, { ms: number; method: string }>();
          for (const backend of BACKENDS)
            results.set(backend, await landscapeMs(kind, n, resolution, backend));
          const cpu = results.get('cpu')!;
          const gpu = results.get('webgl')!;
          // The quadratic form touches G²·(m+1)² numbers whatever N is; the batched path G²·N.
          const elementsPerOp = cpu.method === 'quadratic' ? resolution ** 2 * 4 : resolution ** 2 * n;
          const policy = chooseBackend(webgl, { elementsPerOp }).backend;
          const { faster, agrees } = verdict(cpu.ms, gpu.ms, policy);
          if (!agrees) disagreements++;
          console.log(
            `landscape ${kind} N=${n} G=${resolution}: cpu ${format(cpu.ms)} ms, webgl ${format(gpu.ms)} ms`,
          );
          lines.push(
            `| ${kind}, ${kind === 'linear' ? 'MSE' : 'BCE'} | ${cpu.method} | ${n.toLocaleString('en')} | ${resolution}² | ${format(cpu.ms)} | ${format(gpu.ms)} | ${faster} | ${policy} | ${agrees ? 'yes' : 'NO'} |`,
          );
        }
      }
    }
    lines.push(
      '',
      `Policy disagreements with the measurements: ${disagreements} (a tie is a ratio under ${TIE}: either backend is right).`,
    );
    const table = lines.join('\n');
    console.log(`\n${table}\n`);
    await commands.writeFile('bench-results/backends.md', `${table}\n`);
    await tf.setBackend('cpu');
    // The benchmark itself must not leak: everything it created is disposed.
    expect(tf.memory().numTensors).toBe(tensorsAtStart);
  },
  15 * 60_000,
);
