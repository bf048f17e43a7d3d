import { datasetFromArrays } from './create.js';
import type { Dataset } from './dataset.js';
import { DatasetError } from './errors.js';
import { createRandom, type Random } from './random.js';

/** Names of the built-in data sets. */
export type PresetName =
  | 'house-prices'
  | 'linear'
  | 'linear-multi'
  | 'blobs'
  | 'xor'
  | 'circles'
  | 'moons'
  | 'blobs-multi'
  | 'outliers';

/** What a preset is for: regression, two classes, or three or more classes. */
export type PresetTask = 'regression' | 'binary' | 'multiclass';

/** Metadata a widget can list in a menu (descriptions are English; translate by `name`). */
export interface PresetInfo {
  readonly name: PresetName;
  readonly task: PresetTask;
  /** Number of rows when `size` is not given. */
  readonly defaultSize: number;
  /** Noise level when `noise` is not given (its meaning is in `description`). */
  readonly defaultNoise: number;
  /** Number of feature columns when `features` is not given. */
  readonly defaultFeatures: number;
  /** Number of classes (classification only) when `classes` is not given. */
  readonly defaultClasses?: number;
  /** One line, with the generating formula. */
  readonly description: string;
}

/** Options for {@link createPreset}; each preset ignores the options it does not use. */
export interface PresetOptions {
  /** Seed of the random stream (default 1). Same seed → same data on every machine. */
  readonly seed?: number | string;
  /** Number of rows (integer ≥ 1; ≥ the number of classes for classification). */
  readonly size?: number;
  /** Standard deviation of the Gaussian noise (≥ 0). */
  readonly noise?: number;
  /** 'blobs-multi' only: number of classes k, 3 to 10 (default 3). */
  readonly classes?: number;
  /** 'linear-multi' only: number of features m, 1 to 10 (default 2). */
  readonly features?: number;
}

/** The built-in data sets, in menu order. */
export const PRESETS: readonly PresetInfo[] = Object.freeze([
  {
    name: 'house-prices',
    task: 'regression',
    defaultSize: 5,
    defaultNoise: 0,
    defaultFeatures: 1,
    description:
      'House size (m²) → price (thousands): 50→400, 60→450, 70→500, 80→550, 100→650; exactly y = 5x + 150.',
  },
  {
    name: 'linear',
    task: 'regression',
    defaultSize: 50,
    defaultNoise: 1,
    defaultFeatures: 1,
    description: 'One feature: x ~ U(0, 10), y = 2x + 1 + ε, ε ~ N(0, noise²).',
  },
  {
    name: 'linear-multi',
    task: 'regression',
    defaultSize: 100,
    defaultNoise: 1,
    defaultFeatures: 2,
    description:
      'm features: x_j ~ U(0, 10), y = Σ w_j x_j + 5 + ε with w = (2, −1, 0.5, 3, −2, 1.5, …), ε ~ N(0, noise²).',
  },
  {
    name: 'blobs',
    task: 'binary',
    defaultSize: 100,
    defaultNoise: 0.6,
    defaultFeatures: 2,
    defaultClasses: 2,
    description:
      'Two Gaussian blobs: class 0 around (−1.5, −1.5), class 1 around (1.5, 1.5), each coordinate ± N(0, noise²).',
  },
  {
    name: 'xor',
    task: 'binary',
    defaultSize: 200,
    defaultNoise: 0.05,
    defaultFeatures: 2,
    defaultClasses: 2,
    description:
      'XOR: a point in a random quadrant of [−1, 1]², class 1 when x₁·x₂ < 0 (signs differ), then jittered by N(0, noise²).',
  },
  {
    name: 'circles',
    task: 'binary',
    defaultSize: 200,
    defaultNoise: 0.05,
    defaultFeatures: 2,
    defaultClasses: 2,
    description:
      'Two rings: class 0 on radius 0.5, class 1 on radius 1, angle θ ~ U(0, 2π), point r(cos θ, sin θ) + N(0, noise²).',
  },
  {
    name: 'moons',
    task: 'binary',
    defaultSize: 200,
    defaultNoise: 0.1,
    defaultFeatures: 2,
    defaultClasses: 2,
    description:
      'Two moons: class 0 (cos t, sin t), class 1 (1 − cos t, 0.5 − sin t), t ~ U(0, π), + N(0, noise²).',
  },
  {
    name: 'blobs-multi',
    task: 'multiclass',
    defaultSize: 150,
    defaultNoise: 0.5,
    defaultFeatures: 2,
    defaultClasses: 3,
    description:
      'k Gaussian blobs: class c around 2.5(cos 2πc/k, sin 2πc/k), each coordinate ± N(0, noise²).',
  },
  {
    name: 'outliers',
    task: 'regression',
    defaultSize: 50,
    defaultNoise: 1,
    defaultFeatures: 1,
    description:
      'Like "linear" (y = 2x + 1 + ε) but about 6% of the rows (at least 2) get +15 to +30 added to y.',
  },
] satisfies PresetInfo[]);

