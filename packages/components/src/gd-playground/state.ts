// About 530 lines: one concept (the whole state as plain data, its defaults, its checks and its encoding for links); units and parsing live in units.ts and settings.ts.
/**
 * The playground's whole state as plain data: what its attributes set, what a shared link carries,
 * and what a training session is built from.
 *
 * Notes on the contract (shared by the element, its controls and its views):
 * - `start` is in ORIGINAL units (what the parameter-space view shows); `sessionOptions` converts it.
 * - With `standardize: true` and `bias: false`, features are only SCALED (z = x / std, no centring):
 *   centring would need a bias to stay the same model, so without one it is left out. With a bias,
 *   z = (x − mean) / std. `toOriginalUnits` undoes whichever was applied.
 * - Problems returned by `validateState`/`decodeState` carry `params.attribute` (the kebab-case
 *   attribute the field corresponds to) and `params.value` (the refused value as text), so the
 *   common `error.<code>` messages read naturally when passed to `reportProblem`.
 */
import {
  type BatchMode,
  columnKeysIssue,
  type DatasetColumnKeys,
  LOSS_INFO,
  type LossId,
  OPTIMIZER_KINDS,
  OPTIMIZER_METADATA,
  type OptimizerKind,
  type ParameterValues,
  PRESET_COLUMN_KEYS,
  PRESETS,
  type PresetName,
} from '@gd-playground/core';
import type { AttributeProblem, Parsed } from '../internal/attributes.js';

/** The model families the playground trains. */
export type PlaygroundModel = 'linear' | 'logistic' | 'softmax';

/** A preset from core (regenerated from its seed, size and noise), or explicit points. */
export type PlaygroundData =
  | {
      readonly kind: 'preset';
      readonly preset: PresetName;
      readonly seed: number;
      readonly size: number;
      readonly noise: number;
    }
  | {
      readonly kind: 'points';
      readonly features: readonly (readonly number[])[];
      readonly targets: readonly number[];
      readonly classes?: readonly string[];
      readonly featureNames?: readonly string[];
      /** Keys of a built-in data set's worded columns, kept when its points are edited (core's `columnKeys`). */
      readonly columnKeys?: DatasetColumnKeys;
    };

/** Parts a teacher can hide (`hide-…`) or lock (`lock-…`). */
export type PlaygroundPart =
  | 'data-view'
  | 'parameter-view'
  | 'loss-curve'
  | 'table'
  | 'rule'
  | 'data-controls'
  | 'model-controls'
  | 'optimizer-controls'
  | 'batching-controls'
  | 'run-controls'
  | 'share'
  | 'probe'
  | 'matrix'
  | 'code';

/** Every part, in display order. */
export const PLAYGROUND_PARTS: readonly PlaygroundPart[] = Object.freeze([
  'data-view',
  'parameter-view',
  'loss-curve',
  'table',
  'rule',
  'data-controls',
  'model-controls',
  'optimizer-controls',
  'batching-controls',
  'run-controls',
  'share',
  'probe',
  'matrix',
  'code',
] as const);

/** The model families, in menu order. */
export const PLAYGROUND_MODELS: readonly PlaygroundModel[] = Object.freeze([
  'linear',
  'logistic',
  'softmax',
] as const);

/** Batching modes, in menu order. */
export const BATCH_MODES: readonly BatchMode[] = Object.freeze(['online', 'mini-batch', 'full'] as const);

