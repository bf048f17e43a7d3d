/**
 * The data as a matrix (CURRICULUM A.1, A.4): X with one row per example and one column per feature
 * (headed by the features' names), the weights w as a column, the model's X·w (+ b) and the targets
 * y, with the shapes written (n × m, m × 1, n × 1) and the current batch's rows marked. With the
 * A.4 matrix and w = (1, 2, 3) the X·w column reads 14, 32, −14, −32. Float64 from the read-back
 * parameters (original units).
 */
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { html, mathml, nothing, type TemplateResult } from 'lit';
import { columnTitles } from './column-titles.js';
import { rowOutputs, sigmoid } from './exact-ledger.js';
import { MATRIX_ROWS } from './lazy-panels.js';
import type { PlaygroundModel } from './state.js';

export { MATRIX_ROWS };

/** What the matrix view needs from the element. */
export interface MatrixViewContext {
  readonly model: PlaygroundModel;
  readonly dataset: Dataset;
  /** Current parameters in original units. */
  readonly parameters: ParameterValues | undefined;
  /** Rows (0-based) of the step's batch; empty for step 0. */
  readonly batch: readonly number[];
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly fmt: (value: number, digits?: number) => string;
  /** A region's accessible name, told apart from another playground's. */
  readonly regionName: (name: string) => string;
}

/** The rows to write: the first MATRIX_ROWS, then any batch rows past them (up to MATRIX_ROWS more). */
export function matrixRows(n: number, batch: readonly number[]): number[] {
  const first = Array.from({ length: Math.min(n, MATRIX_ROWS) }, (_, i) => i);
  const later = [...new Set(batch)].filter((i) => i >= MATRIX_ROWS && i < n).sort((a, b) => a - b);
  return [...first, ...later.slice(0, MATRIX_ROWS)];
}

/** The matrix view: X | w | X·w (+ b) | y, shapes in the header, batch rows marked. */
export function renderMatrixView(c: MatrixViewContext): TemplateResult {
  const { dataset, t, fmt, model } = c;
  const n = dataset.features.length;
  const m = dataset.features[0]?.length ?? 0;
  const titles = columnTitles(dataset, t);
  const names = titles.features;
  const batch = new Set(c.batch.length < n ? c.batch : []);
  const rows = matrixRows(n, c.batch);
  const parameters = c.parameters;
  const showsOutputs = parameters !== undefined && model !== 'softmax';
  const w = parameters?.w ?? [];
  const hasBias = parameters?.b !== undefined;
  const outputHeader = hasBias ? 'X·w + b' : 'X·w';
  const classes = dataset.classes;
  // Where the decimal mark is a comma (tr, pt), list entries are kept apart by semicolons.
  const separator = fmt(1.5).includes(',') ? ';' : ',';
  const target = (i: number) => {
    const y = dataset.targets[i] ?? Number.NaN;
    return classes && model !== 'linear' ? `${fmt(y)} (${classes[y] ?? y})` : fmt(y, 4);
  };
  const body = rows.map((i, index) => {
    const x = dataset.features[i] ?? [];
    const z = showsOutputs ? (rowOutputs(model, parameters, x)[0] ?? Number.NaN) : Number.NaN;
    const gap = index > 0 && i !== (rows[index - 1] ?? 0) + 1;
    const marked = batch.has(i);
    return html`${gap ? html`<tr class="gap"><td colspan=${m + 4}>⋮</td></tr>` : nothing}
      <tr data-row=${i} class=${marked ? 'in-batch' : ''}>
        <th scope="row">${marked ? html`<span class="batch-mark" aria-hidden="true">▸</span>` : nothing}${fmt(i + 1)}${marked ? html`<span class="visually-hidden"> (${t('matrix.inBatch')})</span>` : nothing}</th>
        ${x.map((value) => html`<td data-column="x">${fmt(value, 4)}</td>`)}
        <td class="product" data-column="output">${showsOutputs ? fmt(z, 4) : '—'}</td>
        ${model === 'logistic' ? html`<td data-column="probability">${showsOutputs ? fmt(sigmoid(z), 4) : '—'}</td>` : nothing}
        <td data-column="y">${target(i)}</td>
      </tr>`;
  });
  const hidden = n - rows.length;
  return html`<section class="full matrix" part="matrix" aria-label=${c.regionName(t('matrix.heading'))}>
    <h3 id="matrix-heading">${t('matrix.heading')}</h3>
    <p class="shapes" data-shapes>
      ${t('matrix.shapes', { n: fmt(n), m: fmt(m) })}
    </p>
    ${
      showsOutputs
        ? html`<p class="weights" data-weights>
          <math><mi>w</mi><mo>=</mo><msup><mrow><mo>(</mo>${w.map((v, j) => mathml`${j > 0 ? mathml`<mo>${separator}</mo>` : nothing}<mn>${fmt(v, 4)}</mn>`)}<mo>)</mo></mrow><mi>T</mi></msup>${hasBias ? mathml`<mo>,</mo><mi>b</mi><mo>=</mo><mn>${fmt(parameters?.b?.[0] ?? 0, 4)}</mn>` : nothing}</math>
        </p>`
        : nothing
    }
    <div class="scroll" role="region" tabindex="0" aria-label=${c.regionName(`${t('matrix.heading')}: X, X·w, y`)}>
      <table class="matrix-table">
        <caption>${t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('matrix.row')}</th>
            ${Array.from({ length: m }, (_, j) => html`<th scope="col">${names[j] ?? `x${j + 1}`}</th>`)}
            <th scope="col" class="product">${outputHeader}</th>
            ${model === 'logistic' ? html`<th scope="col">σ(z)</th>` : nothing}
            <th scope="col">${titles.target}</th>
          </tr>
        </thead>
        <tbody>
          ${body}
        </tbody>
      </table>
    </div>
    ${hidden > 0 ? html`<p class="note">${t('matrix.more', { count: fmt(hidden) })}</p>` : nothing}
    ${batch.size > 0 ? html`<p class="note">${t('matrix.batchNote')}</p>` : nothing}
  </section>`;
}
