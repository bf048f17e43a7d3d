import type { LayerNormalizationKind } from '../normalization/layer.js';
import type { HiddenActivation, OutputActivation } from './dense.js';
import { ModelError } from './errors.js';
import type { ModelInit } from './init.js';
import { LinearModel } from './linear.js';
import { LogisticModel } from './logistic.js';
import { MlpModel } from './mlp.js';
import type { Model } from './model.js';
import { SoftmaxModel } from './softmax.js';

/** A model described as plain JSON (a widget attribute, a shared link). */
export type ModelSpec =
  | { readonly kind: 'linear'; readonly features: number; readonly bias?: boolean; readonly init?: ModelInit }
  | {
      readonly kind: 'logistic';
      readonly features: number;
      readonly bias?: boolean;
      readonly init?: ModelInit;
    }
  | {
      readonly kind: 'softmax';
      readonly features: number;
      readonly classes: number;
      readonly bias?: boolean;
      readonly init?: ModelInit;
    }
  | {
      readonly kind: 'mlp';
      readonly layers: readonly number[];
      readonly hidden?: HiddenActivation;
      readonly output?: OutputActivation;
      readonly init?: ModelInit;
      /** A normalisation layer between hidden layers (see `MlpModelOptions.normalization`). */
      readonly normalization?: LayerNormalizationKind | 'none';
      readonly normalizationOptions?: { readonly epsilon?: number; readonly momentum?: number };
    };

/**
 * Builds a model from its spec. The caller owns the model and calls `dispose()`.
 * @throws ModelError `unknown-model-kind` for an unknown `kind`, and each constructor's errors.
 */
export function createModel(spec: ModelSpec): Model {
  switch (spec.kind) {
    case 'linear':
      return new LinearModel(spec);
    case 'logistic':
      return new LogisticModel(spec);
    case 'softmax':
      return new SoftmaxModel(spec);
    case 'mlp':
      return new MlpModel(spec);
    default: {
      const kind = (spec as { kind?: unknown }).kind;
      throw new ModelError('unknown-model-kind', `Unknown model kind '${String(kind)}'.`, { kind });
    }
  }
}
