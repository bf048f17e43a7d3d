import { type ConvolveOptions, convolve, type FilterBank, flipKernel, type Volume } from './conv-trace.js';

/** The loss whose gradients are shown: L = Σ y² / 2 (upstream gradient y) or L = Σ y (upstream 1). */
export type ConvLoss = 'half-square' | 'sum';

/** Gradients of a convolution layer, by the hand forms (float64). */
export interface ConvGradients {
  readonly output: number[][][];
  readonly loss: number;
  /** ∂L/∂y: y itself for Σ y²/2, all ones for Σ y (c_out × outRows × outCols). */
  readonly upstream: number[][][];
  /**
   * ∂L/∂kernel (c_out × c_in × k_r × k_c), for the kernel as given: the correlation of the padded
   * input with the upstream gradient (stride and dilation swap roles). Flipped back when `flip`.
   */
  readonly kernel: number[][][][];
  /**
   * ∂L/∂input (c_in × H × W): the full convolution of the stride-upsampled upstream gradient with
   * the flipped (dilated) kernel, cropped by the padding.
   */
  readonly input: number[][][];
}

const zeros = (rows: number, cols: number): number[][] =>
  Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

/** The upstream gradient ∂L/∂y for the chosen loss. */
export function upstreamGradient(
  output: readonly (readonly (readonly number[])[])[],
  loss: ConvLoss,
): number[][][] {
  return output.map((plane) => plane.map((row) => row.map((y) => (loss === 'half-square' ? y : 1))));
}

/** L = Σ y² / 2 or Σ y over every output. */
export function lossOf(output: readonly (readonly (readonly number[])[])[], loss: ConvLoss): number {
  let total = 0;
  for (const plane of output)
    for (const row of plane) for (const y of row) total += loss === 'half-square' ? (y * y) / 2 : y;
  return total;
}

/** Inserts s − 1 zeros between neighbours along each axis (undoes a stride in the backward pass). */
export function upsample(
  plane: readonly (readonly number[])[],
  stride: readonly [number, number],
): number[][] {
  const rows = (plane.length - 1) * stride[0] + 1;
  const cols = ((plane[0]?.length ?? 1) - 1) * stride[1] + 1;
  const out = zeros(rows, cols);
  plane.forEach((row, i) => {
    row.forEach((v, j) => {
      (out[i * stride[0]] as number[])[j * stride[1]] = v;
    });
  });
  return out;
}

/** Spreads a kernel's taps d cells apart (zeros between), so a dilated kernel is an ordinary one. */
export function dilateKernel(
  kernel: readonly (readonly number[])[],
  dilation: readonly [number, number],
): number[][] {
  return upsample(kernel, dilation);
}

/**
 * The gradients of L = Σ y²/2 (or Σ y) for y = conv(x, w), written as convolutions themselves:
 *
 *   ∂L/∂w[o][c][a][b] = Σ_i Σ_j g[o][i][j] · x̃[c][i·s_r + a·d_r][j·s_c + b·d_c]   (input ⋆ upstream)
 *   ∂L/∂x̃[c] = Σ_o  full( up_s(g[o]) ) ⋆ rot180( dil_d(w[o][c]) )                  (flipped kernel)
 *
 * then ∂L/∂x is ∂L/∂x̃ without its padding. `tf.grad` through `tf.conv1d`/`tf.conv2d` gives the same
 * numbers (see `convGradientsTf` and the tests).
 */
export function convGradients(
  input: Volume,
  filters: FilterBank,
  options: ConvolveOptions,
  loss: ConvLoss,
): ConvGradients {
  const trace = convolve(input, filters, options);
  const { padding, stride, dilation, padded, kernel: used } = trace;
  const g = upstreamGradient(trace.output, loss);
  const kr = used[0]?.[0]?.length ?? 0;
  const kc = used[0]?.[0]?.[0]?.length ?? 0;
  // ∂L/∂w_used: the input correlated with the upstream gradient.
  const dUsed = used.map((filter, o) =>
    filter.map((_, c) =>
      Array.from({ length: kr }, (_r, a) =>
        Array.from({ length: kc }, (_c, b) => {
          let sum = 0;
          (g[o] as number[][]).forEach((row, i) => {
            row.forEach((gv, j) => {
              sum +=
                gv *
                (padded[c]?.[i * stride[0] + a * dilation[0]]?.[j * stride[1] + b * dilation[1]] as number);
            });
          });
          return sum;
        }),
      ),
    ),
  );
  const dKernel = options.flip ? dUsed.map((filter) => filter.map((slice) => flipKernel(slice))) : dUsed;
  // ∂L/∂x̃: full convolution of the upsampled upstream gradient with the flipped, dilated kernel.
  const Hp = padded[0]?.length ?? 0;
  const Wp = padded[0]?.[0]?.length ?? 0;
  const dPadded = padded.map(() => zeros(Hp, Wp));
  used.forEach((filter, o) => {
    const up = upsample(g[o] as number[][], stride);
    filter.forEach((slice, c) => {
      const rotated = flipKernel(dilateKernel(slice, dilation));
      const target = dPadded[c] as number[][];
      const spanR = rotated.length;
      const spanC = rotated[0]?.length ?? 0;
      // full: the upsampled gradient padded by span − 1 on every side, then correlated.
      const fullRows = up.length + spanR - 1;
      const fullCols = (up[0]?.length ?? 0) + spanC - 1;
      for (let u = 0; u < Math.min(fullRows, Hp); u++) {
        for (let v = 0; v < Math.min(fullCols, Wp); v++) {
          let sum = 0;
          for (let a = 0; a < spanR; a++) {
            for (let b = 0; b < spanC; b++) {
              const gu = u + a - (spanR - 1);
              const gv = v + b - (spanC - 1);
              const upstream = up[gu]?.[gv];
              if (upstream !== undefined) sum += upstream * (rotated[a]?.[b] as number);
            }
          }
          const line = target[u] as number[];
          line[v] = (line[v] as number) + sum;
        }
      }
    });
  });
  const dInput = dPadded.map((plane) =>
    plane.slice(padding[0], Hp - padding[0]).map((row) => row.slice(padding[1], Wp - padding[1])),
  );
  return {
    output: trace.output,
    loss: lossOf(trace.output, loss),
    upstream: g,
    kernel: dKernel,
    input: dInput,
  };
}
