/**
 * Sample formulas of every widget, in every language's number format, for the build step that
 * pre-renders their MathML templates (scripts/prerender-formulas.mjs) and for the test that holds
 * those templates to temml's own output. Not part of any element's bundle.
 */
import {
  createLoss,
  OPTIMIZER_KINDS,
  OPTIMIZER_METADATA,
  type OptimizerKind,
  type StepRecord,
} from '@gd-playground/core';
import { EXPLORER_LOSSES } from '../gd-loss-explorer/inputs.js';
import { lossTex, nextStepTex, ruleTex, texNumber as sliderTexNumber } from '../gd-lr-slider/tex.js';
import type { PlaygroundState } from '../gd-playground/state.js';
import { updateRuleTex } from '../gd-playground/update-rule.js';
import { BUILT_IN_LANGUAGES, formatNumber } from './i18n/index.js';

/** A formula as a widget hands it to `<gd-math>`. */
export interface FormulaSample {
  readonly tex: string;
  readonly display: boolean;
}

/** Deterministic numbers of every sign and size a widget shows (small, large, decimals, integers). */
function* numbers(seed: number): Generator<number> {
  let state = seed;
  const pool = [4.7, -3, 0.01, -0.4567, 12345.678, 2, -1250.5, 0.5, 1e-7, -2.5e-8, 3e12, 0, 1, -10];
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    yield pool[state % pool.length]!;
  }
}

/** `<gd-lr-slider>`: the loss, the rule, and the next step with its numbers. */
export function sliderSamples(): FormulaSample[] {
  const samples: FormulaSample[] = [];
  for (const convention of ['half', 'mean'] as const) {
    samples.push({ tex: lossTex(convention), display: true }, { tex: ruleTex(convention), display: true });
    for (const lang of BUILT_IN_LANGUAGES) {
      const values = numbers(lang.length + convention.length);
      for (let k = 0; k < 6; k++) {
        const n = () => {
          const value = values.next().value as number;
          return sliderTexNumber(formatNumber(lang, value), value);
        };
        samples.push({
          tex: nextStepTex(convention, { step: k + 5, w: n(), alpha: n(), y: n(), x: n(), next: n() }),
          display: true,
        });
      }
    }
  }
  return samples;
}

const SLOTS: Record<OptimizerKind, readonly string[]> = {
  sgd: [],
  momentum: ['velocity'],
  'heavy-ball': ['displacement'],
  nesterov: ['velocity'],
  adagrad: ['accumulator'],
  rmsprop: ['meanSquare', 'moment'],
  adam: ['m', 'v'],
};

/** Parameter layouts of the playground's models: linear and logistic (with or without bias), softmax. */
const LAYOUTS: readonly Record<string, number>[] = [
  { w: 1 },
  { w: 1, b: 1 },
  { w: 3 },
  { w: 3, b: 1 },
  { W: 6, b: 3 },
];

/** `<gd-playground>`: each optimizer's update rule, with and without numbers. */
export function playgroundSamples(): FormulaSample[] {
  const samples: FormulaSample[] = [];
  for (const optimizer of OPTIMIZER_KINDS) {
    samples.push({ tex: OPTIMIZER_METADATA[optimizer].updateRule, display: true });
    for (const layout of LAYOUTS) {
      for (const lang of BUILT_IN_LANGUAGES) {
        const values = numbers(optimizer.length * 7 + Object.keys(layout).length + lang.charCodeAt(0));
        for (let k = 0; k < 4; k++) {
          const next = () => values.next().value as number;
          const vector = (size: number) => Array.from({ length: size }, next);
          const record = (step: number): StepRecord =>
            ({
              step,
              optimizer,
              optimizerStep: step,
              gradient: Object.fromEntries(
                Object.entries(layout).map(([name, size]) => [name, vector(size)]),
              ),
              parameters: Object.fromEntries(
                Object.entries(layout).map(([name, size]) => [name, vector(size)]),
              ),
              optimizerState: Object.fromEntries(
                Object.entries(layout).map(([name, size]) => [
                  name,
                  Object.fromEntries(SLOTS[optimizer].map((slot) => [slot, vector(size)])),
                ]),
              ),
            }) as unknown as StepRecord;
          const state = { optimizer, hyperparameters: {} } as unknown as PlaygroundState;
          const tex = updateRuleTex(state, record(k + 2), record(k + 1), (value, options) =>
            formatNumber(lang, value, options),
          );
          samples.push({ tex, display: true });
        }
      }
    }
  }
  return samples;
}

/** `<gd-loss-explorer>`: each loss's term and total, δ and β as numbers, both conventions. */
export function lossExplorerSamples(): FormulaSample[] {
  const samples: FormulaSample[] = [];
  for (const id of [...EXPLORER_LOSSES, 'mean-error' as const]) {
    for (const convention of ['mean', 'half'] as const) {
      for (const [delta, beta] of [
        [4, 5],
        [1, 1],
        [0.5, 2.25],
        [12.5, 0.1],
      ] as const) {
        const { term, total } = createLoss(id, { delta, beta, convention }).formulaParts();
        samples.push({ tex: term, display: true }, { tex: total, display: true });
      }
    }
  }
  return samples;
}
