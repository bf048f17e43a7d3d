import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBGL_KERNEL_CONFIGS } from './backend/webgl-kernels.js';
import { tf } from './tf.js';
import { GRADIENT_CONFIGS } from './tf-gradients.js';
import { CPU_KERNEL_CONFIGS } from './tf-kernels.js';

const names = (configs: readonly { kernelName: string }[]) => configs.map((c) => c.kernelName).sort();

describe('the custom tfjs module', () => {
  it('registers exactly the listed cpu kernels, not the whole backend', () => {
    expect(names(tf.getKernelsForBackend('cpu'))).toEqual(names(CPU_KERNEL_CONFIGS));
    // The full cpu backend registers about 170; a custom module that grew back would show here.
    expect(CPU_KERNEL_CONFIGS.length).toBeLessThan(80);
  });

  it('lists the same kernels for the lazily loaded webgl backend as for the cpu backend', () => {
    expect(names(WEBGL_KERNEL_CONFIGS)).toEqual(names(CPU_KERNEL_CONFIGS));
  });

  it('registers a gradient only for listed kernels, and each is found by the engine', () => {
    const kernels = new Set(names(CPU_KERNEL_CONFIGS));
    for (const gradient of GRADIENT_CONFIGS) {
      expect(kernels.has(gradient.kernelName), gradient.kernelName).toBe(true);
      expect(tf.getGradient(gradient.kernelName)?.kernelName).toBe(gradient.kernelName);
    }
  });

  it('has no chained methods: core calls ops (tf.add(t, u)), never t.add(u)', () => {
    const t = tf.scalar(1);
    expect((t as unknown as Record<string, unknown>).add).toBeUndefined();
    t.dispose();
  });
});

// The ops the upcoming elements (convolution, FFT, normalisation, softmax, MLPs) rely on, each
// forward and backward against a hand calculation, so their kernels and gradients stay registered.
describe('ops for the upcoming elements', () => {
  const values = async (t: tf.Tensor) => Array.from(await t.data());
  const expectClose = async (t: tf.Tensor, expected: number[]) => {
    const actual = await values(t);
    expect(actual).toHaveLength(expected.length);
    for (const [i, v] of actual.entries()) expect(v).toBeCloseTo(expected[i]!, 6);
  };
  // Tensors each test creates are released at its end, and the count must come back.
  let before = 0;
  beforeEach(() => {
    before = tf.memory().numTensors;
    tf.engine().startScope();
  });
  afterEach(() => {
    tf.engine().endScope();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('conv1d (cross-correlation) and its gradients for input and filter', async () => {
    const x = tf.tensor3d([1, 2, 3, 4], [1, 4, 1]);
    const filter = tf.tensor3d([1, -1], [2, 1, 1]);
    const y = tf.conv1d(x, filter, 1, 'valid');
    // y_i = x_i − x_{i+1}
    expect(await values(y)).toEqual([-1, -1, -1]);
    const [dx, dFilter] = tf.grads((a: tf.Tensor, f: tf.Tensor) =>
      tf.sum(tf.conv1d(a as tf.Tensor3D, f as tf.Tensor3D, 1, 'valid')),
    )([x, filter]);
    // ∂Σy/∂x = (1, 0, 0, −1); ∂Σy/∂filter = (x1+x2+x3, x2+x3+x4) = (6, 9)
    expect(await values(dx!)).toEqual([1, 0, 0, -1]);
    expect(await values(dFilter!)).toEqual([6, 9]);
  });

  it('fft and ifft of complex tensors, with real, imag and abs', async () => {
    const signal = tf.complex(tf.tensor1d([1, 0, 0, 0]), tf.tensor1d([0, 0, 0, 0]));
    const spectrum = tf.spectral.fft(signal);
    // An impulse has a flat spectrum: 1 at every frequency.
    expect(await values(tf.real(spectrum))).toEqual([1, 1, 1, 1]);
    expect(await values(tf.imag(spectrum))).toEqual([0, 0, 0, 0]);
    const back = tf.spectral.ifft(spectrum);
    // |ifft(fft(x))| = |x| (abs of a complex tensor is the ComplexAbs kernel)
    expect((await values(tf.abs(back))).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1, 0, 0, 0]);
  });

  it('moments, batchNorm, softmax, logSoftmax, max, exp, log', async () => {
    const x = tf.tensor1d([1, 2, 3, 4]);
    const { mean, variance } = tf.moments(x);
    expect(await values(mean)).toEqual([2.5]);
    expect(await values(variance)).toEqual([1.25]);
    const normalised = tf.batchNorm(x, mean, variance, undefined, undefined, 0);
    const expected = [-1.5, -0.5, 0.5, 1.5].map((d) => d / Math.sqrt(1.25));
    await expectClose(normalised, expected);
    const logits = tf.tensor1d([0, Math.log(3)]);
    await expectClose(tf.softmax(logits), [0.25, 0.75]);
    await expectClose(tf.logSoftmax(logits), [Math.log(0.25), Math.log(0.75)]);
    // d/dz Σ log softmax(z) = 1 − n·softmax(z) = (1 − 2·0.25, 1 − 2·0.75)
    const dLogits = tf.grad((z: tf.Tensor) => tf.sum(tf.logSoftmax(z)))(logits);
    await expectClose(dLogits, [0.5, -0.5]);
    expect(await values(tf.max(x))).toEqual([4]);
    expect((await values(tf.log(tf.exp(x)))).map((v) => Math.round(v * 1e5) / 1e5)).toEqual([1, 2, 3, 4]);
  });

  it('a dense layer with relu, tanh and sigmoid, and its gradients', async () => {
    const x = tf.tensor2d([[1, -2]]);
    const w = tf.tensor2d([[0.5], [0.25]]);
    // x·w = 0.5 − 0.5 = 0: relu 0, tanh 0, sigmoid 1/2
    const z = tf.matMul(x, w);
    expect(await values(tf.relu(z))).toEqual([0]);
    expect(await values(tf.tanh(z))).toEqual([0]);
    expect(await values(tf.sigmoid(z))).toEqual([0.5]);
    // d sigmoid(x·w)/dw = σ'(0)·x = 0.25·(1, −2); d tanh(x·w)/dw = 1·x
    const dSigmoid = tf.grad((v: tf.Tensor) => tf.sum(tf.sigmoid(tf.matMul(x, v as tf.Tensor2D))))(w);
    expect(await values(dSigmoid)).toEqual([0.25, -0.5]);
    const dTanh = tf.grad((v: tf.Tensor) => tf.sum(tf.tanh(tf.matMul(x, v as tf.Tensor2D))))(w);
    expect(await values(dTanh)).toEqual([1, -2]);
  });
});
