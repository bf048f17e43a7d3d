import { tf } from '../tf.js';
import '../tf-gradients.js';
import { convGeometry } from './conv-geometry.js';
import type { ConvLoss } from './conv-gradients.js';
import { type ConvolveOptions, checkShapes, type FilterBank, type Volume } from './conv-trace.js';

/** What tfjs computes for a convolution layer and its loss (read back as plain numbers). */
export interface ConvTfResult {
  readonly output: number[][][];
  readonly loss: number;
  /** ∂L/∂kernel by `tf.grads` (c_out × c_in × k_r × k_c). */
  readonly kernel: number[][][][];
  /** ∂L/∂input by `tf.grads` (c_in × H × W). */
  readonly input: number[][][];
}

/** Spreads a [k_r, k_c, C, O] kernel's taps d cells apart with differentiable ops (pad, reshape, slice). */
function dilateTensor(kernel: tf.Tensor4D, dilation: readonly [number, number]): tf.Tensor4D {
  const [kr, kc, C, O] = kernel.shape;
  const [dr, dc] = dilation;
  let k: tf.Tensor = tf.reshape(kernel, [kr, 1, kc, C, O]);
  k = tf.pad(k, [
    [0, 0],
    [0, dr - 1],
    [0, 0],
    [0, 0],
    [0, 0],
  ]);
  k = tf.slice(tf.reshape(k, [kr * dr, kc, C, O]), [0, 0, 0, 0], [(kr - 1) * dr + 1, kc, C, O]);
  const R = (kr - 1) * dr + 1;
  k = tf.pad(tf.reshape(k, [R, kc, 1, C, O]), [
    [0, 0],
    [0, 0],
    [0, dc - 1],
    [0, 0],
    [0, 0],
  ]);
  return tf.slice(
    tf.reshape(k, [R, kc * dc, C, O]),
    [0, 0, 0, 0],
    [R, (kc - 1) * dc + 1, C, O],
  ) as tf.Tensor4D;
}

/**
 * The same layer as `convolve`, run by tfjs (`tf.conv1d` for a 1-D signal, `tf.conv2d` otherwise,
 * on explicitly zero-padded input), with ∂L/∂input and ∂L/∂kernel from `tf.grads` — the autodiff
 * oracle for the hand-written gradients of `convGradients`. tfjs has no gradient for a dilated
 * conv op (and refuses stride and dilation both above 1), so a dilated kernel is spread out by
 * differentiable ops first and run with dilation 1: the same maths, and autodiff goes through it.
 * Creates and disposes its own tensors; float32, so compare with a tolerance.
 *
 * @throws ConvError for shapes that do not fit.
 */
export async function convGradientsTf(
  input: Volume,
  filters: FilterBank,
  options: ConvolveOptions,
  loss: ConvLoss,
): Promise<ConvTfResult> {
  const [C, H, W, O, kr, kc] = checkShapes(input, filters);
  const { padding, stride, dilation, outRows: Ho, outCols: Wo } = convGeometry(H, W, kr, kc, options);
  const oneD = H === 1 && kr === 1 && padding[0] === 0;
  const nhwc: number[] = [];
  for (let h = 0; h < H; h++)
    for (let w = 0; w < W; w++) for (let c = 0; c < C; c++) nhwc.push(input[c]?.[h]?.[w] as number);
  const hwio: number[] = [];
  for (let a = 0; a < kr; a++)
    for (let b = 0; b < kc; b++)
      for (let c = 0; c < C; c++) for (let o = 0; o < O; o++) hwio.push(filters[o]?.[c]?.[a]?.[b] as number);

  const [y, L, dx, dw] = tf.tidy(() => {
    const x = tf.tensor4d(nhwc, [1, H, W, C]);
    const w = tf.tensor4d(hwio, [kr, kc, C, O]);
    const forward = (xv: tf.Tensor, wv: tf.Tensor): tf.Tensor => {
      const xp = tf.pad(xv as tf.Tensor4D, [
        [0, 0],
        [padding[0], padding[0]],
        [padding[1], padding[1]],
        [0, 0],
      ]);
      let k = options.flip ? (tf.reverse(wv, [0, 1]) as tf.Tensor4D) : (wv as tf.Tensor4D);
      let dil: [number, number] = [dilation[0], dilation[1]];
      if (dil[0] > 1 || dil[1] > 1) {
        k = dilateTensor(k, dil);
        dil = [1, 1];
      }
      if (oneD) {
        const Wp = W + 2 * padding[1];
        const y1 = tf.conv1d(
          tf.reshape(xp, [1, Wp, C]) as tf.Tensor3D,
          tf.reshape(k, [k.shape[1], C, O]) as tf.Tensor3D,
          stride[1],
          'valid',
          'NWC',
          dil[1],
        );
        return tf.reshape(y1, [1, 1, Wo, O]);
      }
      return tf.conv2d(xp, k, [stride[0], stride[1]], 'valid', 'NHWC', dil);
    };
    const lossOf = (yv: tf.Tensor): tf.Scalar =>
      loss === 'half-square' ? tf.mul(0.5, tf.sum(tf.square(yv))) : tf.sum(yv);
    const grads = tf.grads((xv: tf.Tensor, wv: tf.Tensor) => lossOf(forward(xv, wv)));
    const out = forward(x, w);
    const [gx, gw] = grads([x, w]);
    return [out, lossOf(out), gx as tf.Tensor, gw as tf.Tensor];
  });
  try {
    const [yv, lv, dxv, dwv] = await Promise.all([y.data(), L.data(), dx.data(), dw.data()]);
    const output = Array.from({ length: O }, (_, o) =>
      Array.from({ length: Ho }, (_r, i) =>
        Array.from({ length: Wo }, (_c, j) => yv[(i * Wo + j) * O + o] as number),
      ),
    );
    const dInput = Array.from({ length: C }, (_, c) =>
      Array.from({ length: H }, (_r, h) =>
        Array.from({ length: W }, (_c, w) => dxv[(h * W + w) * C + c] as number),
      ),
    );
    const dKernel = Array.from({ length: O }, (_, o) =>
      Array.from({ length: C }, (_c, c) =>
        Array.from({ length: kr }, (_a, a) =>
          Array.from({ length: kc }, (_b, b) => dwv[((a * kc + b) * C + c) * O + o] as number),
        ),
      ),
    );
    return { output, loss: lv[0] as number, kernel: dKernel, input: dInput };
  } finally {
    tf.dispose([y, L, dx, dw]);
  }
}
