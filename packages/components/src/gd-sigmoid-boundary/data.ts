import { createPreset, datasetFromArrays, type PresetName, type SessionOptions } from '@gd-playground/core';
import { type AttributeProblem, fail, type Parsed } from '../internal/attributes.js';

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

/**
 * Checks rows (from the attribute's JSON, a child script or the `data` property) against the number
 * of features: every `x` must have exactly `features` finite numbers (with `features` undefined, as
 * many as the first row has), every `y` must be 0 or 1. Problems name the row counting from 1.
 */
export function checkRows(rows: unknown, features?: number): Parsed<SigmoidData> {
  if (!Array.isArray(rows)) return fail('not-a-list');
  if (rows.length === 0) return fail('empty');
  const out: number[][] = [];
  const labels: (0 | 1)[] = [];
  let expected = features;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as { x?: unknown; y?: unknown } | null;
    const x = typeof row?.x === 'number' ? [row.x] : row?.x;
    expected ??= Array.isArray(x) && x.length > 0 ? x.length : 1;
    if (!Array.isArray(x) || x.length !== expected) {
      return fail('length-mismatch', {
        actual: Array.isArray(x) ? x.length : 0,
        expected,
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
export function parseRows(text: string, features?: number): Parsed<SigmoidData> {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  return checkRows(rows, features);
}

/**
 * The `data` attribute: JSON rows that are well formed on their own (a list, `x` finite numbers of
 * one length in every row, `y` 0 or 1), returned as written. Whether `x` has as many numbers as
 * `features` is a rule across two attributes, checked by the element.
 */
export function parseDataAttribute(text: string): Parsed<SigmoidRow[]> {
  const parsed = parseRows(text);
  return parsed.ok ? { ok: true, value: JSON.parse(text) as SigmoidRow[] } : parsed;
}

/** A core preset's rows, keeping the first `features` columns (1 or 2). */
export function presetData(name: SigmoidPreset, seed: number, features: number): SigmoidData {
  const dataset = createPreset(name, { seed, size: PRESET_SIZE });
  return {
    features: dataset.features.map((row) => row.slice(0, features)),
    labels: dataset.targets.map((y) => (y === 1 ? 1 : 0)),
  };
}

/** Where the widget may find its data, in order: rows set by the page, a child script, a preset. */
export interface DataSources {
  readonly data?: readonly SigmoidRow[];
  /** The text a message about `data` quotes (the attribute's own text when the rows came from it). */
  readonly dataText: string;
  readonly script?: string;
  readonly preset: SigmoidPreset;
  readonly seed: number;
  readonly features: 1 | 2;
}

/** The data to use (undefined: keep the current rows), and the problem to show about `data`, if any. */
export interface ResolvedData {
  readonly rows?: SigmoidData;
  readonly refused?: { readonly value: string; readonly problem: AttributeProblem };
}

/**
 * Picks the widget's data, first found wins: `data`, a child script, the preset. Data that do not
 * fit the feature count are refused; the current rows stay when they fit the view, else the preset.
 */
export function resolveData(sources: DataSources, current: SigmoidData): ResolvedData {
  const { features } = sources;
  let parsed: Parsed<SigmoidData> | undefined;
  let raw = '';
  if (sources.data !== undefined) {
    parsed = checkRows(sources.data, features);
    raw = sources.dataText;
  } else if (sources.script !== undefined && sources.script.trim() !== '') {
    parsed = parseRows(sources.script, features);
    raw = sources.script.trim();
  }
  if (parsed === undefined) return { rows: presetData(sources.preset, sources.seed, features) };
  if (parsed.ok) return { rows: parsed.value };
  const value = raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
  const fits = (current.features[0]?.length ?? 0) === features;
  return {
    rows: fits ? undefined : presetData(sources.preset, sources.seed, features),
    refused: { value, problem: parsed.problem },
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
