/**
 * The attributes of `<gd-network>`, declared once (see `internal/schema.ts`): how each one's text
 * becomes a setting, its default, and whether a change starts a new run. The element keeps every
 * setting as a property of the same name; `state.ts` writes them all into one string and back.
 */
import {
  type AttributeProblem,
  type Parsed,
  parseInRange,
  parseNumber,
  parseOption,
  parsePositive,
} from '../internal/attributes.js';
import { type AttributeSpec, attr } from '../internal/schema.js';
import { type NetworkRow, parseDataText } from './data-text.js';

export const NETWORK_PRESETS = ['xor', 'circles', 'moons', 'spiral', 'blobs', 'regression'] as const;
export type NetworkPreset = (typeof NETWORK_PRESETS)[number];

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** `auto`: softmax + cross-entropy for classes, linear + MSE for the regression preset. */
export const OUTPUTS = ['auto', 'softmax', 'sigmoid', 'linear'] as const;
export type OutputKind = (typeof OUTPUTS)[number];

export const INITS = ['zeros', 'random', 'xavier', 'he'] as const;
export type InitKind = (typeof INITS)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** Extra input features beside x₁ and x₂ (TensorFlow Playground's list), in core's names and order. */
export const FEATURES = ['x1^2', 'x2^2', 'x1x2', 'sin(x1)', 'sin(x2)'] as const;
export type FeatureName = (typeof FEATURES)[number];
/** Spellings without symbols, for attributes written by hand. */
const FEATURE_ALIASES: Readonly<Record<string, FeatureName>> = {
  x1sq: 'x1^2',
  x2sq: 'x2^2',
  'x1*x2': 'x1x2',
  sinx1: 'sin(x1)',
  sinx2: 'sin(x2)',
};

/** Limits of the network's shape (issue 17). */
export const MAX_LAYERS = 6;
export const MAX_NEURONS = 8;
export const MAX_SPEED = 500;

const fail = (code: string, params?: AttributeProblem['params']): Parsed<never> => ({
  ok: false,
  problem: { code, params },
});
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

function splitList(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `layers`: hidden sizes `"4,2"`; `""` or `none` for no hidden layer; 0–6 layers of 1–8 neurons. */
export function parseLayers(text: string): Parsed<number[]> {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '' || trimmed === 'none') return ok([]);
  const parts = splitList(trimmed);
  const sizes = parts.map(Number);
  if (sizes.some((size) => !Number.isFinite(size))) return fail('not-a-list');
  if (sizes.length > MAX_LAYERS) return fail('too-many-layers', { max: MAX_LAYERS, count: sizes.length });
  if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > MAX_NEURONS))
    return fail('layer-size', { min: 1, max: MAX_NEURONS });
  return ok(sizes);
}

