import { createOptimizer } from '../optimizers/create.js';
import type { OptimizerKind } from '../optimizers/optimizer.js';
import type { NetworkConfig, ResolvedNetworkConfig } from './config.js';
import type { NetworkData } from './data.js';
import { NetworkError } from './errors.js';

// The checks NetworkTrainer runs on its options, apart so that trainer.ts holds the training itself.

/** The config with `inputs`, `classes` and a regression's `output` filled in from the data when not given. */
export function withDataDefaults(config: NetworkConfig = {}, data: NetworkData | undefined): NetworkConfig {
  const given = Object.fromEntries(
    Object.entries(config).filter(([, v]) => v !== undefined),
  ) as NetworkConfig;
  if (!data) return given;
  const fromData: { inputs?: 1 | 2; classes?: number; output?: 'linear' } = {};
  if (data.inputs === 1 || data.inputs === 2) fromData.inputs = data.inputs;
  if (data.task === 'regression') fromData.output = 'linear';
  else if (data.classes >= 2 && given.output !== 'sigmoid') fromData.classes = data.classes;
  return { ...fromData, ...given };
}

export function checkBatchSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new NetworkError(
      'invalid-batch-size',
      `The batch size must be a whole number ≥ 1, got ${String(value)}.`,
      {
        field: 'batch-size',
        value,
      },
    );
  }
  return value;
}

/** Validates hyperparameters through core's optimizer of that kind and returns them with defaults filled in. */
export function checkHyperparameters(
  kind: OptimizerKind,
  hyperparameters: Readonly<Record<string, number | boolean>>,
): Record<string, number | boolean> {
  try {
    const optimizer = createOptimizer(kind, hyperparameters as Record<string, unknown>);
    const full = { ...(optimizer.hyperparameters as unknown as Record<string, number | boolean>) };
    optimizer.dispose();
    return full;
  } catch (error) {
    const e = error as Error & { hyperparameter?: string; value?: string; constraint?: string };
    throw new NetworkError('invalid-hyperparameter', e.message, {
      field: e.hyperparameter ?? 'optimizer',
      hyperparameter: e.hyperparameter,
      value: e.value,
      constraint: e.constraint,
    });
  }
}

export function checkData(spec: ResolvedNetworkConfig, data: NetworkData): void {
  const fail = (message: string, details: Record<string, unknown> = {}) => {
    throw new NetworkError('invalid-data', message, { field: 'data', ...details });
  };
  if (!data?.train || data.train.points.length === 0) fail('The training set has no rows.');
  if (data.inputs !== spec.inputs) fail(`The data has ${data.inputs} inputs, the network ${spec.inputs}.`);
  if ((spec.output === 'linear') !== (data.task === 'regression')) {
    fail(
      spec.output === 'linear'
        ? 'A linear output needs regression data.'
        : 'A classifier needs data with classes.',
    );
  }
  for (const set of [data.train, data.test]) {
    if (set.points.length !== set.targets.length) fail('Points and targets differ in number.');
    set.points.forEach((point, row) => {
      if (point.length !== spec.inputs || point.some((v) => !Number.isFinite(v))) {
        fail(`Row ${row + 1} needs ${spec.inputs} finite numbers.`, { row });
      }
    });
    set.targets.forEach((target, row) => {
      if (
        spec.classes > 0
          ? !(Number.isInteger(target) && target >= 0 && target < spec.classes)
          : !Number.isFinite(target)
      ) {
        fail(
          spec.classes > 0
            ? `Row ${row + 1}'s class ${target} is not one of 0 … ${spec.classes - 1}.`
            : `Row ${row + 1}'s target is not finite.`,
          { row },
        );
      }
    });
  }
}
