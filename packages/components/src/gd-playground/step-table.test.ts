import { ready, type StepRecord, TrainingSession, tf } from '@gd-playground/core';
import { render } from 'lit';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatNumber, loadMessages, translate } from '../internal/i18n/index.js';
import './gd-playground.messages.js';
import { A5_STATE, A9_STATE } from './curriculum-states.test-fixtures.js';
import { buildDataset, DEFAULT_STATE, type PlaygroundState, sessionOptions } from './state.js';
import { renderStepTable, visibleRecords } from './step-table.js';

// --- harness ------------------------------------------------------------------------------------

/** Trains `steps` steps of the state's session and returns its history (the session is disposed). */
async function train(state: PlaygroundState, steps: number): Promise<readonly StepRecord[]> {
  const session = await TrainingSession.create(sessionOptions(state, buildDataset(state)));
  try {
    if (steps > 0) await session.step(steps);
    return [...session.history];
  } finally {
    session.dispose();
  }
}

/** Renders the table into a fresh container in `lang`. */
function show(
  records: readonly StepRecord[],
  state: PlaygroundState,
  lang = 'en',
  extra: { current?: number; maxRows?: number } = {},
): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(
    renderStepTable(records, {
      state,
      dataset: buildDataset(state),
      t: (key, params) => translate(lang, 'gd-playground', key, params),
      num: (value, options) => formatNumber(lang, value, options),
      ...extra,
    }),
    container,
  );
  return container;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** A cell of the row for `step`, by its data-column. */
const cell = (table: HTMLElement, step: number, column: string) =>
  clean(table.querySelector(`tr[data-step="${step}"] [data-column="${column}"]`)?.textContent);
const headers = (table: HTMLElement) =>
  Array.from(table.querySelectorAll('thead th'), (th) => clean(th.textContent));

let tensorsAtStart = 0;
beforeAll(async () => {
  await ready();
});
beforeEach(() => {
  tensorsAtStart = tf.memory().numTensors;
});
afterEach(() => {
  document.body.replaceChildren();
  expect(tf.memory().numTensors).toBe(tensorsAtStart);
});

