/** The test-set confusion matrix (rows: actual class, columns: predicted) and the accuracy. */
import { html, type TemplateResult } from 'lit';
import type { ViewText } from './view-text.js';

export function renderMatrix(
  text: ViewText,
  matrix: readonly (readonly number[])[] | undefined,
  accuracy: number,
): TemplateResult {
  const k = matrix?.length ?? 0;
  const total = matrix?.reduce((sum, row) => sum + row.reduce((a, b) => a + b, 0), 0) ?? 0;
  return html`<div part="matrix" class="matrix-panel">
    ${
      !matrix || total === 0
        ? html`<p class="hint">${text.t('noTest')}</p>`
        : html`<table class="confusion">
          <caption>${text.t('matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="corner">${text.t('actual')} \\ ${text.t('predicted')}</th>
              ${Array.from({ length: k }, (_, c) => html`<th scope="col">${c}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${matrix.map(
              (row, r) => html`<tr>
                <th scope="row">${r}</th>
                ${row.map((count, c) => html`<td class=${r === c ? 'hit' : count > 0 ? 'miss' : ''} data-cell="${r}-${c}">${text.num(count)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>`
    }
    <p class="accuracy" data-value="accuracy">${text.t('accuracy', { value: text.percent(accuracy) })}</p>
  </div>`;
}
