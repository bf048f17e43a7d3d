/**
 * Orthonormal 2-D Fourier transforms of complex images held as two real tensors (real, imag).
 *
 * Scaling is orthonormal (1/√N for N = n² pixels, so 1/n overall), not tfjs's (none forward, 1/n
 * per axis back): then ‖F x‖ = ‖x‖, F⁻¹ = Fᴴ, and the data term ½‖M F x − y‖² has a gradient with
 * Lipschitz constant 1.
 *
 * On the CPU backend the transform runs as one fused kernel (see fft-kernel.ts: tfjs's own CPU
 * FFT takes seconds at 128 × 128). Elsewhere it is `tf.spectral.fft` over the rows, a transpose,
 * the rows again and a transpose back.
 */
import { tf } from '../tf.js';
import { FFT2D_KERNEL, registerFft2dKernel } from './fft-kernel.js';

/** A complex image as two real [n, n] tensors. */
export interface ComplexImage {
  real: tf.Tensor2D;
  imag: tf.Tensor2D;
}

registerFft2dKernel();

function transform(image: ComplexImage, inverse: boolean): ComplexImage {
  const n = image.real.shape[0];
  if (tf.getBackend() === 'cpu') {
    const [real, imag] = tf.engine().runKernel(FFT2D_KERNEL, { real: image.real, imag: image.imag }, {
      inverse,
    } as unknown as tf.NamedAttrMap) as tf.Tensor2D[];
    return { real: real as tf.Tensor2D, imag: imag as tf.Tensor2D };
  }
  return tf.tidy(() => {
    const along = inverse ? tf.spectral.ifft : tf.spectral.fft;
    const rows = along(tf.complex(image.real, image.imag));
    const both = tf.transpose(along(tf.transpose(rows)));
    // tfjs: no scaling forward, 1/n per axis backward; orthonormal: 1/n in all, either way.
    const scale = inverse ? n : 1 / n;
    return {
      real: tf.mul(tf.real(both), scale) as tf.Tensor2D,
      imag: tf.mul(tf.imag(both), scale) as tf.Tensor2D,
    };
  });
}

/** F x: orthonormal 2-D DFT, unshifted (zero frequency at [0, 0]). `imag` may be omitted for a real image. */
export function fft2(real: tf.Tensor2D, imag?: tf.Tensor2D): ComplexImage {
  if (imag) return transform({ real, imag }, false);
  return tf.tidy(() => {
    const out = transform({ real, imag: tf.zerosLike(real) }, false);
    return out as unknown as tf.TensorContainer;
  }) as unknown as ComplexImage;
}

/** Fᴴ k = F⁻¹ k (orthonormal). */
export function ifft2(k: ComplexImage): ComplexImage {
  return transform(k, true);
}

/**
 * Moves the zero frequency of a row-major n × n array from [0, 0] to the centre
 * [⌊n/2⌋, ⌊n/2⌋], as numpy's fftshift does, so low frequencies sit in the middle of a picture.
 */
export function fftshift2<T extends Float32Array | Float64Array>(values: T, n: number): T {
  const out = new (values.constructor as { new (length: number): T })(values.length);
  const h = Math.floor(n / 2);
  for (let row = 0; row < n; row++) {
    const sourceRow = (row - h + n) % n;
    for (let col = 0; col < n; col++) {
      out[row * n + col] = values[sourceRow * n + ((col - h + n) % n)] as number;
    }
  }
  return out;
}

/** Index in unshifted (DC-first) order of the line at centred index `centred`. */
export function unshiftIndex(centred: number, n: number): number {
  return (centred - Math.floor(n / 2) + n) % n;
}
