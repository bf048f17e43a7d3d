/**
 * The regulariser's value and gradient as one fused CPU kernel.
 *
 * Why: on tfjs's CPU backend the tensor version (slices, pads, a dozen element-wise ops) spends
 * most of an iteration in kernel overhead and strided copies; this loop does the same sums in one
 * pass. The tensor version in regularizers.ts stays the reference (tests compare the two) and runs
 * on the other backends.
 */
import { tf } from '../tf.js';

export const REGULARIZER_KERNEL = 'GdImageRegularizer';

/**
 * R(x) and ∇R(x) for a row-major n × m image, forward differences with zero last difference.
 * `tv` true: smoothed total variation with ε; false: Tikhonov ½‖Dx‖².
 */
export function regularizerArrays(
  x: ArrayLike<number>,
  rows: number,
  cols: number,
  tv: boolean,
  epsilon: number,
): { value: number; gradient: Float32Array } {
  const px = new Float64Array(rows * cols);
  const py = new Float64Array(rows * cols);
  const eps2 = epsilon * epsilon;
  let value = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const here = x[i] as number;
      const dx = c < cols - 1 ? (x[i + 1] as number) - here : 0;
      const dy = r < rows - 1 ? (x[i + cols] as number) - here : 0;
      if (tv) {
        const s = Math.sqrt(dx * dx + dy * dy + eps2);
        value += s;
        px[i] = dx / s;
        py[i] = dy / s;
      } else {
        value += 0.5 * (dx * dx + dy * dy);
        px[i] = dx;
        py[i] = dy;
      }
    }
  }
  // ∇R = Dᵀp: (Dᵀp)[i] = p[left] − p[i] along x, plus the same along y.
  const gradient = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const left = c > 0 ? (px[i - 1] as number) : 0;
      const up = r > 0 ? (py[i - cols] as number) : 0;
      gradient[i] = left + up - (px[i] as number) - (py[i] as number);
    }
  }
  return { value, gradient };
}

interface CpuBackendLike {
  data: { get(dataId: object): { values: ArrayLike<number> } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo;
}

/** Registers the kernel for the CPU backend (idempotent). Outputs [value (scalar), gradient]. */
export function registerRegularizerKernel(): void {
  if (tf.getKernel(REGULARIZER_KERNEL, 'cpu')) return;
  tf.registerKernel({
    kernelName: REGULARIZER_KERNEL,
    backendName: 'cpu',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const cpu = backend as unknown as CpuBackendLike;
      const x = inputs.x as tf.TensorInfo;
      const [rows, cols] = x.shape as [number, number];
      const { tv, epsilon } = attrs as unknown as { tv: boolean; epsilon: number };
      const out = regularizerArrays(cpu.data.get(x.dataId).values, rows, cols, tv, epsilon);
      return [
        cpu.makeTensorInfo([], 'float32', Float32Array.of(out.value)),
        cpu.makeTensorInfo([rows, cols], 'float32', out.gradient),
      ];
    },
  });
}