/** Everything the playground is: one serialisable value. */
export interface PlaygroundState {
  readonly data: PlaygroundData;
  readonly model: PlaygroundModel;
  readonly bias: boolean;
  /** Must be one of `compatibleLosses(model)`. */
  readonly loss: LossId;
  /** Squared-error convention for mse/rmse: mean of (y − ŷ)² or ½·(y − ŷ)² summed as a mean. */
  readonly convention: 'mean' | 'half';
  /** Huber δ. */
  readonly delta: number;
  readonly optimizer: OptimizerKind;
  /** Includes `learningRate`; may hold keys of other optimizers (kept when switching back). */
  readonly hyperparameters: Readonly<Record<string, number>>;
  readonly batching: { readonly mode: BatchMode; readonly batchSize: number };
  /** Seeds the batch order (and a softmax model's initial weights). */
  readonly seed: number;
  /** Starting parameters in ORIGINAL units; null: zeros (linear/logistic) or seeded init (softmax). */
  readonly start: ParameterValues | null;
  /** Train on standardised features. */
  readonly standardize: boolean;
  /** Steps per frame, 1…1000. */
  readonly speed: number;
  readonly lossScale: 'linear' | 'log';
  readonly hidden: readonly PlaygroundPart[];
  readonly locked: readonly PlaygroundPart[];
}

/** Fastest speed (steps per frame). */
export const MAX_SPEED = 1000;
/** Largest preset size the playground accepts. */
export const MAX_SIZE = 10_000;

/**
 * House prices (CURRICULUM A.2), linear model, MSE, plain gradient descent on standardised features
 * with α = 0.1 (converges in about a hundred steps), full batch.
 */
export const DEFAULT_STATE: PlaygroundState = Object.freeze({
  data: Object.freeze({ kind: 'preset', preset: 'house-prices', seed: 1, size: 5, noise: 0 }),
  model: 'linear',
  bias: true,
  loss: 'mse',
  convention: 'mean',
  delta: 1,
  optimizer: 'sgd',
  hyperparameters: Object.freeze({ learningRate: 0.1 }),
  batching: Object.freeze({ mode: 'full', batchSize: 16 }),
  seed: 0,
  start: null,
  standardize: true,
  speed: 1,
  lossScale: 'linear',
  hidden: Object.freeze([]),
  locked: Object.freeze([]),
}) as PlaygroundState;

const LOSSES_BY_MODEL: Readonly<Record<PlaygroundModel, readonly LossId[]>> = {
  linear: ['mse', 'rmse', 'mae', 'huber'],
  // bce-logits first: the numerically stable form of BCE, shown to learners as "BCE".
  logistic: ['bce-logits', 'bce'],
  softmax: ['cce-logits'],
};

/** The losses that make sense for a model, the recommended one first. */
export function compatibleLosses(model: PlaygroundModel): readonly LossId[] {
  const ids = LOSSES_BY_MODEL[model] ?? [];
  // Keep only ids core knows, so a renamed loss fails loudly in tests rather than at run time.
  return ids.filter((id) => id in LOSS_INFO);
}

// --- validation ---------------------------------------------------------------------------------

type Problem = { readonly ok: false; readonly problem: AttributeProblem };

function problem(
  code: AttributeProblem['code'],
  attribute: string,
  value: unknown,
  params: Readonly<Record<string, string | number>> = {},
): Problem {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return { ok: false, problem: { code, params: { attribute, value: text, ...params } } };
}

function numberProblem(value: unknown, attribute: string): Problem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return problem('not-a-number', attribute, value);
  if (!Number.isFinite(value)) return problem('not-finite', attribute, value);
  return null;
}

function rangeProblem(
  value: unknown,
  attribute: string,
  min: number,
  max: number,
  integer = false,
): Problem | null {
  const bad = numberProblem(value, attribute);
  if (bad) return bad;
  const n = value as number;
  if (n < min || n > max || (integer && !Number.isInteger(n))) {
    return problem('out-of-range', attribute, value, { min, max });
  }
  return null;
}

function optionProblem(value: unknown, attribute: string, options: readonly string[]): Problem | null {
  return typeof value === 'string' && options.includes(value)
    ? null
    : problem('unknown-option', attribute, value, { options: options.join(', ') });
}

