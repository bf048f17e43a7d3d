// The step as code for every loss the programs tell apart: the TypeScript loops program, run, lands
// on the float64 step (exactStep) for each one, and the data matrix's rows line up in all four
// programs. The Python text is checked against golden files in gd-playground.fidelity.test.ts.
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { describe, expect, it } from 'vitest';
import { stepPrograms } from './code-snippets.js';
import { DEFAULT_STATE, type PlaygroundState } from './state.js';
import { exactStep } from './step-math.js';

const regression: Dataset = {
  features: [
    [1, 2],
    [3, -1],
    [0.5, 4],
  ],
  targets: [3, 1, -2],
  featureNames: ['x1', 'x2'],
  targetName: 'y',
};
const classes: Dataset = {
  features: [
    [1, 2],
    [3, -1],
    [0.5, 4],
  ],
  targets: [1, 0, 1],
  featureNames: ['x1', 'x2'],
  targetName: 'y',
};
const parameters: ParameterValues = { w: [0.5, -0.25], b: [0.1] };

const CASES: readonly (readonly [string, Partial<PlaygroundState>, Dataset])[] = [
  ['MSE', { loss: 'mse' }, regression],
  ['MSE, ½ convention', { loss: 'mse', convention: 'half' }, regression],
  ['RMSE', { loss: 'rmse' }, regression],
  ['MAE', { loss: 'mae' }, regression],
  ['Huber δ = 0.5', { loss: 'huber', delta: 0.5 }, regression],
  ['BCE', { model: 'logistic', loss: 'bce' }, classes],
];

function stepOf(patch: Partial<PlaygroundState>, data: Dataset, withBias = true) {
  const state = { ...DEFAULT_STATE, ...patch, hyperparameters: { learningRate: 0.1 } } as PlaygroundState;
  const start = withBias ? parameters : { w: parameters['w']! };
  const step = exactStep(state, data, start, [0, 1, 2], 1);
  if (!step) throw new Error('no step for a linear or logistic model');
  return step;
}

describe('code snippets', () => {
  it.each(CASES)('%s: the TypeScript loops, run, give the exact loss and new weights', (_, patch, data) => {
    for (const withBias of [true, false]) {
      const step = stepOf(patch, data, withBias);
      const { typescriptLoops } = stepPrograms(step);
      const run = new Function(
        'console',
        `${typescriptLoops}\nreturn { loss, w, b: typeof b === 'undefined' ? undefined : b };`,
      ) as (console: { log: () => void }) => { loss: number; w: number[]; b?: number };
      const result = run({ log: () => {} });
      expect(result.loss).toBeCloseTo(step.loss_, 12);
      for (const [j, value] of result.w.entries()) expect(value).toBeCloseTo(step.newW[j]!, 12);
      if (withBias) expect(result.b).toBeCloseTo(step.newB!, 12);
      else expect(result.b).toBeUndefined();
    }
  });

  it('the matrix rows line up under the first in all four programs', () => {
    const programs = stepPrograms(stepOf({ loss: 'mse' }, regression));
    for (const text of Object.values(programs) as string[]) {
      const lines = text.split('\n');
      const first = lines.findIndex((line) => line.includes('[[1, 2],'));
      const column = lines[first]!.indexOf('[[') + 1;
      expect(lines[first + 1]!.indexOf('[3, -1]')).toBe(column);
      expect(lines[first + 2]!.indexOf('[0.5, 4]')).toBe(column);
    }
  });
});