/** The curriculum's house table (A.2), exact. */
const HOUSE_SIZES = [50, 60, 70, 80, 100];
const HOUSE_PRICES = [400, 450, 500, 550, 650];

/** Weights of 'linear-multi', then repeated with a scale. */
const MULTI_WEIGHTS = [2, -1, 0.5, 3, -2, 1.5];

/**
 * Creates one of the built-in data sets, deterministically from the seed.
 *
 * Every preset draws from `createRandom(seed).fork(name)`. Classification presets assign class
 * `i mod k` to row i, so the classes are balanced (sizes differ by at most 1) and interleaved;
 * class labels are `'0'`, `'1'`, … Features are named `x1`, `x2`, … and the target `y`
 * (regression) or `class` (classification), except
 * 'house-prices' (`size (m²)` → `price (thousands)`), which is the fixed curriculum table and
 * ignores every option. Columns named in words (those two, and `class`) carry `columnKeys`
 * ('house-size', 'house-price', 'class') for a widget to translate. Formulas: see {@link PRESETS}.
 *
 * @throws {DatasetError} `'unknown-preset'` for an unknown name; `'bad-option'` (with
 * `parameter`) for a size, noise, classes or features value out of range.
 * @example
 * const ds = createPreset('moons', { seed: 7, size: 100, noise: 0.1 });
 */
export function createPreset(name: PresetName | string, options: PresetOptions = {}): Dataset {
  const info = PRESETS.find((p) => p.name === name);
  if (info === undefined) {
    throw new DatasetError(
      'unknown-preset',
      `There is no data set preset named "${name}". Known presets: ${PRESETS.map((p) => p.name).join(', ')}.`,
      { value: String(name), parameter: 'name' },
    );
  }
  if (info.name === 'house-prices') {
    return datasetFromArrays({
      features: HOUSE_SIZES.map((x) => [x]),
      targets: HOUSE_PRICES,
      featureNames: ['size (m²)'],
      targetName: 'price (thousands)',
      columnKeys: { features: ['house-size'], target: 'house-price' },
    });
  }

  // Options a preset does not use are ignored, not validated.
  const k =
    info.task === 'multiclass'
      ? integerOption('classes', options.classes, info.defaultClasses ?? 3, 3, 10)
      : 2;
  const m =
    info.name === 'linear-multi'
      ? integerOption('features', options.features, info.defaultFeatures, 1, 10)
      : 1;
  const n = integerOption(
    'size',
    options.size,
    info.defaultSize,
    info.task === 'regression' ? 1 : k,
    100_000,
  );
  const noise = options.noise ?? info.defaultNoise;
  if (!Number.isFinite(noise) || noise < 0) {
    throw new DatasetError('bad-option', `noise must be a finite number ≥ 0, got ${noise}.`, {
      parameter: 'noise',
      value: String(noise),
    });
  }
  const rng = createRandom(options.seed ?? 1).fork(info.name);

  switch (info.name) {
    case 'linear':
      return regression(linearRows(rng, n, noise), ['x1']);
    case 'outliers':
      return regression(withOutliers(rng, linearRows(rng, n, noise)), ['x1']);
    case 'linear-multi':
      return regression(multiRows(rng, n, m, noise), names(m));
    case 'blobs':
      return classification(n, 2, (c) => {
        const centre = c === 0 ? -1.5 : 1.5;
        return [rng.normal(centre, noise), rng.normal(centre, noise)];
      });
    case 'xor':
      return classification(
        n,
        2,
        (_, i) => {
          // Quadrant i mod 4 keeps the classes balanced: quadrants 0 and 2 have equal signs.
          const q = i % 4;
          const sx = q === 0 || q === 3 ? 1 : -1;
          const sy = q === 0 || q === 1 ? 1 : -1;
          const x1 = sx * rng.next();
          const x2 = sy * rng.next();
          return [x1 + rng.normal(0, noise), x2 + rng.normal(0, noise)];
        },
        (i) => ((i % 4) % 2 === 0 ? 0 : 1),
      );
    case 'circles':
      return classification(n, 2, (c) => {
        const r = c === 0 ? 0.5 : 1;
        const theta = 2 * Math.PI * rng.next();
        return [r * Math.cos(theta) + rng.normal(0, noise), r * Math.sin(theta) + rng.normal(0, noise)];
      });
    case 'moons':
      return classification(n, 2, (c) => {
        const t = Math.PI * rng.next();
        const x = c === 0 ? Math.cos(t) : 1 - Math.cos(t);
        const y = c === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        return [x + rng.normal(0, noise), y + rng.normal(0, noise)];
      });
    case 'blobs-multi':
      return classification(n, k, (c) => {
        const angle = (2 * Math.PI * c) / k;
        return [rng.normal(2.5 * Math.cos(angle), noise), rng.normal(2.5 * Math.sin(angle), noise)];
      });
  }
}

