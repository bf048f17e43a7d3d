import { datasetFromArrays } from '../data/create.js';
import type { Dataset } from '../data/dataset.js';
import { createPreset } from '../data/presets.js';
import { createRandom } from '../data/random.js';
import { fitStandardizer, type Standardizer } from '../data/standardize.js';
import { NetworkError } from './errors.js';

/** The playground's data presets: five 2-D classification sets and a 1-D regression curve. */
export type NetworkPreset = 'xor' | 'circles' | 'moons' | 'spiral' | 'blobs' | 'curve';
export const NETWORK_PRESETS: readonly NetworkPreset[] = [
  'xor',
  'circles',
  'moons',
  'spiral',
  'blobs',
  'curve',
];

/** Points and their targets (class index, or value for regression). */
export interface NetworkSamples {
  /** Raw points: [x₁, x₂], or [x] for 1-D regression. */
  readonly points: readonly (readonly number[])[];
  readonly targets: readonly number[];
}

/** A playground's data: a train/test split, and how the network's inputs are standardised. */
export interface NetworkData {
  readonly inputs: 1 | 2;
  readonly task: 'classification' | 'regression';
  /** Number of classes (0 for regression). */
  readonly classes: number;
  readonly train: NetworkSamples;
  readonly test: NetworkSamples;
  /** Fitted on the training points when `standardize` was asked for: the network sees (x − mean)/std. */
  readonly standardizer?: Standardizer;
}

/** How to split and scale a data set. */
export interface NetworkSplitOptions {
  /** Fraction of the rows used for training, in (0, 1] (default 0.5, as TensorFlow Playground). */
  readonly trainRatio?: number;
  /** Seed of the split's shuffle (default 1). */
  readonly seed?: number | string;
  /** Standardise the inputs with the training rows' mean and std (default false). */
  readonly standardize?: boolean;
}

/** Options of {@link createNetworkData}. */
export interface NetworkDataOptions extends NetworkSplitOptions {
  readonly preset: NetworkPreset;
  /** Points in all (train + test), default 500 (2 to 100,000). */
  readonly size?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate (curve: to y). */
  readonly noise?: number;
  /** `blobs` and `spiral`: number of classes, 2 to 5 (default 2 for blobs, 2 for spiral). */
  readonly classes?: number;
}

const DEFAULT_NOISE: Record<NetworkPreset, number> = {
  xor: 0,
  circles: 0.05,
  moons: 0.1,
  spiral: 0,
  blobs: 0.5,
  curve: 0.1,
};

/**
 * Makes one of the playground's data sets, split into train and test, deterministically from the
 * seed. `circles`, `moons` and `blobs` are core's presets (data/presets.ts; 3 to 5 blobs are
 * its `blobs-multi`); `xor`: a point in quadrant i mod 4 with each coordinate's size
 * U(0.1, 1), class 1 when the signs differ, plus N(0, noise²): unlike core's `xor` preset it keeps
 * a 0.1 margin around the axes (TensorFlow Playground pads its XOR the same way), so that without
 * noise the classes are separable and 100 % accuracy is reachable; `spiral`: class c of k is the arm r(cos θ, sin θ) with r ~ U(0, 1),
 * θ = 3.5πr + 2πc/k, plus N(0, noise²) on each coordinate; `curve`: x ~ U(−π, π),
 * y = sin x + x/4 + N(0, noise²).
 *
 * @throws NetworkError `invalid-data` (field `preset`, `size`, `noise`, `classes`, `train-ratio`).
 */
export function createNetworkData(options: NetworkDataOptions): NetworkData {
  const { preset } = options;
  if (!NETWORK_PRESETS.includes(preset)) {
    throw new NetworkError(
      'invalid-data',
      `Unknown preset '${String(preset)}'; expected one of ${NETWORK_PRESETS.join(', ')}.`,
      {
        field: 'preset',
        value: preset,
      },
    );
  }
  const size = options.size ?? 500;
  if (!Number.isInteger(size) || size < 2 || size > 100_000) {
    throw new NetworkError(
      'invalid-data',
      `size must be a whole number from 2 to 100000, got ${String(size)}.`,
      {
        field: 'size',
        value: size,
      },
    );
  }
  const noise = options.noise ?? DEFAULT_NOISE[preset];
  if (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0) {
    throw new NetworkError('invalid-data', `noise must be a finite number ≥ 0, got ${String(noise)}.`, {
      field: 'noise',
      value: noise,
    });
  }
  const classes = options.classes ?? 2;
  if (
    (preset === 'blobs' || preset === 'spiral') &&
    (!Number.isInteger(classes) || classes < 2 || classes > 5)
  ) {
    throw new NetworkError(
      'invalid-data',
      `classes must be a whole number from 2 to 5, got ${String(classes)}.`,
      {
        field: 'classes',
        value: classes,
      },
    );
  }
  const seed = options.seed ?? 1;
  let dataset: Dataset;
  if (preset === 'spiral') dataset = spiral(size, classes, noise, seed);
  else if (preset === 'curve') dataset = curve(size, noise, seed);
  else if (preset === 'xor') dataset = xor(size, noise, seed);
  else if (preset === 'blobs' && classes > 2)
    dataset = createPreset('blobs-multi', { size, noise, seed, classes });
  else dataset = createPreset(preset, { size, noise, seed });
  return splitNetworkData(dataset, options);
}

