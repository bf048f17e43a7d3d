import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { samplingLines } from './mask.js';
import { psnr, rmse } from './metrics.js';
import { sheppLogan } from './phantom.js';
import { MriReconstruction, maskImage, type ReconstructionSettings } from './reconstruction.js';
import { regularizerArrays } from './regularizer-kernel.js';
import { regularizerWithTensorOps } from './regularizers.js';

tf.env().set('IS_TEST', true);

const tvSettings: ReconstructionSettings = {
  regularizer: 'tv',
  lambda: 0.002,
  epsilon: 0.01,
  stepSize: 0.35,
  dataConsistency: false,
};

async function read(t: tf.Tensor): Promise<Float32Array> {
  return (await t.data()) as Float32Array;
}

async function objective(r: MriReconstruction): Promise<number> {
  const terms = r.terms();
  const [d, reg] = await Promise.all([read(terms.data), read(terms.regularizer)]);
  tf.dispose([terms.data, terms.regularizer]);
  return r.objectiveFrom(d[0] as number, reg[0] as number);
}

describe('MRI reconstruction by gradient descent', () => {
  it('zero-filled image of a fully sampled mask equals the original', async () => {
    await tf.setBackend('cpu');
    const n = 64;
    const truth = sheppLogan(n);
    const r = new MriReconstruction(
      truth,
      samplingLines({ size: n, kind: 'full', acceleration: 1, center: 0, seed: 1 }),
      tvSettings,
    );
    const zero = r.zeroFilled();
    const values = await read(zero);
    for (let i = 0; i < n * n; i++)
      expect(Math.abs((values[i] as number) - (truth[i] as number))).toBeLessThan(1e-5);
    expect(await objective(r)).toBeGreaterThan(0); // only λ·TV remains
    zero.dispose();
    r.dispose();
  });

  it('written-out gradient = tfjs autodiff (DFT as real matrices) = central differences, 8×8', async () => {
    await tf.setBackend('cpu');
    const n = 8;
    const random = createRandom('grad');
    const truth = Float32Array.from({ length: n * n }, () => random.next());
    const lines = samplingLines({ size: n, kind: 'random', acceleration: 2, center: 0.25, seed: 4 });
    const settings = { ...tvSettings, lambda: 0.05, epsilon: 0.1 };
    const r = new MriReconstruction(truth, lines, settings);
    // Move away from the start so the data term's gradient is not zero on the measured lines.
    const start = Float32Array.from({ length: n * n }, () => random.next());
    r.setImage(tf.tensor2d(start, [n, n]), 0);
    const written = await read(r.gradient());

    // Oracle 1: tfjs autodiff of f with F x = W x Wᵀ, W = (C − iS)/√n written as real matrices.
    const c = new Float32Array(n * n);
    const s = new Float32Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let k = 0; k < n; k++) {
        c[j * n + k] = Math.cos((2 * Math.PI * j * k) / n) / Math.sqrt(n);
        s[j * n + k] = -Math.sin((2 * Math.PI * j * k) / n) / Math.sqrt(n);
      }
    }
    const mask = maskImage(lines);
    const auto = tf.tidy(() => {
      const C = tf.tensor2d(c, [n, n]);
      const S = tf.tensor2d(s, [n, n]);
      const M = tf.tensor2d(mask, [n, n]);
      const forward = (x: tf.Tensor2D) => {
        const re = tf.sub(tf.matMul(tf.matMul(C, x), C), tf.matMul(tf.matMul(S, x), S));
        const im = tf.add(tf.matMul(tf.matMul(C, x), S), tf.matMul(tf.matMul(S, x), C));
        return { re, im };
      };
      const y = forward(tf.tensor2d(truth, [n, n]));
      const f = (x: tf.Tensor) => {
        const fx = forward(x as tf.Tensor2D);
        const dr = tf.mul(M, tf.sub(fx.re, y.re));
        const di = tf.mul(M, tf.sub(fx.im, y.im));
        const data = tf.mul(0.5, tf.add(tf.sum(tf.square(dr)), tf.sum(tf.square(di))));
        return tf.add(
          data,
          tf.mul(settings.lambda, regularizerWithTensorOps('tv', x as tf.Tensor2D, settings.epsilon).value),
        ) as tf.Scalar;
      };
      return tf.grad(f)(tf.tensor2d(start, [n, n]));
    });
    const autodiff = await read(auto);
    for (let i = 0; i < n * n; i++) expect(written[i]).toBeCloseTo(autodiff[i] as number, 4);

    // Oracle 2: central differences of f in float64 (DFT by hand).
    const f64 = (x: Float64Array) => {
      let data = 0;
      for (let u = 0; u < n; u++) {
        if (!mask[u * n]) continue;
        for (let v = 0; v < n; v++) {
          let re = 0;
          let im = 0;
          for (let row = 0; row < n; row++) {
            for (let col = 0; col < n; col++) {
              const angle = (-2 * Math.PI * (u * row + v * col)) / n;
              const d = (x[row * n + col] as number) - (truth[row * n + col] as number);
              re += (d * Math.cos(angle)) / n;
              im += (d * Math.sin(angle)) / n;
            }
          }
          data += 0.5 * (re * re + im * im);
        }
      }
      return data + settings.lambda * regularizerArrays(x, n, n, true, settings.epsilon).value;
    };
    const h = 1e-6;
    for (const i of [0, 9, 27, 36, 63]) {
      const plus = Float64Array.from(start);
      const minus = Float64Array.from(start);
      plus[i] = (plus[i] as number) + h;
      minus[i] = (minus[i] as number) - h;
      expect(written[i]).toBeCloseTo((f64(plus) - f64(minus)) / (2 * h), 4);
    }
    auto.dispose();
    r.dispose();
  });

  it.each(['tv', 'tikhonov'] as const)(
    'objective never increases with η below 1/L (%s)',
    async (regularizer) => {
      await tf.setBackend('cpu');
      const n = 64;
      const lambda = regularizer === 'tv' ? 0.002 : 0.05;
      const r = new MriReconstruction(
        sheppLogan(n),
        samplingLines({ size: n, kind: 'random', acceleration: 4, center: 0.08, seed: 1 }),
        {
          ...tvSettings,
          regularizer,
          lambda,
        },
      );
      r.settings.stepSize = 0.99 / r.lipschitz;
      let previous = await objective(r);
      for (let k = 0; k < 60; k++) {
        r.step();
        const now = await objective(r);
        // float32 sums: allow rounding at the sixth significant digit.
        expect(now).toBeLessThanOrEqual(previous * (1 + 1e-6));
        previous = now;
      }
      r.dispose();
    },
  );

  it('acceleration 4, random mask, seed 1: the error falls below the zero-filled error within 100 iterations', async () => {
    await tf.setBackend('cpu');
    const n = 128;
    const truth = sheppLogan(n);
    const r = new MriReconstruction(
      truth,
      samplingLines({ size: n, kind: 'random', acceleration: 4, center: 0.08, seed: 1 }),
      tvSettings,
    );
    const zero = r.zeroFilled();
    const zeroError = rmse(await read(zero), truth);
    zero.dispose();
    let first = -1;
    let error = Number.POSITIVE_INFINITY;
    for (let k = 1; k <= 100; k++) {
      r.step();
      error = rmse(await read(r.image), truth);
      if (first < 0 && error < zeroError) first = k;
    }
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(100);
    expect(error).toBeLessThan(zeroError);
    const zeroPsnr = 20 * Math.log10(1 / zeroError);
    expect(psnr(await read(r.image), truth)).toBeGreaterThan(zeroPsnr);
    r.dispose();
  });

  it('leaves the tensor count unchanged over 1,000 iterations (with data consistency)', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    const r = new MriReconstruction(
      sheppLogan(32),
      samplingLines({ size: 32, kind: 'equispaced', acceleration: 4, center: 0.1, seed: 1 }),
      {
        ...tvSettings,
        dataConsistency: true,
      },
    );
    const during = tf.memory().numTensors;
    for (let k = 0; k < 1000; k++) r.step();
    expect(tf.memory().numTensors).toBe(during);
    r.restart();
    r.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('error measures', () => {
  it('RMSE and PSNR by hand', () => {
    expect(rmse([0, 0, 0, 0], [1, 1, 1, 1])).toBe(1);
    expect(rmse([1, 2], [1, 4])).toBeCloseTo(Math.sqrt(2), 12);
    expect(psnr([0.9, 1], [1, 1])).toBeCloseTo(20 * Math.log10(1 / Math.sqrt(0.005)), 10);
  });
});
