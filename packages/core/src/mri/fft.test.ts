import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { fft2, fftshift2, ifft2, unshiftIndex } from './fft.js';
import { fft2Arrays } from './fft-kernel.js';

tf.env().set('IS_TEST', true);

function randomImage(n: number, seed: string): Float32Array {
  const random = createRandom(seed);
  return Float32Array.from({ length: n * n }, () => random.normal());
}

/** Reference: tf.spectral.fft over rows, transpose, rows, transpose; scaled by 1/n. */
async function tfjsFft2(
  re: Float32Array,
  im: Float32Array,
  n: number,
): Promise<{ re: Float32Array; im: Float32Array }> {
  const out = tf.tidy(() => {
    const x = tf.complex(tf.tensor2d(re, [n, n]), tf.tensor2d(im, [n, n]));
    const both = tf.transpose(tf.spectral.fft(tf.transpose(tf.spectral.fft(x))));
    return [tf.div(tf.real(both), n), tf.div(tf.imag(both), n)];
  });
  const [r, i] = await Promise.all(out.map((t) => t.data() as Promise<Float32Array>));
  tf.dispose(out);
  return { re: r as Float32Array, im: i as Float32Array };
}

describe('orthonormal 2-D FFT', () => {
  it.each([8, 16, 12])('the fused kernel agrees with tf.spectral.fft at n = %i', async (n) => {
    await tf.setBackend('cpu');
    const re = randomImage(n, `re${n}`);
    const im = randomImage(n, `im${n}`);
    const ours = fft2Arrays(re, im, n, false);
    const theirs = await tfjsFft2(re, im, n);
    for (let i = 0; i < n * n; i++) {
      expect(ours.real[i]).toBeCloseTo(theirs.re[i] as number, 4);
      expect(ours.imag[i]).toBeCloseTo(theirs.im[i] as number, 4);
    }
  });

  it('a constant image has all its energy at the zero frequency, n·value (1/√N scaling)', () => {
    const n = 16;
    const out = fft2Arrays(new Float32Array(n * n).fill(2), new Float32Array(n * n), n, false);
    expect(out.real[0]).toBeCloseTo(2 * n, 5);
    expect(Math.max(...Array.from(out.real.slice(1)).map(Math.abs))).toBeLessThan(1e-5);
  });

  it.each(['cpu', 'tf.spectral (other backends)'])(
    'round trip Fᴴ F x = x to 1e-4 and Parseval ‖F x‖ = ‖x‖ (%s path)',
    async (path) => {
      await tf.setBackend('cpu');
      const n = 64;
      const image = randomImage(n, 'round');
      const before = tf.memory().numTensors;
      const x = tf.tensor2d(image, [n, n]);
      let k: { real: tf.Tensor2D; imag: tf.Tensor2D };
      let back: { real: tf.Tensor2D; imag: tf.Tensor2D };
      if (path === 'cpu') {
        k = fft2(x);
        back = ifft2(k);
      } else {
        // The same round trip through tf.spectral (what other backends use).
        const pair = tf.tidy(() => {
          const c = tf.complex(x, tf.zerosLike(x));
          const f = tf.transpose(tf.spectral.fft(tf.transpose(tf.spectral.fft(c))));
          const b = tf.transpose(tf.spectral.ifft(tf.transpose(tf.spectral.ifft(f))));
          return [tf.div(tf.real(f), n), tf.div(tf.imag(f), n), tf.real(b), tf.imag(b)] as tf.Tensor2D[];
        });
        k = { real: pair[0] as tf.Tensor2D, imag: pair[1] as tf.Tensor2D };
        back = { real: pair[2] as tf.Tensor2D, imag: pair[3] as tf.Tensor2D };
      }
      const [kr, ki, br, bi] = await Promise.all([
        k.real.data(),
        k.imag.data(),
        back.real.data(),
        back.imag.data(),
      ]);
      let energyX = 0;
      let energyK = 0;
      for (let i = 0; i < n * n; i++) {
        expect(Math.abs((br[i] as number) - (image[i] as number))).toBeLessThan(1e-4);
        expect(Math.abs(bi[i] as number)).toBeLessThan(1e-4);
        energyX += (image[i] as number) ** 2;
        energyK += (kr[i] as number) ** 2 + (ki[i] as number) ** 2;
      }
      expect(energyK / energyX).toBeCloseTo(1, 4);
      tf.dispose([x, k.real, k.imag, back.real, back.imag]);
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('fftshift moves [0, 0] to the centre and unshiftIndex inverts it', () => {
    for (const n of [4, 5]) {
      const values = Float32Array.from({ length: n * n }, (_, i) => i);
      const shifted = fftshift2(values, n);
      const h = Math.floor(n / 2);
      expect(shifted[h * n + h]).toBe(0);
      for (let c = 0; c < n; c++) expect(shifted[c * n + h]).toBe(unshiftIndex(c, n) * n);
    }
  });
});
