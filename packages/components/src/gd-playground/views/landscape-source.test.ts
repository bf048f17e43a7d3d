import { createPreset, isAbortError, type LandscapeProgress, ready, tf } from '@gd-playground/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDataset,
  DEFAULT_STATE,
  normalEquationSolution,
  type PlaygroundState,
  toTrainingUnits,
} from '../state.js';
import {
  computePlaygroundLandscape,
  landscapeAxes,
  landscapePoint,
  type PlaygroundLandscape,
  PlaygroundLandscapeError,
  rangeAround,
} from './landscape-source.js';

beforeAll(async () => {
  await ready({ prefer: 'cpu' });
});

const HOUSE: PlaygroundState = DEFAULT_STATE; // house prices, linear, MSE, bias, standardised

/** Grid spacing along each axis. */
const cell = (values: readonly number[]) => (values[values.length - 1]! - values[0]!) / (values.length - 1);

describe('computePlaygroundLandscape', () => {
  it('puts the minimum of the house-prices MSE at y = 5x + 150 in original units, on the grid', async () => {
    const state: PlaygroundState = { ...HOUSE, standardize: false };
    const dataset = buildDataset(state);
    const solution = normalEquationSolution(state, dataset) as { w: number[]; b: number[] };
    expect(solution.w[0]).toBeCloseTo(5, 6);
    expect(solution.b[0]).toBeCloseTo(150, 4);
    const before = tf.memory().numTensors;
    const land = await computePlaygroundLandscape(
      state,
      dataset,
      { w: [0], b: [0] },
      {
        include: [{ x: 5, y: 150 }],
      },
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(land.method).toBe('quadratic');
    expect(land.resolution).toBe(64);
    expect(land.values).toHaveLength(64 * 64);
    expect(land.xParameter).toEqual({ name: 'w', index: 0 });
    expect(land.yParameter).toEqual({ name: 'b', index: 0 });
    // The ranges hold the start (0, 0) and the solution (5, 150) with a margin.
    expect(land.xs[0]!).toBeLessThan(0);
    expect(land.xs[63]!).toBeGreaterThan(5);
    expect(land.ys[0]!).toBeLessThan(0);
    expect(land.ys[63]!).toBeGreaterThan(150);
    // Within a cell along w. Unstandardised, the valley is so thin and tilted (along it b falls by
    // mean(x) = 72 per unit of w, 7.9 per w-cell) that the best grid point can sit 2 b-cells away.
    expect(Math.abs(land.argmin.x - 5)).toBeLessThanOrEqual(cell(land.xs));
    expect(Math.abs(land.argmin.y - 150)).toBeLessThanOrEqual(2 * cell(land.ys));
    const g = land.resolution;
    const nearest = (values: readonly number[], v: number) =>
      values.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(values[best]! - v) ? i : best), 0);
    const atSolution = land.values[nearest(land.ys, 150) * g + nearest(land.xs, 5)]!;
    // The exact quadratic form: the grid point next to the solution is near the least-squares minimum 0.
    expect(land.min).toBeGreaterThanOrEqual(0);
    expect(land.min).toBeLessThanOrEqual(atSolution);
    expect(land.values[0]!).toBeGreaterThan(1000 * Math.max(1, land.min));
    // Each value is the MSE itself: check a corner against the mean over the five houses.
    const corner = { w: land.xs[0]!, b: land.ys[0]! };
    const houses = createPreset('house-prices');
    const mse =
      houses.targets.reduce(
        (acc, y, i) => acc + (y - (corner.w * houses.features[i]![0]! + corner.b)) ** 2,
        0,
      ) / 5;
    expect(land.values[0]!).toBeCloseTo(mse, -1);
    expect(Math.abs(land.values[0]! - mse) / mse).toBeLessThan(1e-4);
  });

  it('is in standardised units when the state standardises, minimum at the converted solution', async () => {
    const dataset = buildDataset(HOUSE);
    const original = normalEquationSolution(HOUSE, dataset) as { w: number[]; b: number[] };
    const solution = toTrainingUnits(HOUSE, dataset, original);
    // Mean price 510; w in standardised units is 5 · std(size) = 5 · √296 ≈ 86.02.
    expect(solution.b![0]).toBeCloseTo(510, 3);
    expect(solution.w![0]).toBeCloseTo(5 * Math.sqrt(296), 3);
    const point = { x: solution.w![0]!, y: solution.b![0]! };
    const before = tf.memory().numTensors;
    const land = await computePlaygroundLandscape(HOUSE, dataset, { w: [0], b: [0] }, { include: [point] });
    expect(tf.memory().numTensors).toBe(before);
    expect(Math.abs(land.argmin.x - point.x)).toBeLessThanOrEqual(cell(land.xs));
    expect(Math.abs(land.argmin.y - point.y)).toBeLessThanOrEqual(cell(land.ys));
    // Standardised, the bowl is round: the loss rises alike one unit away along each axis.
    const g = land.resolution;
    const { row, column } = land.argmin;
    expect(land.values[row * g + column]!).toBeLessThan(land.values[row * g + Math.max(0, column - 5)]!);
  });

  it('evaluates a logistic model with the grid kernel without leaking', async () => {
    const state: PlaygroundState = {
      ...HOUSE,
      data: { kind: 'preset', preset: 'blobs', seed: 3, size: 60, noise: 1 },
      model: 'logistic',
      loss: 'bce-logits',
    };
    const dataset = buildDataset(state);
    const before = tf.memory().numTensors;
    const land = await computePlaygroundLandscape(
      state,
      dataset,
      { w: [0.5, -0.5], b: [0.1] },
      { resolution: 32 },
    );
    expect(tf.memory().numTensors).toBe(before);
    // One grid kernel (core's GdLossGrid), drawn progressively.
    expect(land.method).toBe('kernel');
    expect(land.resolution).toBe(32);
    expect(land.xParameter).toEqual({ name: 'w', index: 0 });
    expect(land.yParameter).toEqual({ name: 'w', index: 1 });
    expect(Number.isFinite(land.min)).toBe(true);
    // At w = 0 (any b held at 0.1) every prediction is σ(0.1): the loss does not depend on the data's x.
    const centre = landscapePoint(land, { w: [0.5, -0.5] });
    expect(centre).toEqual({ x: 0.5, y: -0.5 });
    expect(land.xs[0]!).toBeLessThan(0.5);
    expect(land.xs[31]!).toBeGreaterThan(0.5);
  });

  it('draws the blobs BCE landscape progressively: a coarse picture first, then refined rows, then the final grid', async () => {
    const state: PlaygroundState = {
      ...HOUSE,
      data: { kind: 'preset', preset: 'blobs', seed: 1, size: 1000, noise: 1 },
      model: 'logistic',
      loss: 'bce',
    };
    const dataset = buildDataset(state);
    const before = tf.memory().numTensors;
    const stages: LandscapeProgress[] = [];
    const pictures: PlaygroundLandscape[] = [];
    const land = await computePlaygroundLandscape(
      state,
      dataset,
      { w: [0.5, -0.5], b: [0.1] },
      {
        resolution: 128,
        onProgress: (picture, progress) => {
          stages.push(progress);
          pictures.push(picture);
        },
      },
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(stages[0]?.stage).toBe('coarse');
    expect(stages.some((p) => p.stage === 'refining')).toBe(true);
    expect(stages.at(-1)).toEqual({ stage: 'done', rowsDone: 128, rows: 128 });
    // Every picture is a full 128² grid over the same axes, labelled with the swept coordinates.
    for (const picture of pictures) {
      expect(picture.values).toHaveLength(128 * 128);
      expect(picture.xs).toEqual(land.xs);
      expect(picture.xParameter).toEqual({ name: 'w', index: 0 });
    }
    expect(Array.from(pictures.at(-1)!.values)).toEqual(Array.from(land.values));
    // The coarse picture already has the final minimum's neighbourhood: its lowest value is close.
    expect(Math.abs(pictures[0]!.min - land.min)).toBeLessThan(0.1 * (land.max - land.min));
  });

  it('stops a cancelled landscape: rejects with AbortError, reports nothing more, leaks nothing', async () => {
    const state: PlaygroundState = {
      ...HOUSE,
      data: { kind: 'preset', preset: 'blobs', seed: 1, size: 500, noise: 1 },
      model: 'logistic',
      loss: 'bce-logits',
    };
    const dataset = buildDataset(state);
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    let reports = 0;
    const error = await computePlaygroundLandscape(
      state,
      dataset,
      { w: [0, 0], b: [0] },
      {
        resolution: 128,
        signal: controller.signal,
        onProgress: () => {
          reports++;
          controller.abort();
        },
      },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isAbortError(error)).toBe(true);
    expect(reports).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('sweeps W[0,0] and W[1,0] for softmax and disposes everything', async () => {
    const state: PlaygroundState = {
      ...HOUSE,
      data: { kind: 'preset', preset: 'blobs', seed: 2, size: 30, noise: 1 },
      model: 'softmax',
      loss: 'cce-logits',
    };
    const dataset = buildDataset(state);
    const k = dataset.classes!.length;
    const before = tf.memory().numTensors;
    const W = Array.from({ length: 2 * k }, () => 0);
    const land = await computePlaygroundLandscape(
      state,
      dataset,
      { W, b: Array(k).fill(0) },
      { resolution: 16 },
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(land.xParameter).toEqual({ name: 'W', index: 0 });
    expect(land.yParameter).toEqual({ name: 'W', index: k });
    // At W = 0 every class has probability 1/k: the cross-entropy there is ln k.
    expect(land.max).toBeGreaterThan(Math.log(k));
  });

  it('refuses a model with a single parameter', () => {
    const state: PlaygroundState = { ...HOUSE, bias: false };
    expect(() => landscapeAxes(state, buildDataset(state))).toThrow(PlaygroundLandscapeError);
  });

  it('widens ranges around the points it must include', () => {
    expect(rangeAround([0, 4])).toEqual([-1, 5]);
    expect(rangeAround([3])).toEqual([2, 4]);
    expect(rangeAround([100])).toEqual([75, 125]);
    expect(rangeAround([Number.NaN])).toEqual([-1, 1]);
  });
});
