// How far GdDenseLossStep's 200-step runs land from the autodiff runs, on webgl and on cpu, next to
// how far the autodiff path lands from itself across the two backends: the yardstick for the
// kernel's webgl tolerance (fused-step.test-fixtures.ts). Deviations are the largest
// |a − e| / max(1, |e|) over the loss curve and the final parameters. Part of `pnpm bench`; the
// tests assert the tolerances, this prints the measured figures.
import { it } from 'vitest';
import { loadWebGLBackend } from '../src/backend/load-webgl.js';
import {
  dataKind,
  lossAndGrads,
  makeData,
  OPTIMIZERS,
  run,
  STEP_CASES,
} from '../src/kernels/fused-step.test-fixtures.js';
import { createModel } from '../src/models/create.js';
import type { LayeredModel } from '../src/models/dense.js';
import { tf } from '../src/tf.js';
import '../src/tf-gradients.js';

function deviation(actual: readonly number[], expected: readonly number[]): number {
  let worst = 0;
  expected.forEach((e, i) => {
    worst = Math.max(worst, Math.abs(actual[i]! - e) / Math.max(1, Math.abs(e)));
  });
  return worst;
}

/** One step's loss and gradients, read back. */
function oneStep(c: (typeof STEP_CASES)[number], fused: boolean): number[] {
  const { X, y } = makeData(dataKind(c));
  const model = createModel(c.model) as LayeredModel;
  const r = lossAndGrads(c, model, X, y, fused);
  const out = [...r.value.dataSync(), ...r.grads.flatMap((g) => Array.from(g.dataSync()))];
  tf.dispose([r.value, ...r.grads, X, y]);
  model.dispose();
  return out;
}

const e = (v: number) => (v === 0 ? '0' : v.toExponential(1));

it('prints how far fused and autodiff runs land from each other on webgl and cpu', async () => {
  tf.env().set('IS_TEST', true);
  await loadWebGLBackend();
  await tf.setBackend('webgl');
  // As in the browser tests: every tensor on the GPU, however small.
  tf.env().set('WEBGL_CPU_FORWARD', false);
  const lines = [
    '### GdDenseLossStep against autodiff, 200 steps (largest relative deviation, curve and parameters)',
    '',
    '"fused/autodiff" races the two paths on one backend (what the tests hold: 1e-6 on cpu, 2e-5 on webgl). "autodiff webgl/cpu" is the autodiff path against itself across backends: float32 shaders summing in another order than the cpu kernels. "1 step" is one loss and gradient on webgl.',
    '',
    '| case | optimizer | 1 step fused/autodiff (webgl) | fused/autodiff webgl | fused/autodiff cpu | autodiff webgl/cpu | fused webgl/autodiff cpu |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  const optimizers = OPTIMIZERS.filter(([name]) => name.startsWith('tf.train') || name === 'our Adam');
  for (const c of STEP_CASES) {
    await tf.setBackend('webgl');
    const first = deviation(oneStep(c, true), oneStep(c, false));
    for (const [name, stepper] of optimizers) {
      await tf.setBackend('cpu');
      const fusedCpu = run(c, stepper, true, 200);
      const autoCpu = run(c, stepper, false, 200);
      await tf.setBackend('webgl');
      const fusedGl = run(c, stepper, true, 200);
      const autoGl = run(c, stepper, false, 200);
      const both = (a: typeof fusedCpu, b: typeof fusedCpu) =>
        Math.max(deviation(a.curve, b.curve), deviation(a.parameters, b.parameters));
      lines.push(
        `| ${c.name} | ${name} | ${e(first)} | ${e(both(fusedGl, autoGl))} | ${e(both(fusedCpu, autoCpu))} | ${e(both(autoGl, autoCpu))} | ${e(both(fusedGl, autoCpu))} |`,
      );
    }
  }
  console.log(`\n${lines.join('\n')}\n`);
}, 900_000);