/** Shapes of each parameter (by name) that the state's model will have, or null when unknown. */
function parameterSizes(state: PlaygroundState): Record<string, number> | null {
  let features: number;
  let classes: number | undefined;
  if (state.data.kind === 'preset') {
    const name = state.data.preset;
    const info = PRESETS.find((p) => p.name === name);
    if (!info) return null;
    features = info.defaultFeatures;
    classes = info.task === 'regression' ? undefined : (info.defaultClasses ?? 2);
  } else {
    features = state.data.features[0]?.length ?? 0;
    classes = state.data.classes?.length;
  }
  if (state.model === 'softmax') {
    if (classes === undefined) return null;
    return state.bias ? { W: features * classes, b: classes } : { W: features * classes };
  }
  return state.bias ? { w: features, b: 1 } : { w: features };
}

function dataProblem(data: PlaygroundData, model: PlaygroundModel): Problem | null {
  if (data === null || typeof data !== 'object') return problem('not-json', 'data', data);
  if (data.kind === 'preset') {
    const info = PRESETS.find((p) => p.name === data.preset);
    if (!info)
      return problem('unknown-option', 'preset', data.preset, {
        options: PRESETS.map((p) => p.name).join(', '),
      });
    const bad =
      numberProblem(data.seed, 'data-seed') ??
      rangeProblem(
        data.size,
        'size',
        Math.max(1, info.defaultClasses ?? (info.task === 'regression' ? 1 : 2)),
        MAX_SIZE,
        true,
      ) ??
      rangeProblem(data.noise, 'noise', 0, 100);
    if (bad) return bad;
    if (model === 'logistic' && info.task !== 'binary') return problem('needs-two-classes', 'model', model);
    if (model === 'softmax' && info.task === 'regression') {
      return problem('unknown-option', 'model', model, { options: 'linear' });
    }
    return null;
  }
  if (data.kind !== 'points')
    return problem('unknown-option', 'data', String((data as { kind?: unknown }).kind), {
      options: 'preset, points',
    });
  const { features, targets, classes, featureNames, columnKeys } = data;
  if (!Array.isArray(features) || !Array.isArray(targets)) return problem('not-a-list', 'data', data);
  if (features.length === 0) return problem('empty', 'data', '');
  const width = features[0]?.length ?? 0;
  if (!Array.isArray(features[0]) || width === 0) return problem('empty', 'data', features[0]);
  for (const row of features) {
    if (!Array.isArray(row) || row.length !== width) {
      return problem('length-mismatch', 'data', row, {
        expected: width,
        actual: Array.isArray(row) ? row.length : 0,
      });
    }
    for (const cell of row) {
      const bad = numberProblem(cell, 'data');
      if (bad) return bad;
    }
  }
  if (targets.length !== features.length) {
    return problem('length-mismatch', 'data', targets, { expected: features.length, actual: targets.length });
  }
  for (const t of targets) {
    const bad = numberProblem(t, 'data');
    if (bad) return bad;
  }
  if (featureNames !== undefined) {
    if (
      !Array.isArray(featureNames) ||
      featureNames.some((n) => typeof n !== 'string') ||
      featureNames.length !== width
    ) {
      return problem('length-mismatch', 'data', featureNames, {
        expected: width,
        actual: Array.isArray(featureNames) ? featureNames.length : 0,
      });
    }
  }
  if (columnKeys !== undefined) {
    const bad = columnKeysProblem(columnKeys, width);
    if (bad) return bad;
  }
  if (classes !== undefined) {
    if (
      !Array.isArray(classes) ||
      classes.length < 2 ||
      classes.some((c) => typeof c !== 'string') ||
      new Set(classes).size !== classes.length
    ) {
      return problem('not-a-list', 'data', classes);
    }
    const k = classes.length;
    const bad = targets.find((t) => !Number.isInteger(t) || t < 0 || t >= k);
    if (bad !== undefined) return problem('out-of-range', 'data', bad, { min: 0, max: k - 1 });
  }
  if (model === 'logistic') {
    if (targets.some((t) => t !== 0 && t !== 1)) return problem('needs-two-classes', 'model', model);
  }
  if (model === 'softmax' && classes === undefined)
    return problem('unknown-option', 'model', model, { options: 'linear, logistic' });
  return null;
}

