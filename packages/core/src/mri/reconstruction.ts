/**
 * Compressed-sensing MRI reconstruction by gradient descent.
 *
 * Measured data y = M F x_true (M the 0/1 mask of measured lines, F the orthonormal 2-D FFT).
 * The reconstruction minimises f(x) = ½‖M F x − y‖² + λ R(x) over real images x by
 *   x ← x − η (Re Fᴴ Mᵀ(M F x − y) + λ ∇R(x)),
 * starting from the real part of the zero-filled image Fᴴ y. With data consistency on, each step
 * is followed by putting the measured lines back: x ← Re Fᴴ((1 − M) F x + y).
 *
 * F x of the current image is cached between steps, so an iteration costs two FFTs (four with data
 * consistency) and returns the objective of the image it produced.
 */
import { tf } from '../tf.js';
import { type ComplexImage, fft2, ifft2, unshiftIndex } from './fft.js';
import { objectiveLipschitz, type RegularizerKind, regularizerValueAndGradient } from './regularizers.js';

export interface ReconstructionSettings {
  regularizer: RegularizerKind;
  /** Weight λ ≥ 0 of the regulariser. */
  lambda: number;
  /** Smoothing ε > 0 of total variation. */
  epsilon: number;
  /** Step size η > 0. */
  stepSize: number;
  dataConsistency: boolean;
}

/** The 2-D 0/1 mask (unshifted layout) from per-line flags in centred order; lines are rows. */
export function maskImage(lines: Uint8Array): Float32Array {
  const n = lines.length;
  const values = new Float32Array(n * n);
  for (let centred = 0; centred < n; centred++) {
    if (lines[centred]) values.fill(1, unshiftIndex(centred, n) * n, unshiftIndex(centred, n) * n + n);
  }
  return values;
}

function disposeComplex(k: ComplexImage): void {
  tf.dispose([k.real, k.imag]);
}

/**
 * Owns the tensors of one reconstruction: the true image, the mask, the measurements, the current
 * image and its transform. Call `dispose()` when done.
 */
export class MriReconstruction {
  readonly size: number;
  readonly truth: tf.Tensor2D;
  readonly mask: tf.Tensor2D;
  /** y = M F x_true. */
  readonly measured: ComplexImage;
  settings: ReconstructionSettings;
  iteration = 0;
  private x: tf.Tensor2D;
  private fx: ComplexImage;

  /**
   * @param image the true image, row-major size × size
   * @param lines measured lines in centred order (from `samplingLines`)
   */
  constructor(image: Float32Array, lines: Uint8Array, settings: ReconstructionSettings) {
    const n = lines.length;
    if (image.length !== n * n)
      throw new RangeError(`MriReconstruction: image has ${image.length} values, expected ${n * n}`);
    this.size = n;
    this.settings = { ...settings };
    this.truth = tf.tensor2d(image, [n, n]);
    this.mask = tf.tensor2d(maskImage(lines), [n, n]);
    this.measured = tf.tidy(() => {
      const k = fft2(this.truth);
      return { real: tf.mul(this.mask, k.real), imag: tf.mul(this.mask, k.imag) };
    }) as unknown as ComplexImage;
    this.x = this.zeroFilledReal();
    this.fx = fft2(this.x);
  }

  /** L = 1 + λ·L_R for the current settings. */
  get lipschitz(): number {
    return objectiveLipschitz(this.settings.regularizer, this.settings.lambda, this.settings.epsilon);
  }

  /** The current image (owned by this object: do not dispose). */
  get image(): tf.Tensor2D {
    return this.x;
  }

  private zeroFilledReal(): tf.Tensor2D {
    return tf.tidy(() => {
      const back = ifft2(this.measured);
      tf.dispose(back.imag);
      return back.real;
    });
  }

  /** Back to the zero-filled start (iteration 0). */
  restart(): void {
    this.setImage(this.zeroFilledReal(), 0);
  }

  /** Replaces the current image (takes ownership of `x`), e.g. to step back to a saved one. */
  setImage(x: tf.Tensor2D, iteration = this.iteration): void {
    tf.dispose(this.x);
    disposeComplex(this.fx);
    this.x = x;
    this.fx = fft2(x);
    this.iteration = iteration;
  }

  /** The gradient Re Fᴴ Mᵀ(M F x − y) + λ ∇R(x) at the current image (a new tensor). */
  gradient(): tf.Tensor2D {
    const { lambda, epsilon, regularizer } = this.settings;
    return tf.tidy(() => {
      const residual = {
        real: tf.sub(tf.mul(this.mask, this.fx.real), this.measured.real) as tf.Tensor2D,
        imag: tf.sub(tf.mul(this.mask, this.fx.imag), this.measured.imag) as tf.Tensor2D,
      };
      const dataGradient = ifft2(residual).real;
      if (lambda === 0) return dataGradient;
      const { gradient } = regularizerValueAndGradient(regularizer, this.x, epsilon);
      return tf.add(dataGradient, tf.mul(lambda, gradient)) as tf.Tensor2D;
    });
  }

  /** One gradient step x ← x − η∇f(x) (then the measured lines put back, when data consistency is on). */
  step(): void {
    const { stepSize, dataConsistency } = this.settings;
    const next = tf.tidy(() => {
      let x = tf.sub(this.x, tf.mul(stepSize, this.gradient())) as tf.Tensor2D;
      if (dataConsistency) {
        const k = fft2(x);
        const keep = tf.sub(1, this.mask);
        x = ifft2({
          real: tf.add(tf.mul(keep, k.real), this.measured.real) as tf.Tensor2D,
          imag: tf.add(tf.mul(keep, k.imag), this.measured.imag) as tf.Tensor2D,
        }).real;
      }
      return x;
    });
    this.setImage(next, this.iteration + 1);
  }

  /**
   * The objective's two terms at the current image, ½‖M F x − y‖² and R(x), as scalar tensors
   * (read them back with the image, once per frame).
   */
  terms(): { data: tf.Scalar; regularizer: tf.Scalar } {
    const { regularizer, epsilon } = this.settings;
    return tf.tidy(() => {
      const dr = tf.sub(tf.mul(this.mask, this.fx.real), this.measured.real);
      const di = tf.sub(tf.mul(this.mask, this.fx.imag), this.measured.imag);
      const data = tf.mul(0.5, tf.add(tf.sum(tf.square(dr)), tf.sum(tf.square(di)))) as tf.Scalar;
      return { data, regularizer: regularizerValueAndGradient(regularizer, this.x, epsilon).value };
    });
  }

  /** Objective f(x) = data + λ·R, in float64 from read-back terms. */
  objectiveFrom(data: number, regularizerValue: number): number {
    return data + this.settings.lambda * regularizerValue;
  }

  /** The zero-filled image |Fᴴ y|, what a scanner shows from the measured lines alone (a new tensor). */
  zeroFilled(): tf.Tensor2D {
    return tf.tidy(() => {
      const back = ifft2(this.measured);
      return tf.sqrt(tf.add(tf.square(back.real), tf.square(back.imag))) as tf.Tensor2D;
    });
  }

  /** log(1 + |F x_true|), unshifted, for the k-space picture (a new tensor). */
  kSpaceLogMagnitude(): tf.Tensor2D {
    return tf.tidy(() => {
      const k = fft2(this.truth);
      return tf.log1p(tf.sqrt(tf.add(tf.square(k.real), tf.square(k.imag)))) as tf.Tensor2D;
    });
  }

  dispose(): void {
    tf.dispose([this.truth, this.mask, this.x]);
    disposeComplex(this.measured);
    disposeComplex(this.fx);
  }
}
