/**
 * The table: one row per example with its editable truth and prediction, the signed error and each
 * chosen loss's term, the totals underneath, a remove button per row and the add-row button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewText } from '../internal/view-text.js';
import type { ExplorerEvaluation } from './evaluation.js';
import type { ExplorerLossId, LossExplorerRow } from './inputs.js';

export const MAX_ROWS = 40;

export type Column = 'truth' | 'predicted';

export interface TableOptions {
  readonly rows: readonly LossExplorerRow[];
  /** The loss columns shown (the chosen losses that apply to the rows). */
  readonly columns: readonly ExplorerLossId[];
  readonly evaluation?: ExplorerEvaluation;
  readonly showError: boolean;
  /** Numbers for the latest rows are still on their way from core. */
  readonly busy: boolean;
  /** The learner's text in this cell is not a number. */
  readonly invalid: (column: Column, index: number) => boolean;
  readonly onCellInput: (event: Event, index: number, column: Column) => void;
  readonly onCellChange: (event: Event, index: number, column: Column) => void;
  readonly onRemove: (index: number) => void;
  readonly onAdd: () => void;
}

export function renderTable(text: ViewText, options: TableOptions): TemplateResult {
  const { rows, columns, evaluation, showError } = options;
  const results = evaluation?.results ?? {};
  const dash = '…';
  const cell = (id: ExplorerLossId | 'mean-error', i: number) => {
    if (id === 'bce') {
      const term = evaluation?.logLikelihood?.[i];
      return term === undefined ? dash : text.num(term, { maximumFractionDigits: 3 });
    }
    const value = results[id]?.perExample[i];
    return value === undefined ? dash : text.num(value);
  };
  const total = (id: ExplorerLossId | 'mean-error') => {
    const value = results[id]?.total;
    return value === undefined ? dash : text.num(value);
  };
  const input = (value: number, index: number, column: Column) => html`<input
    class="cell"
    type="number"
    step="any"
    inputmode="decimal"
    data-column=${column}
    .value=${String(value)}
    aria-label=${text.t(column === 'truth' ? 'truthOfRow' : 'predictionOfRow', { row: text.num(index + 1) })}
    aria-invalid=${options.invalid(column, index) ? 'true' : 'false'}
    @input=${(event: Event) => options.onCellInput(event, index, column)}
    @change=${(event: Event) => options.onCellChange(event, index, column)}
  />`;
  return html`<div part="table" class="scroll table-box">
      <table aria-busy=${options.busy ? 'true' : 'false'}>
        <caption class="visually-hidden">${text.t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="row-head">${text.t('row')}</th>
            <th scope="col">${text.t('truth')}</th>
            <th scope="col">${text.t('prediction')}</th>
            ${showError ? html`<th scope="col" data-column="mean-error">${text.t('signedError')}</th>` : nothing}
            ${columns.map(
              (id) => html`<th scope="col" data-column=${id}>
                <span class="column-name"><span class="swatch loss-${id}" aria-hidden="true"></span>${text.t(`short.${id}`)}</span>
                ${
                  id === 'bce'
                    ? html`<span class="sub">${text.t('bceTerm').replace(/^BCE: /, '')}</span>`
                    : id === 'rmse'
                      ? html`<span class="sub">${text.t('rmseTerm').replace(/^RMSE: /, '')}</span>`
                      : nothing
                }
              </th>`,
            )}
            <th scope="col"><span class="visually-hidden">${text.t('actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, i) => html`<tr data-row=${i}>
              <th scope="row" class="row-head">${text.num(i + 1)}</th>
              <td>${input(row.truth, i, 'truth')}</td>
              <td>${input(row.predicted, i, 'predicted')}</td>
              ${showError ? html`<td data-loss="mean-error">${cell('mean-error', i)}</td>` : nothing}
              ${columns.map((id) => html`<td data-loss=${id}>${cell(id, i)}</td>`)}
              <td>
                <button
                  type="button"
                  class="secondary remove"
                  aria-label=${text.t('removeRow', { row: text.num(i + 1) })}
                  title=${text.t('removeRow', { row: text.num(i + 1) })}
                  ?disabled=${rows.length <= 1}
                  @click=${() => options.onRemove(i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3">${text.t('total')}</th>
            ${showError ? html`<td data-total="mean-error">${total('mean-error')}</td>` : nothing}
            ${columns.map((id) => html`<td data-total=${id}>${total(id)}</td>`)}
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
    <button
      type="button"
      class="secondary add-row"
      part="add-row"
      ?disabled=${rows.length >= MAX_ROWS}
      @click=${options.onAdd}
    >
      + ${text.t('addRow')}
    </button>`;
}
