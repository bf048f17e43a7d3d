/**
 * What the views draw, as plain numbers (no tensors): the network's shape and parameters in core's
 * flat layout (each layer's weights row-major [in][out], then its biases), one grid evaluation of
 * every neuron over the input plane, the run's history and the test-set confusion matrix.
 * `network-run.ts` fills these from core; the views only read them.
 */
import type { Activation } from './settings.js';

export type OutputFunction = 'softmax' | 'sigmoid' | 'linear';

/** The network as drawn: shape and a read-back of its parameters. */
export interface NetworkView {
  /** Widths [input columns, …hidden, output units]. */
  readonly sizes: readonly number[];
  readonly activations: readonly Activation[];
  readonly output: OutputFunction;
  /** Input column names: `x1`, `x2`, then extra features (`x1^2`, `sin(x1)` …). */
  readonly inputNames: readonly string[];
  /** Classes predicted (0 for regression). */
  readonly classes: number;
  readonly params: Float32Array;
  readonly weightOffsets: readonly number[];
  readonly biasOffsets: readonly number[];
}

/** The weight from unit `from` of layer `layer` to unit `to` of layer `layer + 1`. */
export function weightAt(view: NetworkView, layer: number, from: number, to: number): number {
  const out = view.sizes[layer + 1] ?? 0;
  return view.params[(view.weightOffsets[layer] ?? 0) + from * out + to] ?? 0;
}

/** The bias of unit `unit` of layer `layer` (1 = first hidden layer). */
export function biasAt(view: NetworkView, layer: number, unit: number): number {
  return view.params[(view.biasOffsets[layer - 1] ?? 0) + unit] ?? 0;
}

/**
 * Every unit's value over a G × G grid of the input plane (core's grid kernel output): rows are the
 * units in order (input columns, each hidden layer, then the outputs: class probabilities, P(class 1)
 * for a sigmoid output, or the prediction), each `cells` long; with two inputs cell (i, j) at
 * i · G + j is row i from the top; with one input G cells along x₁.
 */
export interface GridView {
  readonly size: number;
  readonly cells: number;
  /** [x₁min, x₁max, x₂min, x₂max] in raw data units. */
  readonly bounds: readonly [number, number, number, number];
  readonly values: Float32Array;
}

/** The values of unit `unit` (counted over all layers) of a grid. */
export function gridUnit(grid: GridView, unit: number): Float32Array {
  return grid.values.subarray(unit * grid.cells, (unit + 1) * grid.cells);
}

/** One kept point of the run's history. */
export interface HistoryPoint {
  readonly step: number;
  readonly trainLoss: number;
  readonly testLoss: number;
}

/** A point's forward pass in float64, layer by layer: core's `ForwardTrace`, as the panels read it. */
export type { ForwardTrace as ForwardTraceView, TraceLayer } from '@gd-playground/core';
