import { type ParameterValues, ready, type SessionOptions, TrainingSession, tf } from '@gd-playground/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A5_STATE, A9_STATE } from './curriculum-states.test-fixtures.js';
import {
  buildDataset,
  compatibleLosses,
  DEFAULT_STATE,
  decodeState,
  encodeState,
  isSolutionError,
  normalEquationSolution,
  type PlaygroundState,
  sessionOptions,
  toOriginalUnits,
  toTrainingUnits,
  validateState,
} from './state.js';

let tensorsAtStart = 0;
beforeAll(async () => {
  await ready();
});
beforeEach(() => {
  tensorsAtStart = tf.memory().numTensors;
});
afterEach(() => {
  expect(tf.memory().numTensors).toBe(tensorsAtStart);
});

async function firstStep(options: SessionOptions) {
  const session = await TrainingSession.create(options);
  try {
    const start = session.current;
    const [record] = await session.step(1);
    return { start, record: record! };
  } finally {
    session.dispose();
  }
}

const close = (actual: readonly number[] | undefined, expected: readonly number[], digits = 4) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    expect(actual![i]).toBeCloseTo(value, digits);
  });
};

describe('state: defaults and compatibility', () => {
  it('the default state is valid, unchanged by validation, and encodes to nothing', () => {
    const parsed = validateState(DEFAULT_STATE);
    expect(parsed).toEqual({ ok: true, value: DEFAULT_STATE });
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual({ ok: true, value: DEFAULT_STATE });
  });

  it('lists only losses that fit the model, the recommended one first', () => {
    expect(compatibleLosses('linear')).toEqual(['mse', 'rmse', 'mae', 'huber']);
    expect(compatibleLosses('logistic')).toEqual(['bce-logits', 'bce']);
    expect(compatibleLosses('softmax')).toEqual(['cce-logits']);
  });

  it('the default run converges on house prices', async () => {
    const dataset = buildDataset(DEFAULT_STATE);
    const session = await TrainingSession.create(sessionOptions(DEFAULT_STATE, dataset));
    try {
      const status = await session.stepUntilSettled(2000, 100);
      expect(status).toBe('converged');
      const fit = toOriginalUnits(DEFAULT_STATE, dataset, session.current.parameters);
      // CURRICULUM A.2: y = 5x + 150.
      expect(fit.w![0]).toBeCloseTo(5, 1);
      expect(fit.b![0]).toBeCloseTo(150, -1);
    } finally {
      session.dispose();
    }
  });
});