/** Column keys (from a shared URL, say) must be core's known keys, one per feature column when given. */
function columnKeysProblem(keys: DatasetColumnKeys, width: number): Problem | null {
  if (keys === null || typeof keys !== 'object' || Array.isArray(keys))
    return problem('not-json', 'data', keys);
  const issue = columnKeysIssue(keys, width);
  if (issue === undefined) return null;
  if (issue.kind === 'count')
    return problem('length-mismatch', 'data', keys.features, { expected: width, actual: issue.actual });
  return problem('unknown-option', 'data', issue.value, { options: PRESET_COLUMN_KEYS.join(', ') });
}

function startProblem(state: PlaygroundState): Problem | null {
  const start = state.start;
  if (start === null) return null;
  if (typeof start !== 'object' || Array.isArray(start)) return problem('not-json', 'start', start);
  const sizes = parameterSizes(state);
  for (const [name, values] of Object.entries(start)) {
    if (!Array.isArray(values)) return problem('not-a-list', 'start', values);
    for (const v of values) {
      const bad = numberProblem(v, 'start');
      if (bad) return bad;
    }
    if (sizes) {
      const expected = sizes[name];
      if (expected === undefined)
        return problem('unknown-option', 'start', name, { options: Object.keys(sizes).join(', ') });
      if (values.length !== expected)
        return problem('length-mismatch', 'start', values, { expected, actual: values.length });
    }
  }
  return null;
}

function partsProblem(parts: unknown, attribute: string): Problem | null {
  if (!Array.isArray(parts)) return problem('not-a-list', attribute, parts);
  for (const part of parts) {
    const bad = optionProblem(part, attribute, PLAYGROUND_PARTS);
    if (bad) return bad;
  }
  return null;
}

/**
 * Checks every field of a state (types, ranges, and that model, data, loss and start fit together).
 * On success returns the state with the current optimizer's missing hyperparameters filled with
 * their defaults (a complete, valid state is returned unchanged, deep-equal).
 */
export function validateState(state: PlaygroundState): Parsed<PlaygroundState> {
  if (state === null || typeof state !== 'object') return problem('not-json', 'state', state);
  const bad =
    optionProblem(state.model, 'model', PLAYGROUND_MODELS) ??
    (typeof state.bias === 'boolean' ? null : problem('not-binary', 'bias', state.bias)) ??
    dataProblem(state.data, state.model) ??
    optionProblem(state.loss, 'loss', compatibleLosses(state.model)) ??
    optionProblem(state.convention, 'convention', ['mean', 'half']) ??
    numberProblem(state.delta, 'delta') ??
    (state.delta > 0 ? null : problem('not-positive', 'delta', state.delta)) ??
    optionProblem(state.optimizer, 'optimizer', OPTIMIZER_KINDS) ??
    hyperparameterProblem(state) ??
    (state.batching && typeof state.batching === 'object'
      ? (optionProblem(state.batching.mode, 'batching', BATCH_MODES) ??
        rangeProblem(state.batching.batchSize, 'batch-size', 1, MAX_SIZE, true))
      : problem('not-json', 'batching', state.batching)) ??
    numberProblem(state.seed, 'seed') ??
    startProblem(state) ??
    (typeof state.standardize === 'boolean'
      ? null
      : problem('not-binary', 'standardize', state.standardize)) ??
    rangeProblem(state.speed, 'speed', 1, MAX_SPEED, true) ??
    optionProblem(state.lossScale, 'loss-scale', ['linear', 'log']) ??
    partsProblem(state.hidden, 'hide') ??
    partsProblem(state.locked, 'lock');
  if (bad) return bad;
  const metadata = OPTIMIZER_METADATA[state.optimizer];
  const missing = metadata.hyperparameters.filter((h) => !(h.name in state.hyperparameters));
  if (missing.length === 0) return { ok: true, value: state };
  const hyperparameters = { ...state.hyperparameters };
  for (const h of missing) hyperparameters[h.name] = h.default;
  return { ok: true, value: { ...state, hyperparameters } };
}

