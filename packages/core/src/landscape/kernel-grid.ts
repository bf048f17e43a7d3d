// The fused kernels register themselves on import; imported here directly (not only through the
// kernels/ index) so a bundler that skips a side-effect-free barrel still keeps the registration.
import '../kernels/register-loss-grid.js';
import type { StepActivation } from '../kernels/dense-loss-step.js';
import { gridKernelSupports, type LossGridAttrs, lossGrid } from '../kernels/loss-grid.js';
import { isLayeredModel, type LayeredModel } from '../models/dense.js';
import { tf } from '../tf.js';
import { prepareTargets } from './batched.js';
import { LandscapeError } from './errors.js';
import type { LandscapeRequest, ResolvedAxis } from './grid.js';
import type { PreparedRequest } from './request.js';

/**
 * The inputs of the grid kernel (`GdLossGrid`) for one landscape request, owned here: snapshots of
 * the data, targets and parameters, so the request's model may keep training (and its data be
 * disposed) while a progressive landscape is still refining. `dispose()` frees them.
 */
export interface GridInputs {
  readonly x: tf.Tensor2D;
  readonly y: tf.Tensor;
  readonly w: tf.Tensor;
  readonly b: tf.Tensor | undefined;
  /** Everything except the slice (`start`, `count`). */
  readonly attrs: Omit<LossGridAttrs, 'start' | 'count'>;
  /** The grid's coordinates along x (columns) and y (rows) for a resolution. Caller disposes. */
  axisTensors(xs: readonly number[], ys: readonly number[]): { xs: tf.Tensor1D; ys: tf.Tensor1D };
  /** Grid losses for points `start … start + count − 1` of the grid `xs` × `ys`. Caller disposes. */
  run(axes: { xs: tf.Tensor1D; ys: tf.Tensor1D }, start: number, count: number): tf.Tensor1D;
  dispose(): void;
}

/** Whether one grid kernel draws this request (a single dense layer and a loss the kernel knows). */
export function supportsGridKernel(request: LandscapeRequest, prepared: PreparedRequest): boolean {
  const model = request.model;
  if (!isLayeredModel(model) || model.layers.length !== 1) return false;
  const layer = model.layers[0];
  return layer !== undefined && gridKernelSupports(prepared.loss.id, layer.activation, layer.outputSize);
}

function coordinate(model: LayeredModel, axis: ResolvedAxis) {
  const layer = model.layers[0] as LayeredModel['layers'][number];
  if (layer.weight.name === axis.parameter) {
    return {
      kind: 'weight' as const,
      row: Math.floor(axis.index / layer.outputSize),
      col: axis.index % layer.outputSize,
    };
  }
  if (layer.bias?.name === axis.parameter) return { kind: 'bias' as const, row: 0, col: axis.index };
  throw new LandscapeError('unknown-parameter', `Parameter '${axis.parameter}' is not in this model.`, {
    parameter: axis.parameter,
  });
}

/**
 * Snapshots what the grid kernel reads. Call only when {@link supportsGridKernel} holds.
 * @throws LandscapeError `shape-mismatch` for data that does not fit the model and loss.
 */
export function gridInputs(request: LandscapeRequest, prepared: PreparedRequest): GridInputs {
  const model = request.model as LayeredModel;
  const layer = model.layers[0] as LayeredModel['layers'][number];
  const y = prepareTargets(model, prepared.loss, request.features, request.targets);
  const [x, w, b] = tf.tidy(() => [
    tf.cast(request.features, 'float32') as tf.Tensor2D,
    // clone: a snapshot that outlives later assignments to the variable.
    tf.clone(layer.weight.variable),
    layer.bias ? tf.clone(layer.bias.variable) : undefined,
  ]);
  const cx = coordinate(model, prepared.axes[0]);
  const cy = coordinate(model, prepared.axes[1]);
  const attrs: GridInputs['attrs'] = {
    loss: prepared.loss.id,
    activation: layer.activation as StepActivation,
    half: prepared.loss.half,
    delta: prepared.loss.delta,
    beta: prepared.loss.beta,
    xKind: cx.kind,
    xRow: cx.row,
    xCol: cx.col,
    yKind: cy.kind,
    yRow: cy.row,
    yCol: cy.col,
  };
  const inputs: GridInputs = {
    x: x as tf.Tensor2D,
    y,
    w: w as tf.Tensor,
    b,
    attrs,
    axisTensors: (xs, ys) => ({
      xs: tf.tensor1d(Float32Array.from(xs), 'float32'),
      ys: tf.tensor1d(Float32Array.from(ys), 'float32'),
    }),
    run: (axes, start, count) =>
      lossGrid({ x: inputs.x, y, w: inputs.w, b, xs: axes.xs, ys: axes.ys }, { ...attrs, start, count }),
    dispose: () => tf.dispose([x as tf.Tensor, y, w as tf.Tensor, ...(b ? [b] : [])]),
  };
  return inputs;
}

/** The whole grid in one kernel call (the non-progressive path). Caller disposes. */
export function kernelLandscapeTensor(request: LandscapeRequest, prepared: PreparedRequest): tf.Tensor1D {
  const inputs = gridInputs(request, prepared);
  const axes = inputs.axisTensors(prepared.axes[0].values, prepared.axes[1].values);
  try {
    const G = prepared.resolution;
    return inputs.run(axes, 0, G * G);
  } finally {
    tf.dispose([axes.xs, axes.ys]);
    inputs.dispose();
  }
}