describe('state: sessions reproduce the curriculum', () => {
  it('A.5 matrix form: prediction (12, 30), gradient (−10, −14, −18), new w (2.10, 2.14, 2.18), MSE 4 → 0.59', async () => {
    const { start, record } = await firstStep(sessionOptions(A5_STATE, buildDataset(A5_STATE)));
    expect(start.loss).toBeCloseTo(4, 4);
    close(record.predictions, [12, 30]);
    close(record.gradient.w, [-10, -14, -18]);
    close(record.parameters.w, [2.1, 2.14, 2.18]);
    expect(record.loss).toBeCloseTo(0.5994, 3);
  });

  it('A.9 logistic step: new w (1.95, 1.90, 1.85)', async () => {
    const { record } = await firstStep(sessionOptions(A9_STATE, buildDataset(A9_STATE)));
    close(record.parameters.w, [1.95, 1.9, 1.85], 3);
  });

  it('the half convention halves the A.5 step', async () => {
    const half = { ...A5_STATE, convention: 'half' as const };
    const { record } = await firstStep(sessionOptions(half, buildDataset(half)));
    close(record.gradient.w, [-5, -7, -9]);
    close(record.parameters.w, [2.05, 2.07, 2.09]);
  });

  it('passes the model, loss options, optimizer, batching and seed to the session', () => {
    const state: PlaygroundState = {
      ...DEFAULT_STATE,
      loss: 'huber',
      delta: 2.5,
      optimizer: 'adam',
      hyperparameters: { learningRate: 0.05, beta1: 0.8, momentum: 0.5 },
      batching: { mode: 'mini-batch', batchSize: 2 },
      seed: 7,
    };
    const options = sessionOptions(state, buildDataset(state));
    expect(options.model).toEqual({ kind: 'linear', features: 1, bias: true, init: 'zeros' });
    expect(options.loss).toBe('huber');
    expect(options.lossOptions).toEqual({ convention: 'mean', delta: 2.5 });
    expect(options.optimizer).toBe('adam');
    // Only Adam's own hyperparameters, defaults filled in.
    expect(options.hyperparameters).toEqual({ learningRate: 0.05, beta1: 0.8, beta2: 0.999, epsilon: 1e-7 });
    expect(options.batching).toEqual({ mode: 'mini-batch', batchSize: 2 });
    expect(options.seed).toBe(7);
    // Standardised features: mean 0, population std 1.
    const column = options.dataset.features.map((row) => row[0]!);
    expect(column.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
    expect(column.reduce((a, b) => a + b * b, 0) / column.length).toBeCloseTo(1, 10);
  });

  it('a softmax model without a start point gets a seeded init and one weight column per class', () => {
    const state: PlaygroundState = {
      ...DEFAULT_STATE,
      data: { kind: 'preset', preset: 'blobs-multi', seed: 3, size: 30, noise: 0.5 },
      model: 'softmax',
      loss: 'cce-logits',
      seed: 4,
    };
    expect(validateState(state).ok).toBe(true);
    const options = sessionOptions(state, buildDataset(state));
    expect(options.model).toEqual({
      kind: 'softmax',
      features: 2,
      classes: 3,
      bias: true,
      init: { seed: 4 },
    });
  });
});

describe('state: units', () => {
  it('a start point in original units trains from the same model in standardised units', async () => {
    const state: PlaygroundState = { ...DEFAULT_STATE, start: { w: [4], b: [100] } };
    const dataset = buildDataset(state);
    const session = await TrainingSession.create(sessionOptions(state, dataset));
    try {
      const back = toOriginalUnits(state, dataset, session.current.parameters);
      close(back.w, [4], 3);
      close(back.b, [100], 2);
      // The model's loss is the same in both units: at w = 4, b = 100 the errors are 150 + … .
      const errors = dataset.features.map((row, i) => dataset.targets[i]! - (4 * row[0]! + 100));
      const mse = errors.reduce((a, e) => a + e * e, 0) / errors.length;
      expect(session.current.loss).toBeCloseTo(mse, 0);
    } finally {
      session.dispose();
    }
  });

  it('converts parameters to standardised units and back exactly (linear, no bias, softmax)', () => {
    const points: PlaygroundState = {
      ...DEFAULT_STATE,
      data: {
        kind: 'points',
        features: [
          [1, 10],
          [2, 30],
          [4, 20],
        ],
        targets: [1, 2, 3],
      },
    };
    const dataset = buildDataset(points);
    for (const state of [points, { ...points, bias: false }]) {
      const values: ParameterValues = state.bias ? { w: [0.5, -2], b: [3] } : { w: [0.5, -2] };
      const there = toTrainingUnits(state, dataset, values);
      expect(there.w).not.toEqual(values.w);
      const back = toOriginalUnits(state, dataset, there);
      close(back.w, [0.5, -2], 10);
      if (state.bias) close(back.b, [3], 10);
      else expect(back.b).toBeUndefined();
    }
    const softmax: PlaygroundState = {
      ...points,
      data: { ...points.data, targets: [0, 1, 2], classes: ['a', 'b', 'c'] } as PlaygroundState['data'],
      model: 'softmax',
      loss: 'cce-logits',
    };
    const values = { W: [1, 2, 3, 4, 5, 6], b: [0.1, 0.2, 0.3] };
    const back = toOriginalUnits(softmax, dataset, toTrainingUnits(softmax, dataset, values));
    close(back.W, values.W, 10);
    close(back.b, values.b, 10);
    // Identity without standardisation.
    expect(toOriginalUnits({ ...points, standardize: false }, dataset, values)).toBe(values);
  });

  it('the normal equation gives y = 5x + 150 on house prices and says why a singular X has no solution', () => {
    const fit = normalEquationSolution(DEFAULT_STATE, buildDataset(DEFAULT_STATE));
    expect(isSolutionError(fit)).toBe(false);
    if (isSolutionError(fit)) return;
    close(fit.w, [5], 8);
    close(fit.b, [150], 6);
    const duplicated: PlaygroundState = {
      ...DEFAULT_STATE,
      data: {
        kind: 'points',
        features: [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        targets: [1, 2, 3],
      },
    };
    expect(normalEquationSolution(duplicated, buildDataset(duplicated))).toEqual({
      error: 'singular',
      reason: 'duplicate-columns',
    });
    expect(normalEquationSolution(A9_STATE, buildDataset(A9_STATE))).toEqual({ error: 'not-linear' });
  });
});

describe('state: serialisation', () => {
  const varied: PlaygroundState[] = [
    A5_STATE,
    A9_STATE,
    {
      ...DEFAULT_STATE,
      data: {
        kind: 'points',
        features: [
          [0.1, -2.5e-7],
          [1 / 3, 1e21],
          [-0, 42],
        ],
        targets: [2, 0, 1],
        classes: ['gato ç', '고양이', 'Ğ"-0"'],
        featureNames: ['x₁ (m²)', 'ağırlık'],
      },
      model: 'softmax',
      loss: 'cce-logits',
      optimizer: 'adam',
      hyperparameters: { learningRate: 0.0123456789, beta1: 0.85, beta2: 0.9999, epsilon: 1e-8 },
      batching: { mode: 'mini-batch', batchSize: 2 },
      seed: 123456789,
      start: { W: [0.1, -0.2, 0.3, Math.PI, -Math.E, 1 / 7], b: [0, -0, 5e-324] },
      speed: 100,
      lossScale: 'log',
      hidden: ['table', 'rule', 'share'],
      locked: ['optimizer-controls', 'data-controls'],
    },
    {
      ...DEFAULT_STATE,
      data: { kind: 'preset', preset: 'xor', seed: 99, size: 200, noise: 0.05 },
      model: 'logistic',
      loss: 'bce',
      bias: true,
      optimizer: 'momentum',
      hyperparameters: { learningRate: 0.3, momentum: 0.95 },
      batching: { mode: 'online', batchSize: 1 },
      standardize: false,
    },
    {
      ...DEFAULT_STATE,
      loss: 'huber',
      delta: 0.75,
      convention: 'half',
      optimizer: 'rmsprop',
      hyperparameters: { learningRate: 0.001, decay: 0.9, momentum: 0, epsilon: 1e-7, centered: 0 },
      start: { w: [5.5], b: [-120.25] },
      locked: ['model-controls'],
    },
    { ...DEFAULT_STATE, optimizer: 'heavy-ball', hyperparameters: { learningRate: 0.01, momentum: 0.9 } },
    { ...DEFAULT_STATE, optimizer: 'nesterov', hyperparameters: { learningRate: 0.02, momentum: 0.5 } },
    {
      ...DEFAULT_STATE,
      optimizer: 'adagrad',
      hyperparameters: { learningRate: 0.5, initialAccumulatorValue: 0.1 },
    },
    {
      ...DEFAULT_STATE,
      data: { kind: 'preset', preset: 'outliers', seed: 2, size: 1000, noise: 2.5 },
      loss: 'mae',
      speed: 1000,
    },
  ];

  it.each(varied.map((state, i) => [i, state] as const))('state %i round-trips exactly', (_i, state) => {
    const valid = validateState(state);
    expect(valid.ok).toBe(true);
    const complete = valid.ok ? valid.value : state;
    const text = encodeState(complete);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    const decoded = decodeState(text);
    expect(decoded).toEqual({ ok: true, value: complete });
    // −0 survives (toEqual tells 0 from −0).
    const b = complete.start?.b;
    if (b && b.length > 1 && decoded.ok) expect(Object.is(decoded.value.start?.b?.[1], b[1])).toBe(true);
    // A leading '#' (a URL fragment) is accepted.
    expect(decodeState(`#${text}`)).toEqual(decoded);
  });

  it('encodes only what differs from the defaults', () => {
    const text = encodeState({ ...DEFAULT_STATE, speed: 10 });
    expect(JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ speed: 10 });
  });

  it('fills the chosen optimizer’s missing hyperparameters with their defaults and ignores unknown keys', () => {
    const text = btoa(
      JSON.stringify({ optimizer: 'momentum', hyperparameters: { learningRate: 0.2 }, colour: 'red' }),
    );
    const decoded = decodeState(text.replace(/=+$/, ''));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.hyperparameters).toEqual({ learningRate: 0.2, momentum: 0.9 });
    expect(decoded.value).not.toHaveProperty('colour');
  });
});

