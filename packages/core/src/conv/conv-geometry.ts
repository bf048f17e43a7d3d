/**
 * The index maths every written-out convolution shares: per-axis padding, stride and dilation,
 * the output size they give, and where a kernel tap reads the padded input. The traced forward
 * pass, im2col and the tfjs cross-check all walk the same windows, so they take them from here.
 */
import { outputSize } from './output-size.js';

/** A size given once for both axes, or as [rows, columns]. */
export type AxisPair = number | readonly [number, number];

/** Both axes of a per-axis option. */
export function axisPair(value: AxisPair | undefined, fallback: number): [number, number] {
  if (value === undefined) return [fallback, fallback];
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}

/** Padding, stride and dilation per axis ([rows, columns]) and the output size they give. */
export interface ConvGeometry {
  readonly padding: [number, number];
  readonly stride: [number, number];
  readonly dilation: [number, number];
  readonly outRows: number;
  readonly outCols: number;
}

/**
 * The geometry of sliding a k_r × k_c kernel over an H × W input (defaults: padding 0, stride 1,
 * dilation 1).
 *
 * @throws ConvError the errors of `outputSize` (rows checked before columns).
 */
export function convGeometry(
  inputRows: number,
  inputCols: number,
  kernelRows: number,
  kernelCols: number,
  options: { readonly padding?: AxisPair; readonly stride?: AxisPair; readonly dilation?: AxisPair } = {},
): ConvGeometry {
  const padding = axisPair(options.padding, 0);
  const stride = axisPair(options.stride, 1);
  const dilation = axisPair(options.dilation, 1);
  const outRows = outputSize({
    input: inputRows,
    kernel: kernelRows,
    padding: padding[0],
    stride: stride[0],
    dilation: dilation[0],
  });
  const outCols = outputSize({
    input: inputCols,
    kernel: kernelCols,
    padding: padding[1],
    stride: stride[1],
    dilation: dilation[1],
  });
  return { padding, stride, dilation, outRows, outCols };
}

/** Where kernel tap (a, b) of output (i, j) reads the padded input: (i·s_r + a·d_r, j·s_c + b·d_c). */
export function tapPosition(
  geometry: ConvGeometry,
  i: number,
  j: number,
  a: number,
  b: number,
): [number, number] {
  return [
    i * geometry.stride[0] + a * geometry.dilation[0],
    j * geometry.stride[1] + b * geometry.dilation[1],
  ];
}