/** `activation`: one name for every hidden layer, or one per layer (`"relu,tanh"`; the last repeats). */
export function parseActivations(text: string): Parsed<Activation[]> {
  const parts = splitList(text.toLowerCase());
  if (parts.length === 0) return fail('empty');
  const values: Activation[] = [];
  for (const part of parts) {
    const parsed = parseOption(part, ACTIVATIONS);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return ok(values);
}

/** `features`: extra inputs beside x₁, x₂, e.g. `"x1^2,x2^2"` or `"x1sq,sinx1"`; `""`/`none` for none. */
export function parseFeatures(text: string): Parsed<FeatureName[]> {
  const parts = splitList(text.toLowerCase()).filter(
    (part) => part !== 'none' && part !== 'x1' && part !== 'x2',
  );
  const values: FeatureName[] = [];
  for (const part of parts) {
    const parsed = parseOption(FEATURE_ALIASES[part] ?? part, FEATURES);
    if (!parsed.ok) return parsed;
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return ok(values);
}

/** A whole number within [min, max]. */
export function parseInteger(text: string, min: number, max: number): Parsed<number> {
  const parsed = parseInRange(text, min, max);
  if (!parsed.ok) return parsed;
  return Number.isInteger(parsed.value) ? parsed : fail('not-an-integer', { min, max });
}

/** `batch-size`: a whole number ≥ 1, or `full` (0 stands for the whole training set). */
export function parseBatchSize(text: string): Parsed<number> {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'full' || trimmed === 'all') return ok(0);
  return parseInteger(trimmed, 1, 10000);
}

/** A fraction in [0, 1]; `95%` is read as 0.95. */
export function parseFraction(text: string): Parsed<number> {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const parsed = parseInRange(percent ? trimmed.slice(0, -1) : trimmed, 0, percent ? 100 : 1);
  if (!parsed.ok) return { ok: false, problem: { code: 'out-of-range', params: { min: 0, max: 1 } } };
  return ok(percent ? parsed.value / 100 : parsed.value);
}

/** `probe`: the point whose forward pass is written out, `"x1,x2"` (one number for regression). */
export function parsePoint(text: string): Parsed<number[]> {
  const parts = splitList(text);
  if (parts.length === 0 || parts.length > 2) return fail('point');
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? ok(values) : fail('point');
}

/** The settings a `gd-network` holds, one per attribute (and in the `state` string). */
export interface NetworkSettings {
  preset: NetworkPreset;
  classes: number;
  /** Undefined: the preset's own noise. */
  noise: number | undefined;
  size: number;
  seed: number;
  trainRatio: number;
  features: FeatureName[];
  layers: number[];
  activation: Activation[];
  output: OutputKind;
  init: InitKind;
  l2: number;
  optimizer: OptimizerName;
  learningRate: number;
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  decay: number;
  batchSize: number;
  speed: number;
  targetAccuracy: number | undefined;
  convergeTolerance: number | undefined;
  data: NetworkRow[] | undefined;
  probe: number[] | undefined;
}

/** Defaults, shared by the schema and the property declarations. */
export const DEFAULTS: Readonly<NetworkSettings> = Object.freeze({
  preset: 'circles',
  classes: 2,
  noise: undefined,
  size: 200,
  seed: 1,
  trainRatio: 0.5,
  features: [],
  layers: [4, 2],
  activation: ['tanh'],
  output: 'auto',
  init: 'xavier',
  l2: 0,
  optimizer: 'sgd',
  learningRate: 0.03,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  decay: 0.9,
  batchSize: 10,
  speed: 5,
  targetAccuracy: undefined,
  convergeTolerance: undefined,
  data: undefined,
  probe: undefined,
}) as NetworkSettings;

const check =
  <T>(parse: (text: string) => Parsed<T>, show: (value: T) => string = (value) => String(value)) =>
  (value: T): AttributeProblem | undefined => {
    const parsed = parse(show(value));
    return parsed.ok ? undefined : parsed.problem;
  };
const list = (value: readonly unknown[]) => (Array.isArray(value) ? value.join(',') : String(value));

/** The schema: the attribute, its property (same name in camelCase), parser and default. */
export const networkSchema = [
  attr<NetworkPreset>({
    attribute: 'preset',
    property: 'preset',
    parse: (text) => parseOption(text, NETWORK_PRESETS),
    default: DEFAULTS.preset,
    resets: true,
  }),
  attr<number>({
    attribute: 'classes',
    property: 'classes',
    parse: (text) => parseInteger(text, 2, 5),
    default: DEFAULTS.classes,
    resets: true,
    check: check((text) => parseInteger(text, 2, 5)),
  }),
  attr<number | undefined>({
    attribute: 'noise',
    property: 'noise',
    parse: (text) => parseInRange(text, 0, 1),
    default: DEFAULTS.noise,
    resets: true,
  }),
  attr<number>({
    attribute: 'size',
    property: 'size',
    parse: (text) => parseInteger(text, 10, 1000),
    default: DEFAULTS.size,
    resets: true,
  }),
  attr<number>({
    attribute: 'seed',
    property: 'seed',
    parse: parseNumber,
    default: DEFAULTS.seed,
    resets: true,
  }),
  attr<number>({
    attribute: 'train-ratio',
    property: 'trainRatio',
    parse: (text) => parseInRange(text, 0.1, 0.9),
    default: DEFAULTS.trainRatio,
    resets: true,
  }),
  attr<FeatureName[]>({
    attribute: 'features',
    property: 'features',
    parse: parseFeatures,
    default: () => [...DEFAULTS.features],
    resets: true,
    check: check(parseFeatures, (value) => (value.length === 0 ? 'none' : list(value))),
  }),
  attr<number[]>({
    attribute: 'layers',
    property: 'layers',
    parse: parseLayers,
    default: () => [...DEFAULTS.layers],
    resets: true,
    check: check(parseLayers, (value) => (value.length === 0 ? 'none' : list(value))),
  }),
  attr<Activation[]>({
    attribute: 'activation',
    property: 'activation',
    parse: parseActivations,
    default: () => [...DEFAULTS.activation],
    resets: true,
    check: check(parseActivations, list),
  }),
  attr<OutputKind>({
    attribute: 'output',
    property: 'output',
    parse: (text) => parseOption(text, OUTPUTS),
    default: DEFAULTS.output,
    resets: true,
  }),
  attr<InitKind>({
    attribute: 'init',
    property: 'init',
    parse: (text) => parseOption(text, INITS),
    default: DEFAULTS.init,
    resets: true,
  }),
  attr<number>({
    attribute: 'l2',
    property: 'l2',
    parse: (text) => parseInRange(text, 0, 1),
    default: DEFAULTS.l2,
  }),
  attr<OptimizerName>({
    attribute: 'optimizer',
    property: 'optimizer',
    parse: (text) => parseOption(text, OPTIMIZERS),
    default: DEFAULTS.optimizer,
    resets: true,
  }),
  attr<number>({
    attribute: 'learning-rate',
    property: 'learningRate',
    parse: parsePositive,
    default: DEFAULTS.learningRate,
    check: check(parsePositive),
  }),
  attr<number>({
    attribute: 'momentum',
    property: 'momentum',
    parse: (text) => parseInRange(text, 0, 0.999999),
    default: DEFAULTS.momentum,
  }),
  attr<number>({
    attribute: 'beta1',
    property: 'beta1',
    parse: (text) => parseInRange(text, 0, 0.999999),
    default: DEFAULTS.beta1,
  }),
  attr<number>({
    attribute: 'beta2',
    property: 'beta2',
    parse: (text) => parseInRange(text, 0, 0.999999),
    default: DEFAULTS.beta2,
  }),
  attr<number>({
    attribute: 'epsilon',
    property: 'epsilon',
    parse: parsePositive,
    default: DEFAULTS.epsilon,
  }),
  attr<number>({
    attribute: 'decay',
    property: 'decay',
    parse: (text) => parseInRange(text, 0, 0.999999),
    default: DEFAULTS.decay,
  }),
  attr<number>({
    attribute: 'batch-size',
    property: 'batchSize',
    parse: parseBatchSize,
    default: DEFAULTS.batchSize,
  }),
  attr<number>({
    attribute: 'speed',
    property: 'speed',
    parse: (text) => parseInteger(text, 1, MAX_SPEED),
    default: DEFAULTS.speed,
  }),
  attr<number | undefined>({
    attribute: 'target-accuracy',
    property: 'targetAccuracy',
    parse: parseFraction,
    default: undefined,
  }),
  attr<number | undefined>({
    attribute: 'converge-tolerance',
    property: 'convergeTolerance',
    parse: parseFraction,
    default: undefined,
  }),
  attr<NetworkRow[] | undefined>({
    attribute: 'data',
    property: 'data',
    parse: parseDataText,
    default: undefined,
    resets: true,
  }),
  attr<number[] | undefined>({
    attribute: 'probe',
    property: 'probe',
    parse: parsePoint,
    default: undefined,
  }),
];

/** The attribute names in state order, and their properties. */
export const SETTING_ATTRIBUTES: readonly { attribute: string; property: keyof NetworkSettings }[] =
  networkSchema.map((entry) => {
    const spec = entry as unknown as AttributeSpec<unknown>;
    return { attribute: spec.attribute, property: spec.property as keyof NetworkSettings };
  });

/** The schema entry of a property. */
export function specOf(property: string): AttributeSpec<unknown> {
  const spec = networkSchema.find(
    (entry) => (entry as unknown as AttributeSpec<unknown>).property === property,
  );
  if (!spec) throw new Error(`no schema entry for ${property}`);
  return spec as unknown as AttributeSpec<unknown>;
}

/** The activation of hidden layer `index` (a list shorter than the layers repeats its last name). */
export function activationOf(activation: readonly Activation[], index: number): Activation {
  return activation[Math.min(index, activation.length - 1)] ?? 'tanh';
}
