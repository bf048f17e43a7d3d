/**
 * From `<gd-playground>` attributes to one {@link PlaygroundState}: {@link PLAYGROUND_SCHEMA} declares
 * each attribute once (the base element parses it on its own, so a typo is refused with a problem
 * naming it), then {@link composeAttributes} composes the accepted values into a state and
 * validates it as a whole; a value that does not fit the others (a logistic model on house prices)
 * is refused in turn, and the state is composed again without it.
 */
import {
  defaultsOf,
  LOSS_IDS,
  OPTIMIZER_KINDS,
  OPTIMIZER_METADATA,
  type OptimizerKind,
  type ParameterValues,
  PRESETS,
  type PresetName,
} from '@gd-playground/core';
import {
  type AttributeProblem,
  type Parsed,
  parseInRange,
  parseNumber,
  parseNumberList,
  parseOption,
  parsePositive,
} from '../internal/attributes.js';
import { type AttributeSchema, type AttributeSpec, attr } from '../internal/schema.js';
import {
  BATCH_MODES,
  compatibleLosses,
  DEFAULT_STATE,
  decodeState,
  MAX_SIZE,
  MAX_SPEED,
  PLAYGROUND_MODELS,
  PLAYGROUND_PARTS,
  type PlaygroundData,
  type PlaygroundModel,
  type PlaygroundPart,
  type PlaygroundState,
  validateState,
} from './state.js';

/** Points as a page gives them (the `data` attribute, a child script, or the `data` property). */
export interface PlaygroundPoints {
  readonly features: readonly (readonly number[])[];
  readonly targets: readonly number[];
  readonly classes?: readonly string[];
  readonly featureNames?: readonly string[];
}

/** Hyperparameter attributes and the optimizer keys they set. */
export const HYPERPARAMETER_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({
  'learning-rate': 'learningRate',
  momentum: 'momentum',
  beta1: 'beta1',
  beta2: 'beta2',
  epsilon: 'epsilon',
  decay: 'decay',
  'initial-accumulator-value': 'initialAccumulatorValue',
});

const fail = (code: AttributeProblem['code'], params?: AttributeProblem['params']): Parsed<never> => ({
  ok: false,
  problem: { code, params },
});

/** A boolean attribute: present (or `true`, `on`, `yes`, `1`) is true; `false`, `off`, `no`, `0` false. */
export function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (['', 'true', 'on', 'yes', '1'].includes(text)) return { ok: true, value: true };
  if (['false', 'off', 'no', '0'].includes(text)) return { ok: true, value: false };
  return fail('unknown-option', { options: 'true, false' });
}

/** An integer within [min, max]. */
export function parseInteger(raw: string, min: number, max: number): Parsed<number> {
  const parsed = parseInRange(raw, min, max);
  if (!parsed.ok) return parsed;
  return Number.isInteger(parsed.value) ? parsed : fail('out-of-range', { min, max });
}

/** Reads points JSON: `{"features":[[…]],"targets":[…],"classes"?:[…],"featureNames"?:[…]}`. */
export function parsePoints(raw: string): Parsed<PlaygroundPoints> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return fail('not-json');
  }
  return checkPoints(value);
}

/** Checks the shape of points given as a value (the `data` property); the numbers are checked with the state. */
export function checkPoints(value: unknown): Parsed<PlaygroundPoints> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not-json');
  const record = value as Record<string, unknown>;
  if (!Array.isArray(record['features']) || !Array.isArray(record['targets'])) return fail('not-json');
  const points: PlaygroundPoints = {
    features: record['features'] as number[][],
    targets: record['targets'] as number[],
    ...(record['classes'] !== undefined ? { classes: record['classes'] as string[] } : {}),
    ...(record['featureNames'] !== undefined ? { featureNames: record['featureNames'] as string[] } : {}),
  };
  return { ok: true, value: points };
}

/** A start point: `"2,2,2"` (weights, then the bias when there is one) or JSON parameters `{"w":[…],"b":[…]}`. */
export function parseStart(raw: string): Parsed<number[] | ParameterValues> {
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      const value = JSON.parse(text) as unknown;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not-json');
      for (const list of Object.values(value as Record<string, unknown>)) {
        if (!Array.isArray(list) || list.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
          return fail('not-a-list');
        }
      }
      return { ok: true, value: value as ParameterValues };
    } catch {
      return fail('not-json');
    }
  }
  return parseNumberList(text);
}

