/**
 * The playground's secondary panels: the update rule (a `<gd-math>` with the pre-rendered formulas),
 * the per-step table, the data as a matrix and the step as code. None is on the first paint (they
 * join after it, below the views), so this module is its own chunk: lazy-panels.ts imports it when a
 * panel's placeholder nears the viewport, when focus enters the element, or when `whenReady()` asks.
 */
import '../define/gd-math.js';
import './formulas.generated.js';
import type { StepRecord } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderCodePanel } from './code-panel.js';
import type { PanelsContext } from './panels.js';
import { renderStepTable } from './step-table.js';
import { updateRuleTex } from './update-rule.js';

/** Rows of the per-step table (the latest ones). */
const TABLE_ROWS = 8;

type Rendered = TemplateResult | typeof nothing;

/** The update rule with the current numbers. */
export function renderRule(c: PanelsContext, history: readonly StepRecord[]): Rendered {
  const record = history[history.length - 1];
  if (!record) return nothing;
  const tex = updateRuleTex(c.state, record, history[history.length - 2], c.num);
  return html`<div class="full scroll" part="rule" role="region" tabindex="0" aria-label=${c.regionName(c.t('control.rule'))}>
    <gd-math display .tex=${tex}></gd-math>
  </div>`;
}

/** The per-step table of the latest steps. */
export function renderTable(c: PanelsContext, history: readonly StepRecord[]): Rendered {
  const dataset = c.dataset;
  if (!dataset || history.length === 0) return nothing;
  return html`<div class="wide scroll" part="table" role="region" tabindex="0" aria-label=${c.regionName(c.t('control.table'))}>
    ${renderStepTable(history, { state: c.state, dataset, t: c.t, num: c.num, maxRows: TABLE_ROWS })}
  </div>`;
}

/** The step after the latest record, as code. */
export function renderCode(c: PanelsContext, history: readonly StepRecord[]): Rendered {
  return renderCodePanel({
    state: c.state,
    options: c.sessionOptions,
    record: history[history.length - 1],
    panel: c.codePanel,
    locked: c.isLocked('code'),
    t: c.t,
    num: (value) => c.num(value),
    regionName: c.regionName,
  });
}

/** The data as the matrix X and the vector y, the batch's rows marked. */
export { renderMatrixView } from './matrix-view.js';