function hyperparameterProblem(state: PlaygroundState): Problem | null {
  const hp = state.hyperparameters;
  if (hp === null || typeof hp !== 'object' || Array.isArray(hp))
    return problem('not-json', 'hyperparameters', hp);
  for (const [name, value] of Object.entries(hp)) {
    const bad = numberProblem(value, kebab(name));
    if (bad) return bad;
  }
  for (const info of OPTIMIZER_METADATA[state.optimizer].hyperparameters) {
    const value = hp[info.name];
    if (value === undefined) continue;
    const attribute = kebab(info.name);
    if (info.constraint === 'positive' && !(value > 0)) return problem('not-positive', attribute, value);
    if (info.constraint === 'non-negative' && !(value >= 0))
      return problem('out-of-range', attribute, value, { min: 0, max: '∞' });
    if (info.constraint === 'fraction' && !(value >= 0 && value < 1))
      return problem('out-of-range', attribute, value, { min: 0, max: 1 });
  }
  return null;
}

/** `learningRate` → `learning-rate`. */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

// --- serialisation ------------------------------------------------------------------------------

const STATE_KEYS = Object.keys(DEFAULT_STATE) as (keyof PlaygroundState)[];

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** JSON cannot hold −0; it travels as the string "-0" in number positions and is read back as −0. */
const NEGATIVE_ZERO = '-0';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The state as compact URL-safe text (base64url of UTF-8 JSON holding only the fields that differ
 * from {@link DEFAULT_STATE}); the default state encodes to `''`. Inverse: {@link decodeState}.
 */
export function encodeState(state: PlaygroundState): string {
  const diff: Record<string, unknown> = {};
  for (const key of STATE_KEYS) {
    if (!deepEqual(state[key], DEFAULT_STATE[key])) diff[key] = state[key];
  }
  if (Object.keys(diff).length === 0) return '';
  const json = JSON.stringify(diff, (_key, value: unknown) => (Object.is(value, -0) ? NEGATIVE_ZERO : value));
  return toBase64Url(json);
}

/** Turns "-0" strings back into −0 inside number-only structures. */
function reviveNumbers(value: unknown): unknown {
  if (value === NEGATIVE_ZERO) return -0;
  if (Array.isArray(value)) return value.map(reviveNumbers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveNumbers(v)]));
  }
  return value;
}

/**
 * Reads text made by {@link encodeState} (a leading `#` is ignored) and validates every field.
 * Unknown keys are ignored; missing ones take their defaults. `decodeState(encodeState(s))`
 * deep-equals `s` for every valid, complete `s`.
 */
export function decodeState(text: string): Parsed<PlaygroundState> {
  const trimmed = text.trim().replace(/^#/, '');
  if (trimmed === '') return { ok: true, value: DEFAULT_STATE };
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(trimmed));
  } catch {
    return problem('not-json', 'state', trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return problem('not-json', 'state', trimmed);
  const record = raw as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...DEFAULT_STATE };
  for (const key of STATE_KEYS) {
    if (!(key in record)) continue;
    const value = record[key];
    if (key === 'data') {
      // Class and feature names are strings that must stay as written.
      const data = value as Record<string, unknown> | null;
      merged[key] =
        data && typeof data === 'object' && !Array.isArray(data)
          ? Object.fromEntries(
              Object.entries(data).map(([k, v]) => [
                k,
                k === 'classes' ||
                k === 'featureNames' ||
                k === 'columnKeys' ||
                k === 'kind' ||
                k === 'preset'
                  ? v
                  : reviveNumbers(v),
              ]),
            )
          : data;
    } else if (key === 'hidden' || key === 'locked') {
      merged[key] = value;
    } else {
      merged[key] = reviveNumbers(value);
    }
  }
  return validateState(merged as unknown as PlaygroundState);
}

// The data, units and sessions a state describes live in units.ts (re-exported for one import).
export * from './units.js';
