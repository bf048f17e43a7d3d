import { createPreset, datasetFromArrays, type PresetName, type SessionOptions } from '@gd-playground/core';
import type { Parsed } from '../internal/attributes.js';

/**
 * One labelled example, as the `data` attribute writes it: `{ "x": [1, 2], "y": 1 }`. `x` holds the
 * features (a bare number is accepted for one feature); `y` is the class, 0 or 1.
 */
export interface SigmoidRow {
  readonly x: readonly number[] | number;
  readonly y: number;
}

/** Data as the widget uses it: n rows of features and n labels (0 or 1). */
export interface SigmoidData {
  readonly features: readonly (readonly number[])[];
  readonly labels: readonly (0 | 1)[];
}

/** The two-class presets of core the widget offers. */
export const SIGMOID_PRESETS = ['blobs', 'xor', 'circles', 'moons'] as const satisfies readonly PresetName[];
export type SigmoidPreset = (typeof SIGMOID_PRESETS)[number];

/** Number of rows a preset gets in the widget: enough to see, few enough to tell apart. */
export const PRESET_SIZE = 40;

const fail = (
  code: 'not-json' | 'empty' | 'not-a-list' | 'not-a-number' | 'not-binary' | 'length-mismatch',
  params?: Record<string, string | number>,
) => ({ ok: false, problem: { code, params } }) as const;

/**
 * Checks rows (from the attribute's JSON, a child script or the `data` property) against the number
 * of features: every `x` must have exactly `features` finite numbers, every `y` must be 0 or 1.
 * Problems name the row counting from 1.
 */
export function checkRows(rows: unknown, features: number): Parsed<SigmoidData> {
  if (!Array.isArray(rows)) return fail('not-a-list');
  if (rows.length === 0) return fail('empty');
  const out: number[][] = [];
  const labels: (0 | 1)[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as { x?: unknown; y?: unknown } | null;
    const x = typeof row?.x === 'number' ? [row.x] : row?.x;
    if (!Array.isArray(x) || x.length !== features) {
      return fail('length-mismatch', {
        actual: Array.isArray(x) ? x.length : 0,
        expected: features,
        other: 'features',
      });
    }
    if (!x.every((v) => typeof v === 'number' && Number.isFinite(v))) return fail('not-a-number');
    const y = row?.y;
    if (y !== 0 && y !== 1) return fail('not-binary', { row: i + 1, value: String(y) });
    out.push(x as number[]);
    labels.push(y);
  }
  return { ok: true, value: { features: out, labels } };
}

/** Parses JSON text of rows (`[{"x":[1,2],"y":1}, …]`) and checks it with {@link checkRows}. */
export function parseRows(text: string, features: number): Parsed<SigmoidData> {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  return checkRows(rows, features);
}

/** A core preset's rows, keeping the first `features` columns (1 or 2). */
export function presetData(name: SigmoidPreset, seed: number, features: number): SigmoidData {
  const dataset = createPreset(name, { seed, size: PRESET_SIZE });
  return {
    features: dataset.features.map((row) => row.slice(0, features)),
    labels: dataset.targets.map((y) => (y === 1 ? 1 : 0)),
  };
}

/** What a training run of the widget is made of, as plain numbers. */
export interface SigmoidTrainingConfig {
  readonly data: SigmoidData;
  /** Starting weights, one per feature (any number of features: the maths does not depend on the view). */
  readonly weights: readonly number[];
  /** Starting bias, or `null` for a model without one (curriculum A.9). */
  readonly bias: number | null;
  readonly learningRate: number;
}

/**
 * The core session the widget trains: logistic regression on BCE from logits, plain full-batch
 * gradient descent, so each step is w ← w − (α/n) Σ (σ(z) − y) x and b ← b − (α/n) Σ (σ(z) − y)
 * (curriculum A.9). Exported so the worked example can be checked against exactly what the widget runs.
 *
 * @throws DatasetError / ModelError from core when the numbers cannot form a session.
 */
export function buildSessionOptions(config: SigmoidTrainingConfig): SessionOptions {
  const hasBias = config.bias !== null;
  return {
    dataset: datasetFromArrays({ features: config.data.features, targets: config.data.labels }),
    model: {
      kind: 'logistic',
      features: config.weights.length,
      bias: hasBias,
      init: hasBias ? { w: [...config.weights], b: [config.bias ?? 0] } : { w: [...config.weights] },
    },
    loss: 'bce-logits',
    optimizer: 'sgd',
    hyperparameters: { learningRate: config.learningRate },
    batching: { mode: 'full' },
    seed: 0,
    historyLimit: 2000,
    recordPredictionsUpTo: 0,
  };
}