describe('state: validation problems', () => {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  const cases: [string, unknown, string, Record<string, unknown>][] = [
    ['not base64 JSON', '%%%', 'not-json', { attribute: 'state' }],
    ['a JSON array', encode([1, 2]), 'not-json', { attribute: 'state' }],
    [
      'an unknown optimizer',
      encode({ optimizer: 'lion' }),
      'unknown-option',
      { attribute: 'optimizer', value: 'lion' },
    ],
    [
      'a loss that does not fit the model',
      encode({ loss: 'bce' }),
      'unknown-option',
      { attribute: 'loss', options: 'mse, rmse, mae, huber' },
    ],
    [
      'a negative learning rate',
      encode({ hyperparameters: { learningRate: -1 } }),
      'not-positive',
      { attribute: 'learning-rate', value: '-1' },
    ],
    [
      'a momentum of 1',
      encode({ optimizer: 'momentum', hyperparameters: { learningRate: 0.1, momentum: 1 } }),
      'out-of-range',
      { attribute: 'momentum' },
    ],
    ['a non-numeric seed', encode({ seed: 'x' }), 'not-a-number', { attribute: 'seed' }],
    ['a speed of 0', encode({ speed: 0 }), 'out-of-range', { attribute: 'speed', min: 1, max: 1000 }],
    [
      'a fractional batch size',
      encode({ batching: { mode: 'mini-batch', batchSize: 2.5 } }),
      'out-of-range',
      { attribute: 'batch-size' },
    ],
    [
      'an unknown part to hide',
      encode({ hidden: ['everything'] }),
      'unknown-option',
      { attribute: 'hide', value: 'everything' },
    ],
    [
      'an unknown preset',
      encode({ data: { kind: 'preset', preset: 'iris', seed: 1, size: 5, noise: 0 } }),
      'unknown-option',
      { attribute: 'preset' },
    ],
    [
      'ragged rows',
      encode({ data: { kind: 'points', features: [[1, 2], [3]], targets: [1, 2] } }),
      'length-mismatch',
      { attribute: 'data', expected: 2, actual: 1 },
    ],
    [
      'too few targets',
      encode({ data: { kind: 'points', features: [[1], [2]], targets: [1] } }),
      'length-mismatch',
      { attribute: 'data' },
    ],
    [
      'a logistic model on a regression preset',
      encode({ model: 'logistic', loss: 'bce-logits' }),
      'needs-two-classes',
      { attribute: 'model', value: 'logistic' },
    ],
    [
      'a start point of the wrong size',
      encode({ start: { w: [1, 2], b: [0] } }),
      'length-mismatch',
      { attribute: 'start', expected: 1, actual: 2 },
    ],
    [
      'a start parameter the model lacks',
      encode({ start: { W: [1] } }),
      'unknown-option',
      { attribute: 'start', value: 'W' },
    ],
    ['a zero Huber δ', encode({ loss: 'huber', delta: 0 }), 'not-positive', { attribute: 'delta' }],
  ];

  it.each(cases)('refuses %s', (_name, text, code, params) => {
    const parsed = decodeState(text as string);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.code).toBe(code);
    expect(parsed.problem.params).toMatchObject(params);
  });

  it('refuses class targets outside the class list', () => {
    const parsed = validateState({
      ...DEFAULT_STATE,
      data: { kind: 'points', features: [[1], [2]], targets: [0, 2], classes: ['a', 'b'] },
    });
    expect(parsed).toMatchObject({
      ok: false,
      problem: { code: 'out-of-range', params: { min: 0, max: 1 } },
    });
  });

  it('edited preset points keep valid column keys through the URL and refuse unknown ones', () => {
    const points = {
      kind: 'points' as const,
      features: [[50], [90]],
      targets: [400, 620],
      featureNames: ['size (m²)'],
    };
    const keyed: PlaygroundState = {
      ...DEFAULT_STATE,
      standardize: false,
      data: { ...points, columnKeys: { features: ['house-size'], target: 'house-price' } },
    };
    expect(decodeState(encodeState(keyed))).toEqual({ ok: true, value: keyed });
    expect(buildDataset(keyed).columnKeys).toEqual({ features: ['house-size'], target: 'house-price' });
    const unknown = validateState({
      ...DEFAULT_STATE,
      data: { ...points, columnKeys: { target: 'price' } },
    } as unknown as PlaygroundState);
    expect(unknown).toMatchObject({
      ok: false,
      problem: { code: 'unknown-option', params: { value: 'price' } },
    });
    const miscounted = validateState({
      ...DEFAULT_STATE,
      data: { ...points, columnKeys: { features: ['house-size', 'house-size'] } },
    });
    expect(miscounted).toMatchObject({
      ok: false,
      problem: { code: 'length-mismatch', params: { expected: 1, actual: 2 } },
    });
  });
});