/** Decodes the `state` attribute (blank: none); a refused text is shown shortened to 40 characters. */
export function parseEncodedState(raw: string): Parsed<PlaygroundState | undefined> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  const decoded = decodeState(text);
  if (decoded.ok) return decoded;
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return fail(decoded.problem.code, { ...decoded.problem.params, attribute: 'state', value: short });
}

const PRESET_NAMES = PRESETS.map((preset) => preset.name);

/**
 * An entry whose default is decided by the other fields (the preset's own size and noise, the
 * model the data calls for, that model's first loss, the optimizer's own hyperparameters, zeros).
 */
function contextual<T>(
  spec: Omit<AttributeSpec<T | undefined>, 'default' | 'parse'> & { parse: (text: string) => Parsed<T> },
): AttributeSpec<never> {
  return attr<T | undefined>({ ...spec, default: undefined });
}

/**
 * Every attribute of `<gd-playground>`, declared once. `property` names the field of
 * {@link PlaygroundState} the attribute sets (a path; `hide-…`/`lock-…` add their part to `hidden`/
 * `locked`, `no-bias` clears `bias`). The element keeps the accepted values by attribute name and
 * composes them into one state ({@link composeState}), so a value that does not fit the others is
 * refused by name too. `resets`: a change builds a new training session.
 */
export const PLAYGROUND_SCHEMA: AttributeSchema = [
  attr({
    attribute: 'preset',
    property: 'data.preset',
    parse: (raw) => parseOption(raw, PRESET_NAMES),
    default: DEFAULT_STATE.data.kind === 'preset' ? DEFAULT_STATE.data.preset : 'house-prices',
    resets: true,
  }),
  attr({
    attribute: 'seed',
    property: 'seed',
    parse: parseNumber,
    default: DEFAULT_STATE.seed,
    resets: true,
  }),
  contextual({
    attribute: 'size',
    property: 'data.size',
    parse: (raw) => parseInteger(raw, 1, MAX_SIZE),
    resets: true,
  }),
  contextual({
    attribute: 'noise',
    property: 'data.noise',
    parse: (raw) => parseInRange(raw, 0, 100),
    resets: true,
  }),
  contextual({ attribute: 'data', property: 'data', parse: parsePoints, resets: true }),
  contextual({
    attribute: 'model',
    property: 'model',
    parse: (raw) => parseOption(raw, PLAYGROUND_MODELS),
    resets: true,
  }),
  attr({ attribute: 'no-bias', property: 'bias', parse: parseBoolean, default: false, resets: true }),
  contextual({
    attribute: 'loss',
    property: 'loss',
    parse: (raw) => parseOption(raw, LOSS_IDS),
    resets: true,
  }),
  attr({
    attribute: 'convention',
    property: 'convention',
    parse: (raw) => parseOption(raw, ['mean', 'half'] as const),
    default: DEFAULT_STATE.convention,
    resets: true,
  }),
  attr({
    attribute: 'delta',
    property: 'delta',
    parse: parsePositive,
    default: DEFAULT_STATE.delta,
    resets: true,
  }),
  attr({
    attribute: 'optimizer',
    property: 'optimizer',
    parse: (raw) => parseOption(raw, OPTIMIZER_KINDS),
    default: DEFAULT_STATE.optimizer,
  }),
  ...Object.entries(HYPERPARAMETER_ATTRIBUTES).map(([attribute, key]) =>
    contextual({ attribute, property: `hyperparameters.${key}`, parse: parseNumber }),
  ),
  attr({
    attribute: 'batching',
    property: 'batching.mode',
    parse: (raw) => parseOption(raw, BATCH_MODES),
    default: DEFAULT_STATE.batching.mode,
    resets: true,
  }),
  attr({
    attribute: 'batch-size',
    property: 'batching.batchSize',
    parse: (raw) => parseInteger(raw, 1, MAX_SIZE),
    default: DEFAULT_STATE.batching.batchSize,
    resets: true,
  }),
  contextual({ attribute: 'start', property: 'start', parse: parseStart, resets: true }),
  attr({
    attribute: 'standardize',
    property: 'standardize',
    parse: parseBoolean,
    default: DEFAULT_STATE.standardize,
    resets: true,
  }),
  attr({
    attribute: 'speed',
    property: 'speed',
    parse: (raw) => parseInteger(raw, 1, MAX_SPEED),
    default: DEFAULT_STATE.speed,
  }),
  attr({
    attribute: 'loss-scale',
    property: 'lossScale',
    parse: (raw) => parseOption(raw, ['linear', 'log'] as const),
    default: DEFAULT_STATE.lossScale,
  }),
  // Not part of the state (nothing trains differently): the element reads it as `probe`.
  contextual({ attribute: 'probe', property: 'probe', parse: parseNumberList }),
  // The whole state at once (a shared link's): it wins over the field attributes above.
  contextual({ attribute: 'state', property: 'state', parse: parseEncodedState, resets: true }),
  ...PLAYGROUND_PARTS.flatMap((part) => [
    attr({ attribute: `hide-${part}`, property: 'hidden', parse: parseBoolean, default: false }),
    attr({ attribute: `lock-${part}`, property: 'locked', parse: parseBoolean, default: false }),
  ]),
];