function integerOption(
  parameter: 'size' | 'classes' | 'features',
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DatasetError(
      'bad-option',
      `${parameter} must be a whole number from ${min} to ${max}, got ${value}.`,
      { parameter, value: String(value), expected: min },
    );
  }
  return value;
}

const names = (m: number): string[] => Array.from({ length: m }, (_, j) => `x${j + 1}`);

interface Rows {
  features: number[][];
  targets: number[];
}

/** x ~ U(0, 10), y = 2x + 1 + N(0, noise²). */
function linearRows(rng: Random, n: number, noise: number): Rows {
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = 10 * rng.next();
    features.push([x]);
    targets.push(2 * x + 1 + rng.normal(0, noise));
  }
  return { features, targets };
}

/** Adds +15 … +30 to y on round(6% of n) rows (at least 2, at most n), chosen at random. */
function withOutliers(rng: Random, rows: Rows): Rows {
  const n = rows.targets.length;
  const count = Math.min(n, Math.max(2, Math.round(0.06 * n)));
  const chosen = rng.shuffle(rows.targets.map((_, i) => i)).slice(0, count);
  const targets = rows.targets.slice();
  for (const i of chosen) targets[i] = (targets[i] ?? 0) + 15 + 15 * rng.next();
  return { features: rows.features, targets };
}

/** x_j ~ U(0, 10), y = Σ w_j x_j + 5 + N(0, noise²). */
function multiRows(rng: Random, n: number, m: number, noise: number): Rows {
  const w = Array.from({ length: m }, (_, j) => MULTI_WEIGHTS[j % MULTI_WEIGHTS.length] ?? 1);
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = Array.from({ length: m }, () => 10 * rng.next());
    features.push(x);
    targets.push(x.reduce((sum, xj, j) => sum + (w[j] ?? 0) * xj, 5) + rng.normal(0, noise));
  }
  return { features, targets };
}

function regression(rows: Rows, featureNames: string[]): Dataset {
  return datasetFromArrays({ ...rows, featureNames, targetName: 'y' });
}

/** Row i gets class `label(i)` (default i mod k) and the 2-D point `point(class, i)`. */
function classification(
  n: number,
  k: number,
  point: (c: number, i: number) => number[],
  label: (i: number) => number = (i) => i % k,
): Dataset {
  const features: number[][] = [];
  const targets: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = label(i);
    features.push(point(c, i));
    targets.push(c);
  }
  return datasetFromArrays({
    features,
    targets,
    featureNames: names(2),
    targetName: 'class',
    classes: Array.from({ length: k }, (_, c) => String(c)),
    columnKeys: { target: 'class' },
  });
}