describe('per-step table', () => {
  it('softmax: the error is the true class’s entry of P − Y, 1/k − 1 from zero weights', async () => {
    const state: PlaygroundState = {
      ...DEFAULT_STATE,
      data: {
        kind: 'points',
        features: [
          [1, 0],
          [0, 1],
          [1, 1],
        ],
        targets: [0, 1, 2],
        classes: ['a', 'b', 'c'],
      },
      model: 'softmax',
      loss: 'cce-logits',
      start: { W: [0, 0, 0, 0, 0, 0], b: [0, 0, 0] },
      standardize: false,
      hyperparameters: { learningRate: 0.1 },
    };
    const table = show(await train(state, 1), state);
    expect(headers(table)).toContain('Error p_y − 1 (the true class’s entry of P − Y)');
    // Zero weights give every class probability 1/3, so each row's error is 1/3 − 1 = −0.6667.
    expect(cell(table, 1, 'error')).toBe('-0.6667, -0.6667, -0.6667');
  });

  it('reproduces CURRICULUM A.5 (matrix form) in its cells', async () => {
    const table = show(await train(A5_STATE, 1), A5_STATE);
    expect(table.querySelector('table caption')).not.toBeNull();
    expect(headers(table)).toEqual([
      'Step',
      'Batch (rows)',
      'Error y − ŷ',
      'Gradient ∇L',
      'Update Δ = new − old',
      'New parameters',
      'Batch loss before the step',
      'Loss after the step (all data)',
    ]);
    // Step 0: the start.
    expect(cell(table, 0, 'batch')).toBe('start');
    expect(cell(table, 0, 'parameters')).toBe('w: 2, 2, 2');
    expect(cell(table, 0, 'loss')).toBe('4');
    // Step 1: rows 1 and 2, error (2, 2), gradient (−10, −14, −18), new w (2.1, 2.14, 2.18), MSE 4 → 0.5994.
    expect(cell(table, 1, 'batch')).toBe('1, 2');
    expect(cell(table, 1, 'error')).toBe('2, 2');
    expect(cell(table, 1, 'gradient')).toBe('w: -10, -14, -18');
    expect(cell(table, 1, 'update')).toBe('w: 0.1, 0.14, 0.18');
    expect(cell(table, 1, 'parameters')).toBe('w: 2.1, 2.14, 2.18');
    expect(cell(table, 1, 'batch-loss')).toBe('4');
    expect(cell(table, 1, 'loss')).toBe('0.5994');
    // The current step (the last) is marked.
    expect(table.querySelector('tr[aria-current="step"]')?.getAttribute('data-step')).toBe('1');
  });

  it('reproduces CURRICULUM A.9 (logistic step) with the σ(z) − y error', async () => {
    const table = show(await train(A9_STATE, 1), A9_STATE);
    expect(headers(table)[2]).toBe('Error ŷ − y, with ŷ = σ(z)');
    expect(cell(table, 1, 'parameters')).toBe('w: 1.95, 1.9, 1.85');
    // σ(12) − 0 ≈ 1 and σ(30) − 1 ≈ 0.
    expect(cell(table, 1, 'error')).toBe('1, 0');
  });

  it('uses decimal commas (and ; between numbers) in Turkish, with Turkish headers', async () => {
    // Turkish is fetched on first need (an element waits for it; this renders the table directly).
    await loadMessages('tr', 'gd-playground');
    const table = show(await train(A5_STATE, 1), A5_STATE, 'tr');
    expect(cell(table, 1, 'parameters')).toBe('w: 2,1; 2,14; 2,18');
    expect(cell(table, 1, 'loss')).toBe('0,5994');
    expect(headers(table)[0]).toBe('Adım');
    expect(clean(table.querySelector('caption')?.textContent)).toContain('Gradyan inişinin');
  });

  it('shows one column per optimizer slot: velocity for momentum, m and v for Adam', async () => {
    const momentum: PlaygroundState = {
      ...A5_STATE,
      optimizer: 'momentum',
      hyperparameters: { learningRate: 0.01, momentum: 0.9 },
    };
    const table = show(await train(momentum, 2), momentum);
    expect(headers(table)).toContain('Velocity p');
    // p₁ = g₁ = (−10, −14, −18).
    expect(cell(table, 1, 'slot-velocity')).toBe('w: -10, -14, -18');
    const adam: PlaygroundState = { ...A5_STATE, optimizer: 'adam', hyperparameters: { learningRate: 0.01 } };
    const adamTable = show(await train(adam, 1), adam);
    expect(headers(adamTable)).toEqual(expect.arrayContaining(['First moment m', 'Second moment v']));
    // m₁ = 0.1·g, v₁ = 0.001·g².
    expect(cell(adamTable, 1, 'slot-m')).toBe('w: -1, -1.4, -1.8');
    expect(cell(adamTable, 1, 'slot-v')).toBe('w: 0.1, 0.196, 0.324');
  });

  it('shows parameters in original units when features are standardised, and says so', async () => {
    const state: PlaygroundState = { ...DEFAULT_STATE, start: { w: [5], b: [150] } };
    const table = show(await train(state, 1), state);
    // y = 5x + 150 fits house prices exactly: the start is the optimum and stays there.
    expect(cell(table, 0, 'parameters')).toBe('w: 5 b: 150');
    expect(cell(table, 1, 'parameters')).toBe('w: 5 b: 150');
    expect(clean(table.querySelector('caption')?.textContent)).toContain('standardised');
  });

  it('keeps the last maxRows rows around the current step', async () => {
    const records = await train(A5_STATE, 12);
    const table = show(records, A5_STATE, 'en', { current: 4, maxRows: 5 });
    const steps = Array.from(table.querySelectorAll('tbody tr'), (row) => row.getAttribute('data-step'));
    expect(steps).toEqual(['2', '3', '4', '5', '6']);
    expect(table.querySelector('tr.current')?.getAttribute('data-step')).toBe('4');
    expect(visibleRecords(records, undefined, 10).rows.map((r) => r.step)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(visibleRecords([], 0).rows).toEqual([]);
  });

  it('summarises large batches instead of listing every row', async () => {
    const state: PlaygroundState = {
      ...DEFAULT_STATE,
      data: { kind: 'preset', preset: 'linear', seed: 1, size: 100, noise: 1 },
    };
    const table = show(await train(state, 1), state);
    expect(cell(table, 1, 'batch')).toBe('all 100');
    expect(cell(table, 1, 'error')).toBe('not recorded for batches this large');
  });

  it('says when there are no steps yet', () => {
    const table = show([], A5_STATE);
    expect(clean(table.querySelector('tbody')?.textContent)).toBe('No steps yet.');
  });
});
