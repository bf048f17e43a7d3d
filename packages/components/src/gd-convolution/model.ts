/**
 * Everything `<gd-convolution>` shows, derived once per accepted setting from core: the traced
 * forward pass, the matrix form (banded for 1-D, im2col for 2-D), and the gradients. Plain float64
 * numbers; no tensors.
 */
import {
  bandedMatrix,
  type ConvGradients,
  type ConvLoss,
  type ConvTrace,
  type ConvTraceStep,
  convGradients,
  convolve,
  type FilterBank,
  type Im2col,
  im2col,
  type Volume,
} from '@gd-playground/core';

/** The accepted settings the widget shows. */
export interface ConvSettings {
  readonly input: Volume;
  readonly kernel: FilterBank;
  readonly padding: number;
  readonly stride: number;
  readonly dilation: number;
  readonly flip: boolean;
  readonly loss: ConvLoss;
}

export interface ConvModel {
  readonly settings: ConvSettings;
  /** 1 for a one-row input with a one-row kernel, else 2. */
  readonly dims: 1 | 2;
  readonly trace: ConvTrace;
  /** 1-D: per output channel, the banded matrix over all input channels side by side. */
  readonly banded?: number[][][];
  /** 2-D: the im2col patches and flattened kernels. */
  readonly im2col?: Im2col;
  readonly gradients: ConvGradients;
}

/** Whether the text forms describe a 1-D signal (rows of one, no `;`). */
export function dimsOf(input: Volume, kernel: FilterBank): 1 | 2 {
  return (input[0]?.length ?? 0) === 1 && (kernel[0]?.[0]?.length ?? 0) === 1 ? 1 : 2;
}

/**
 * Builds the model. 1-D pads and strides along the row only.
 * @throws ConvError when the settings do not fit (the element reports it and keeps its last model).
 */
export function buildModel(settings: ConvSettings): ConvModel {
  const dims = dimsOf(settings.input, settings.kernel);
  const options = convolveOptions(settings, dims);
  const trace = convolve(settings.input, settings.kernel, options);
  const gradients = convGradients(settings.input, settings.kernel, options, settings.loss);
  if (dims === 1) {
    const n = settings.input[0]?.[0]?.length ?? 0;
    const banded = trace.kernel.map((filter) => {
      const blocks = filter.map((slice) =>
        bandedMatrix(n, slice[0] as number[], {
          padding: settings.padding,
          stride: settings.stride,
          dilation: settings.dilation,
        }),
      );
      return (blocks[0] as number[][]).map((_, i) => blocks.flatMap((block) => block[i] as number[]));
    });
    return { settings, dims, trace, banded, gradients };
  }
  return { settings, dims, trace, im2col: im2col(settings.input, settings.kernel, options), gradients };
}

/** The steps of one output channel, in the order the kernel visits them. */
export function stepsOf(model: ConvModel, outChannel: number): ConvTraceStep[] {
  return model.trace.steps.filter((step) => step.outChannel === outChannel);
}

/** A padded-input position: [channel, row, column]. */
export type Position = readonly [number, number, number];

/** Output patches (row-major, any output channel) whose receptive field contains a padded-input cell. */
export function patchesFed(model: ConvModel, outChannel: number, at: Position): Set<number> {
  const fed = new Set<number>();
  for (const step of stepsOf(model, outChannel)) {
    if (step.taps.some((tap) => tap.channel === at[0] && tap.paddedRow === at[1] && tap.paddedCol === at[2]))
      fed.add(step.patch);
  }
  return fed;
}

/** Key of a padded-input position, for sets. */
export const positionKey = (channel: number, row: number, col: number): string => `${channel}:${row}:${col}`;

/** A padded position → the input cell it shows ([channel, row, column]), or undefined for padding. */
export function inputCellOf(model: ConvModel, at: Position): [number, number, number] | undefined {
  const [pr, pc] = model.trace.padding;
  const H = model.settings.input[0]?.length ?? 0;
  const W = model.settings.input[0]?.[0]?.length ?? 0;
  const r = at[1] - pr;
  const c = at[2] - pc;
  return r >= 0 && r < H && c >= 0 && c < W ? [at[0], r, c] : undefined;
}

/** The input with one cell (given by its padded position) changed, or undefined for a padding cell. */
export function withCell(model: ConvModel, at: Position, value: number): number[][][] | undefined {
  const cell = inputCellOf(model, at);
  if (!cell) return undefined;
  return model.settings.input.map((plane, ch) =>
    plane.map((row, r) => row.map((v, c) => (ch === cell[0] && r === cell[1] && c === cell[2] ? value : v))),
  );
}

/** The options `convolve` takes for the model's settings (1-D pads and strides along the row only). */
export function convolveOptions(settings: ConvSettings, dims: 1 | 2) {
  return {
    padding: (dims === 1 ? [0, settings.padding] : settings.padding) as number | [number, number],
    stride: (dims === 1 ? [1, settings.stride] : settings.stride) as number | [number, number],
    dilation: (dims === 1 ? [1, settings.dilation] : settings.dilation) as number | [number, number],
    flip: settings.flip,
  };
}
