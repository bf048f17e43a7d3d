/**
 * A fused 2-D FFT kernel for the CPU backend.
 *
 * Why: tfjs's CPU `FFT` kernel builds its radix-2 recursion out of tensor ops, which costs about
 * 2 s for the 128 rows of a 128 × 128 image on this project's machines; a frame has 16 ms. This
 * kernel does the same transform (orthonormal, rows then columns) with an iterative radix-2 loop
 * on typed arrays (a direct DFT per line when n is not a power of two), about a millisecond at
 * 128 × 128. It is registered under its own name for the CPU backend only; on other backends
 * `fft2` falls back to `tf.spectral.fft` (a shader on WebGL). Tests check it against
 * `tf.spectral.fft`.
 */
import { tf } from '../tf.js';

/** Kernel name; inputs { real, imag } ([n, n] float32), attrs { inverse }, outputs [real, imag]. */
export const FFT2D_KERNEL = 'GdOrthonormalFft2d';

interface Plan {
  n: number;
  cos: Float64Array;
  sin: Float64Array;
  /** Bit-reversal permutation (power-of-two n only). */
  reversed: Uint32Array | null;
}

const plans = new Map<number, Plan>();

function planFor(n: number): Plan {
  let plan = plans.get(n);
  if (plan) return plan;
  const cos = new Float64Array(n);
  const sin = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / n);
    sin[k] = Math.sin((2 * Math.PI * k) / n);
  }
  let reversed: Uint32Array | null = null;
  if ((n & (n - 1)) === 0) {
    reversed = new Uint32Array(n);
    const bits = Math.log2(n);
    for (let i = 0; i < n; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      reversed[i] = r;
    }
  }
  plan = { n, cos, sin, reversed };
  plans.set(n, plan);
  return plan;
}

/**
 * Unscaled 1-D DFT of one line in place: X[k] = Σ x[j]·e^(∓2πi jk/n) (minus sign forward).
 * `scratchRe`/`scratchIm` are length-n buffers for the non-power-of-two path.
 */
function transformLine(
  re: Float64Array,
  im: Float64Array,
  plan: Plan,
  inverse: boolean,
  scratchRe: Float64Array,
  scratchIm: Float64Array,
): void {
  const { n, cos, sin, reversed } = plan;
  const sign = inverse ? 1 : -1;
  if (reversed) {
    for (let i = 0; i < n; i++) {
      const j = reversed[i] as number;
      if (j > i) {
        const tr = re[i] as number;
        re[i] = re[j] as number;
        re[j] = tr;
        const ti = im[i] as number;
        im[i] = im[j] as number;
        im[j] = ti;
      }
    }
    for (let half = 1; half < n; half *= 2) {
      const stride = n / (2 * half);
      for (let start = 0; start < n; start += 2 * half) {
        for (let k = 0; k < half; k++) {
          const wr = cos[k * stride] as number;
          const wi = sign * (sin[k * stride] as number);
          const a = start + k;
          const b = a + half;
          const br = re[b] as number;
          const bi = im[b] as number;
          const tr = br * wr - bi * wi;
          const ti = br * wi + bi * wr;
          const ar = re[a] as number;
          const ai = im[a] as number;
          re[a] = ar + tr;
          im[a] = ai + ti;
          re[b] = ar - tr;
          im[b] = ai - ti;
        }
      }
    }
    return;
  }
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let si = 0;
    for (let j = 0; j < n; j++) {
      const index = (j * k) % n;
      const wr = cos[index] as number;
      const wi = sign * (sin[index] as number);
      sr += (re[j] as number) * wr - (im[j] as number) * wi;
      si += (re[j] as number) * wi + (im[j] as number) * wr;
    }
    scratchRe[k] = sr;
    scratchIm[k] = si;
  }
  re.set(scratchRe);
  im.set(scratchIm);
}

/**
 * Orthonormal 2-D DFT of a row-major n × n complex image given as two arrays; returns new
 * float32 arrays. Forward F x[u, v] = (1/n) Σ x[r, c] e^(−2πi(ur + vc)/n); inverse uses +.
 */
export function fft2Arrays(
  real: ArrayLike<number>,
  imag: ArrayLike<number>,
  n: number,
  inverse: boolean,
): { real: Float32Array; imag: Float32Array } {
  const plan = planFor(n);
  const re = Float64Array.from(real);
  const im = Float64Array.from(imag);
  const lineRe = new Float64Array(n);
  const lineIm = new Float64Array(n);
  const scratchRe = new Float64Array(n);
  const scratchIm = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    const offset = row * n;
    for (let c = 0; c < n; c++) {
      lineRe[c] = re[offset + c] as number;
      lineIm[c] = im[offset + c] as number;
    }
    transformLine(lineRe, lineIm, plan, inverse, scratchRe, scratchIm);
    re.set(lineRe, offset);
    im.set(lineIm, offset);
  }
  const outRe = new Float32Array(n * n);
  const outIm = new Float32Array(n * n);
  const scale = 1 / n;
  for (let col = 0; col < n; col++) {
    for (let r = 0; r < n; r++) {
      lineRe[r] = re[r * n + col] as number;
      lineIm[r] = im[r * n + col] as number;
    }
    transformLine(lineRe, lineIm, plan, inverse, scratchRe, scratchIm);
    for (let r = 0; r < n; r++) {
      outRe[r * n + col] = (lineRe[r] as number) * scale;
      outIm[r * n + col] = (lineIm[r] as number) * scale;
    }
  }
  return { real: outRe, imag: outIm };
}

interface CpuBackendLike {
  data: { get(dataId: object): { values: ArrayLike<number> } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo;
}

let registered = false;

/** Registers the kernel for the CPU backend (idempotent). */
export function registerFft2dKernel(): void {
  if (registered || tf.getKernel(FFT2D_KERNEL, 'cpu')) {
    registered = true;
    return;
  }
  tf.registerKernel({
    kernelName: FFT2D_KERNEL,
    backendName: 'cpu',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const cpu = backend as unknown as CpuBackendLike;
      const real = inputs.real as tf.TensorInfo;
      const imag = inputs.imag as tf.TensorInfo;
      const n = real.shape[0] as number;
      const out = fft2Arrays(
        cpu.data.get(real.dataId).values,
        cpu.data.get(imag.dataId).values,
        n,
        Boolean((attrs as { inverse?: boolean } | undefined)?.inverse),
      );
      return [
        cpu.makeTensorInfo([n, n], 'float32', out.real),
        cpu.makeTensorInfo([n, n], 'float32', out.imag),
      ];
    },
  });
  registered = true;
}
