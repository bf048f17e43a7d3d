import {
  OPTIMIZER_KINDS,
  OPTIMIZER_METADATA,
  ready,
  type StepRecord,
  TrainingSession,
  tf,
} from '@gd-playground/core';
import temml from 'temml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../internal/i18n/index.js';
import { A5_STATE } from './curriculum-states.test-fixtures.js';
import { buildDataset, DEFAULT_STATE, type PlaygroundState, sessionOptions } from './state.js';
import { texNumber, updateRuleTex } from './update-rule.js';

async function train(state: PlaygroundState, steps: number): Promise<readonly StepRecord[]> {
  const session = await TrainingSession.create(sessionOptions(state, buildDataset(state)));
  try {
    await session.step(steps);
    return [...session.history];
  } finally {
    session.dispose();
  }
}

/** The rule for step `k` of a history. */
const ruleAt = (state: PlaygroundState, history: readonly StepRecord[], k: number, lang = 'en') =>
  updateRuleTex(state, history[k]!, history[k - 1], (v, o) => formatNumber(lang, v, o));

/** The lines of the array, and the number each ends with (`= 2.1`). */
const lines = (tex: string) =>
  tex
    .replace(/^\\begin\{array\}\{l\} /, '')
    .replace(/ \\end\{array\}$/, '')
    .split(' \\\\ ');
const result = (line: string) => Number(line.slice(line.lastIndexOf('= ') + 2).replace('{,}', '.'));

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

describe('update rule with numbers', () => {
  it('SGD on CURRICULUM A.5: w₁ ← 2 − 0.01 · (−10) = 2.1, and likewise for w₂, w₃ via the table', async () => {
    const history = await train(A5_STATE, 1);
    const tex = ruleAt(A5_STATE, history, 1);
    expect(lines(tex)).toEqual([
      'w_{1} \\leftarrow w_{1} - \\alpha \\, \\frac{\\partial L}{\\partial w_{1}} = 2 - 0.01 \\cdot (-10) = 2.1',
    ]);
  });

  it('braces decimal commas in Turkish and Portuguese', async () => {
    const history = await train(A5_STATE, 1);
    expect(ruleAt(A5_STATE, history, 1, 'tr')).toContain('= 2 - 0{,}01 \\cdot (-10) = 2{,}1');
    expect(ruleAt(A5_STATE, history, 1, 'pt')).toContain('= 2{,}1');
  });

  it('momentum: the velocity form and the heavy-ball form land on the same new weight, step after step', async () => {
    for (const optimizer of ['momentum', 'heavy-ball'] as const) {
      const state: PlaygroundState = {
        ...A5_STATE,
        optimizer,
        hyperparameters: { learningRate: 0.01, momentum: 0.9 },
      };
      const history = await train(state, 3);
      for (const k of [1, 2, 3]) {
        const [velocity, velocityUpdate, heavyBall] = lines(ruleAt(state, history, k));
        expect(velocity).toMatch(/^\\text\{\(i\)\}\\quad p \\leftarrow/);
        expect(heavyBall).toMatch(/^\\text\{\(ii\)\}\\quad w_\{1\}\^\{\(k\+1\)\} = /);
        const actual = history[k]!.parameters.w![0]!;
        expect(result(velocityUpdate!)).toBeCloseTo(actual, 3);
        expect(result(heavyBall!)).toBeCloseTo(actual, 3);
        expect(result(velocityUpdate!)).toBe(result(heavyBall!));
      }
      // Step 1 from rest: p = g = −10, so both give 2.1 (as plain gradient descent).
      const first = lines(ruleAt(state, history, 1));
      expect(first[0]).toContain('= 0.9 \\cdot 0 + (-10) = -10');
      expect(result(first[1]!)).toBe(2.1);
      // Step 2 uses the last displacement 0.1 in the heavy-ball form.
      expect(lines(ruleAt(state, history, 2))[2]).toContain('+ 0.9 \\cdot 0.1 = ');
    }
  });

  it('Adam shows m, v, m̂, v̂ and the update; the first step moves each weight by about α', async () => {
    const state: PlaygroundState = {
      ...A5_STATE,
      optimizer: 'adam',
      hyperparameters: { learningRate: 0.01 },
    };
    const history = await train(state, 1);
    const [m, v, hats, w] = lines(ruleAt(state, history, 1));
    expect(m).toContain('= 0.9 \\cdot 0 + 0.1 \\cdot (-10) = -1');
    expect(v).toContain('= 0.999 \\cdot 0 + 0.001 \\cdot (-10)^2 = 0.1');
    expect(hats).toContain('\\hat m = \\frac{m}{1 - \\beta_1^{1}} = -10');
    expect(w).toContain('10^{-7}');
    expect(result(w!)).toBe(2.01);
    expect(history[1]!.parameters.w![0]).toBeCloseTo(2.01, 4);
  });

  it('Adam switched on mid-run: t restarts at 1, m and v start from zero, and the rule matches the step', async () => {
    const session = await TrainingSession.create(sessionOptions(A5_STATE, buildDataset(A5_STATE)));
    try {
      await session.step(2); // two plain gradient steps first
      session.setOptimizer('adam', { learningRate: 0.01 });
      await session.step(1);
      const history = session.history;
      const state: PlaygroundState = {
        ...A5_STATE,
        optimizer: 'adam',
        hyperparameters: { learningRate: 0.01 },
      };
      const [m, v, hats, w] = lines(ruleAt(state, history, 3));
      const g = history[3]!.gradient.w![0]!;
      // Zero state, not the SGD step's: m = 0.1·g, v = 0.001·g², and the bias correction uses t = 1.
      expect(m).toContain('= 0.9 \\cdot 0 + 0.1 \\cdot');
      expect(v).toContain('= 0.999 \\cdot 0 + 0.001 \\cdot');
      expect(hats).toContain('1 - \\beta_1^{1}');
      // m̂ = m / (1 − β₁) = g at t = 1.
      expect(hats).toContain(`= ${formatNumber('en', g)}, \\quad`);
      // The rule's result is the parameter the step produced (to the 4 decimals shown).
      expect(result(w!)).toBeCloseTo(history[3]!.parameters.w![0]!, 4);
    } finally {
      session.dispose();
    }
  });

  it('typesets for every optimizer, with and without a bias, and without a step shows the plain rule', async () => {
    for (const optimizer of OPTIMIZER_KINDS) {
      const state: PlaygroundState = { ...DEFAULT_STATE, optimizer, hyperparameters: { learningRate: 0.05 } };
      const history = await train(state, 2);
      const tex = ruleAt(state, history, 2);
      expect(() => temml.renderToString(tex, { throwOnError: true })).not.toThrow();
      expect(tex).toMatch(/\bw \\leftarrow|w\^\{\(k\+1\)\}/);
      expect(tex).toContain('b');
      expect(updateRuleTex(state, history[0]!, undefined)).toBe(OPTIMIZER_METADATA[optimizer].updateRule);
    }
  });

  it('writes tiny and huge numbers as powers of ten', () => {
    const en = (v: number) => formatNumber('en', v);
    expect(texNumber(1e-7, en)).toBe('10^{-7}');
    expect(texNumber(2.5e-8, en)).toBe('2.5 \\cdot 10^{-8}');
    expect(texNumber(3e12, en)).toBe('3 \\cdot 10^{12}');
    expect(texNumber(-0.5, (v) => formatNumber('tr', v))).toBe('-0{,}5');
  });
});