/** The model a data set calls for: softmax for 3+ classes, logistic for 2, linear otherwise. */
export function naturalModel(data: PlaygroundData): PlaygroundModel {
  if (data.kind === 'preset') {
    const task = PRESETS.find((p) => p.name === data.preset)?.task;
    return task === 'multiclass' ? 'softmax' : task === 'binary' ? 'logistic' : 'linear';
  }
  const k = data.classes?.length;
  if (k === undefined) return 'linear';
  return k > 2 ? 'softmax' : 'logistic';
}

/** The models a data set allows (what the model menu offers). */
export function modelsFor(data: PlaygroundData): readonly PlaygroundModel[] {
  return PLAYGROUND_MODELS.filter((model) => {
    const candidate = { ...DEFAULT_STATE, data, model, loss: compatibleLosses(model)[0]! };
    return validateState({ ...candidate, start: null } as PlaygroundState).ok;
  });
}

/** Features m and classes k of the data a state describes. */
export function dataShape(data: PlaygroundData): { features: number; classes: number } {
  if (data.kind === 'preset') {
    const info = PRESETS.find((p) => p.name === data.preset);
    return { features: info?.defaultFeatures ?? 1, classes: info?.defaultClasses ?? 2 };
  }
  return { features: data.features[0]?.length ?? 0, classes: data.classes?.length ?? 2 };
}

/**
 * A start given as a plain list, as parameters: `w` = the first m numbers and `b` the next one
 * (0 when missing) for linear and logistic; `W` (m×k, row-major) and `b` for softmax.
 */
export function startFromList(
  values: readonly number[],
  model: PlaygroundModel,
  bias: boolean,
  data: PlaygroundData,
): ParameterValues {
  const { features: m, classes: k } = dataShape(data);
  if (model === 'softmax') {
    const W = values.slice(0, m * k);
    const b = values.slice(m * k, m * k + k);
    return bias ? { W, b: b.length === k ? b : new Array<number>(k).fill(0) } : { W };
  }
  if (!bias) return { w: [...values] };
  if (values.length === m + 1) return { w: values.slice(0, m), b: values.slice(m) };
  return { w: [...values], b: [0] };
}

/** A refused attribute value found while composing. */
export interface RefusedAttribute {
  readonly attribute: string;
  readonly problem: AttributeProblem;
}

/** Which accepted attribute a `validateState` problem points at. */
function culprit(problem: AttributeProblem, values: ReadonlyMap<string, unknown>): string | undefined {
  const named = String(problem.params?.['attribute'] ?? '');
  const aliases: Record<string, string> = { 'data-seed': 'seed', hyperparameters: 'learning-rate' };
  const name = aliases[named] ?? named;
  if (values.has(name)) return name;
  // A loss or start that no longer fits may be caused by the model or the data: refuse those first.
  for (const candidate of ['loss', 'start', 'model', 'data', 'preset', 'size', 'noise']) {
    if (values.has(candidate)) return candidate;
  }
  return undefined;
}