function spiral(n: number, k: number, noise: number, seed: number | string): Dataset {
  const rng = createRandom(seed).fork('spiral');
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % k;
    const r = rng.next();
    const theta = 3.5 * Math.PI * r + (2 * Math.PI * c) / k;
    features.push([r * Math.cos(theta) + rng.normal(0, noise), r * Math.sin(theta) + rng.normal(0, noise)]);
    targets.push(c);
  }
  return datasetFromArrays({
    features,
    targets,
    featureNames: ['x1', 'x2'],
    targetName: 'class',
    classes: Array.from({ length: k }, (_, c) => String(c)),
  });
}

function xor(n: number, noise: number, seed: number | string): Dataset {
  const rng = createRandom(seed).fork('xor');
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    // Quadrant i mod 4 keeps the classes balanced: quadrants 0 and 2 have equal signs (class 0).
    const q = i % 4;
    const s1 = q === 0 || q === 3 ? 1 : -1;
    const s2 = q === 0 || q === 1 ? 1 : -1;
    features.push([
      s1 * (0.1 + 0.9 * rng.next()) + rng.normal(0, noise),
      s2 * (0.1 + 0.9 * rng.next()) + rng.normal(0, noise),
    ]);
    targets.push(q % 2);
  }
  return datasetFromArrays({
    features,
    targets,
    featureNames: ['x1', 'x2'],
    targetName: 'class',
    classes: ['0', '1'],
  });
}

function curve(n: number, noise: number, seed: number | string): Dataset {
  const rng = createRandom(seed).fork('curve');
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Math.PI * (2 * rng.next() - 1);
    features.push([x]);
    targets.push(Math.sin(x) + x / 4 + rng.normal(0, noise));
  }
  return datasetFromArrays({ features, targets, featureNames: ['x1'], targetName: 'y' });
}

/**
 * Splits any data set with one or two feature columns (a preset, the learner's points, a CSV)
 * into train and test: a seeded shuffle, the first round(n · trainRatio) rows (at least 1) for
 * training. Classification when the data set has classes.
 *
 * @throws NetworkError `invalid-data` (field `data`: not 1 or 2 columns, no rows; field
 *   `train-ratio`: outside (0, 1]).
 */
export function splitNetworkData(dataset: Dataset, options: NetworkSplitOptions = {}): NetworkData {
  const n = dataset.targets.length;
  const width = dataset.featureNames.length;
  if (n === 0 || (width !== 1 && width !== 2)) {
    throw new NetworkError(
      'invalid-data',
      n === 0
        ? 'The data has no rows.'
        : `A playground network reads 1 or 2 input columns, the data has ${width}.`,
      { field: 'data', rows: n, columns: width },
    );
  }
  const ratio = options.trainRatio ?? 0.5;
  if (typeof ratio !== 'number' || !(ratio > 0 && ratio <= 1)) {
    throw new NetworkError('invalid-data', `train-ratio must be a number in (0, 1], got ${String(ratio)}.`, {
      field: 'train-ratio',
      value: ratio,
    });
  }
  const order = createRandom(options.seed ?? 1)
    .fork('split')
    .shuffle(Array.from({ length: n }, (_, i) => i));
  const trainCount = Math.max(1, Math.round(n * ratio));
  const pick = (rows: number[]): NetworkSamples => ({
    points: rows.map((i) => [...(dataset.features[i] as readonly number[])]),
    targets: rows.map((i) => dataset.targets[i] as number),
  });
  const train = pick(order.slice(0, trainCount));
  const test = pick(order.slice(trainCount));
  const classes = dataset.classes?.length ?? 0;
  const standardizer = options.standardize
    ? fitStandardizer({ ...dataset, features: train.points, targets: train.targets })
    : undefined;
  return {
    inputs: width as 1 | 2,
    task: classes > 0 ? 'classification' : 'regression',
    classes,
    train,
    test,
    ...(standardizer ? { standardizer } : {}),
  };
}
