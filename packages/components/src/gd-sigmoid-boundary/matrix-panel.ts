/**
 * The confusion-matrix panel: counts of true/false positives and negatives at the current
 * threshold, with accuracy, precision and recall, and a note when a rate is 0/0.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SigmoidData } from './data.js';
import { confusion } from './logistic-math.js';
import type { ModelView } from './plane-view.js';
import type { ViewText } from './view-context.js';

export function renderMatrixPanel(text: ViewText, rows: SigmoidData, model: ModelView): TemplateResult {
  const m = confusion(model.weights, model.bias, model.threshold, rows.features, rows.labels);
  const pct = (v: number) =>
    Number.isNaN(v) ? '—' : text.num(v, { style: 'percent', maximumFractionDigits: 1 });
  const cell = (key: 'tp' | 'fn' | 'fp' | 'tn') =>
    html`<td data-cell=${key}>${text.num(m[key])}<small>${text.t(key)}</small></td>`;
  return html`<div part="matrix">
    <div class="scroll">
      <table>
        <caption>${text.t('matrixCaption', { t: text.fmt(model.threshold, 2) })}</caption>
        <thead>
          <tr>
            <td></td>
            <th scope="col">${text.t('predicted1')}</th>
            <th scope="col">${text.t('predicted0')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">${text.t('actual1')}</th>
            ${cell('tp')} ${cell('fn')}
          </tr>
          <tr>
            <th scope="row">${text.t('actual0')}</th>
            ${cell('fp')} ${cell('tn')}
          </tr>
        </tbody>
      </table>
    </div>
    <dl class="metrics">
      <dt>${text.t('accuracy')}</dt>
      <dd data-value="accuracy">${pct(m.accuracy)}</dd>
      <dt>${text.t('precision')}</dt>
      <dd data-value="precision">${pct(m.precision)}</dd>
      <dt>${text.t('recall')}</dt>
      <dd data-value="recall">${pct(m.recall)}</dd>
    </dl>
    ${Number.isNaN(m.precision) ? html`<p class="note" data-note="precision">${text.t('precisionUndefined')}</p>` : nothing}
    ${Number.isNaN(m.recall) ? html`<p class="note" data-note="recall">${text.t('recallUndefined')}</p>` : nothing}
  </div>`;
}