function buildState(values: ReadonlyMap<string, unknown>): PlaygroundState {
  const get = <T>(name: string): T | undefined => values.get(name) as T | undefined;
  const points = get<PlaygroundPoints>('data');
  let data: PlaygroundData;
  if (points) {
    data = { kind: 'points', ...points };
  } else {
    const preset = get<PresetName>('preset') ?? 'house-prices';
    const info = PRESETS.find((p) => p.name === preset);
    data = {
      kind: 'preset',
      preset,
      seed: get<number>('seed') ?? 1,
      size: get<number>('size') ?? info?.defaultSize ?? 50,
      noise: get<number>('noise') ?? info?.defaultNoise ?? 0,
    };
  }
  const model = get<PlaygroundModel>('model') ?? naturalModel(data);
  const bias = !(get<boolean>('no-bias') ?? false);
  const optimizer = get<OptimizerKind>('optimizer') ?? DEFAULT_STATE.optimizer;
  const hyperparameters: Record<string, number> = values.has('optimizer')
    ? defaultsOf(OPTIMIZER_METADATA[optimizer])
    : { ...DEFAULT_STATE.hyperparameters };
  for (const [attribute, key] of Object.entries(HYPERPARAMETER_ATTRIBUTES)) {
    const value = get<number>(attribute);
    if (value !== undefined) hyperparameters[key] = value;
  }
  const start = get<number[] | ParameterValues>('start');
  const parts = (prefix: 'hide' | 'lock'): PlaygroundPart[] =>
    PLAYGROUND_PARTS.filter((part) => get<boolean>(`${prefix}-${part}`) === true);
  return {
    data,
    model,
    bias,
    loss: get('loss') ?? compatibleLosses(model)[0] ?? DEFAULT_STATE.loss,
    convention: get('convention') ?? DEFAULT_STATE.convention,
    delta: get('delta') ?? DEFAULT_STATE.delta,
    optimizer,
    hyperparameters,
    batching: {
      mode: get('batching') ?? DEFAULT_STATE.batching.mode,
      batchSize: get('batch-size') ?? DEFAULT_STATE.batching.batchSize,
    },
    seed: get('seed') ?? DEFAULT_STATE.seed,
    start:
      start === undefined ? null : Array.isArray(start) ? startFromList(start, model, bias, data) : start,
    standardize: get('standardize') ?? DEFAULT_STATE.standardize,
    speed: get('speed') ?? DEFAULT_STATE.speed,
    lossScale: get('loss-scale') ?? DEFAULT_STATE.lossScale,
    hidden: parts('hide'),
    locked: parts('lock'),
  };
}

/**
 * Composes accepted attribute values (by attribute name) into a valid state. Values that do not fit
 * the rest are refused one at a time (with the problem `validateState` found) until the state is valid.
 */
export function composeState(values: ReadonlyMap<string, unknown>): {
  state: PlaygroundState;
  refused: RefusedAttribute[];
} {
  const active = new Map(values);
  const refused: RefusedAttribute[] = [];
  for (let attempt = 0; attempt <= values.size; attempt++) {
    const result = validateState(buildState(active));
    if (result.ok) return { state: result.value, refused };
    const name = culprit(result.problem, active);
    if (name === undefined) break;
    refused.push({
      attribute: name,
      problem: { ...result.problem, params: { ...result.problem.params, attribute: name } },
    });
    active.delete(name);
  }
  return { state: DEFAULT_STATE, refused };
}

/** Where points come from besides the `data` attribute, and how composing reports problems. */
export interface CompositionSources {
  /** The `data` property (wins over the attribute, a child script and `preset`). */
  readonly dataProperty: unknown;
  /** A child `<script type="application/json">`'s text (used when there is no `data` attribute). */
  readonly scriptText: string | undefined;
  /** The text of an attribute, or null when absent. */
  readonly attributeText: (attribute: string) => string | null;
  readonly report: (attribute: string, value: string, problem: AttributeProblem) => void;
  readonly clear: (attribute: string) => void;
}

/**
 * The state the element's accepted attribute values (by attribute name) describe, with the points
 * of the `data` property or a child script, and `state` winning over the rest (their `hide-…` and
 * `lock-…` add to it). Values that do not fit the others are reported by attribute name.
 */
export function composeAttributes(
  accepted: ReadonlyMap<string, unknown>,
  sources: CompositionSources,
): PlaygroundState {
  const values = new Map(accepted);
  const shared = values.get('state') as PlaygroundState | undefined;
  values.delete('state');
  if (sources.dataProperty !== undefined) {
    const points = checkPoints(sources.dataProperty);
    if (points.ok) {
      sources.clear('data');
      values.set('data', points.value);
    } else {
      sources.report('data', JSON.stringify(sources.dataProperty ?? null).slice(0, 80), points.problem);
    }
  } else if (
    !values.has('data') &&
    sources.scriptText !== undefined &&
    sources.attributeText('data') === null
  ) {
    const points = parsePoints(sources.scriptText);
    if (points.ok) values.set('data', points.value);
    else sources.report('data', sources.scriptText.slice(0, 80), points.problem);
  }
  const { state: composed, refused } = composeState(values);
  for (const { attribute, problem } of refused) {
    sources.report(
      attribute,
      sources.attributeText(attribute) ?? String(problem.params?.['value'] ?? ''),
      problem,
    );
  }
  if (!shared) return composed;
  return {
    ...shared,
    hidden: [...new Set([...shared.hidden, ...composed.hidden])],
    locked: [...new Set([...shared.locked, ...composed.locked])],
  };
}
