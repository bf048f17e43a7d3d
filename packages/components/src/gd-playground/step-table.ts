import { type Dataset, OPTIMIZER_METADATA, type ParameterValues, type StepRecord } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type PlaygroundState, toOriginalUnits } from './state.js';

/** What {@link renderStepTable} needs besides the records. */
export interface StepTableContext {
  readonly state: PlaygroundState;
  /** The data set in ORIGINAL units (targets for the error column; units for the parameters). */
  readonly dataset: Dataset;
  /** The element's message lookup (`gd-playground` namespace). */
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  /** The element's locale number formatter. */
  readonly num: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** The step the learner is looking at (its row is marked); default the last record's. */
  readonly current?: number;
  /** How many rows to show around `current` (default 10). */
  readonly maxRows?: number;
}

/** Batch rows listed before the rest are summarised as "+n more". */
const MAX_LISTED_ROWS = 8;
/** Batch examples whose error is listed before the rest are summarised. */
const MAX_LISTED_ERRORS = 8;

/** The records to show: up to `maxRows`, ending a little after `current` when later ones exist. */
export function visibleRecords(
  records: readonly StepRecord[],
  current: number | undefined,
  maxRows = 10,
): { rows: readonly StepRecord[]; offset: number } {
  if (records.length === 0) return { rows: [], offset: 0 };
  const found = current === undefined ? -1 : records.findIndex((r) => r.step === current);
  const index = found >= 0 ? found : records.length - 1;
  const rows = Math.max(1, Math.floor(maxRows));
  const after = Math.min(records.length - 1 - index, Math.floor((rows - 1) / 2));
  const end = index + after;
  const start = Math.max(0, end - rows + 1);
  return { rows: records.slice(start, end + 1), offset: start };
}

/** Separator between numbers of one list: "; " where the decimal mark is a comma (tr, pt). */
function listSeparator(num: StepTableContext['num']): string {
  return num(1.5).includes(',') ? '; ' : ', ';
}

function formatVector(values: readonly number[], num: StepTableContext['num'], separator: string): string {
  return values.map((v) => num(v)).join(separator);
}

/** One line per parameter: `w: 2.1, 2.14, 2.18`. */
function parameterLines(values: ParameterValues, num: StepTableContext['num'], separator: string) {
  const names = Object.keys(values);
  if (names.length === 0) return '—';
  return names.map(
    (name) =>
      html`<span class="vector" data-parameter=${name}
        ><span class="name">${name}:</span> ${formatVector(values[name] ?? [], num, separator)} </span
      >`,
  );
}

function difference(after: ParameterValues, before: ParameterValues): ParameterValues {
  const out: ParameterValues = {};
  for (const [name, values] of Object.entries(after)) {
    const old = before[name];
    if (!old) continue;
    out[name] = values.map((v, i) => v - (old[i] ?? 0));
  }
  return out;
}

/**
 * Per-example error of the batch: y − ŷ for regression (CURRICULUM A.5), σ(z) − y for logistic
 * regression (A.9, the term in its gradient), and for softmax the true class's entry of P − Y
 * (p_y − 1; the other entries of that row are the other classes' probabilities).
 */
function batchErrors(record: StepRecord, context: StepTableContext): number[] | null {
  const { batch, predictions } = record;
  if (batch.length === 0) return [];
  if (predictions.length === 0) return null;
  const targets = context.dataset.targets;
  if (context.state.model === 'softmax') {
    const k = Math.max(1, Math.round(predictions.length / batch.length));
    return batch.map((row, i) => (predictions[i * k + (targets[row] ?? 0)] ?? Number.NaN) - 1);
  }
  return batch.map((row, i) => {
    const y = targets[row] ?? Number.NaN;
    const yHat = predictions[i] ?? Number.NaN;
    return context.state.model === 'logistic' ? yHat - y : y - yHat;
  });
}

function batchCell(record: StepRecord, context: StepTableContext, separator: string): string {
  const { batch } = record;
  if (batch.length === 0) return context.t('table.start');
  const n = context.dataset.targets.length;
  if (batch.length === n && n > MAX_LISTED_ROWS) return context.t('table.allRows', { count: context.num(n) });
  const listed = batch
    .slice(0, MAX_LISTED_ROWS)
    .map((row) => context.num(row + 1))
    .join(separator);
  return batch.length > MAX_LISTED_ROWS
    ? `${listed} ${context.t('table.moreRows', { count: context.num(batch.length - MAX_LISTED_ROWS) })}`
    : listed;
}

function errorCell(record: StepRecord, context: StepTableContext, separator: string): string {
  if (record.batch.length === 0) return '—';
  const errors = batchErrors(record, context);
  if (errors === null) return context.t('table.notRecorded');
  const listed = formatVector(errors.slice(0, MAX_LISTED_ERRORS), context.num, separator);
  return errors.length > MAX_LISTED_ERRORS
    ? `${listed} ${context.t('table.moreRows', { count: context.num(errors.length - MAX_LISTED_ERRORS) })}`
    : listed;
}

/** One optimizer slot (e.g. velocity) across parameters. */
function slotValues(record: StepRecord, slot: string): ParameterValues {
  const out: ParameterValues = {};
  for (const [name, slots] of Object.entries(record.optimizerState)) {
    const values = slots[slot];
    if (values) out[name] = values;
  }
  return out;
}

/**
 * The per-step table: step, batch rows (1-based), the batch's per-example errors, the gradient,
 * the optimizer's state (one column per slot), the update Δ, the new parameters and the loss
 * before (batch) and after (all data). Parameters and updates are in ORIGINAL units; the gradient
 * and optimizer state are the optimizer's own numbers (standardised units when the state says so,
 * which the caption then notes). Pure: reads plain numbers only.
 *
 * @example
 * renderStepTable(session.history, { state, dataset, t: (k, p) => this.t(k, p), num: (v, o) => this.num(v, o), current });
 */
export function renderStepTable(records: readonly StepRecord[], context: StepTableContext): TemplateResult {
  const { t, num, state } = context;
  const separator = listSeparator(num);
  const slots = OPTIMIZER_METADATA[state.optimizer].slotNames;
  const { rows, offset } = visibleRecords(records, context.current, context.maxRows);
  const currentStep = context.current ?? records[records.length - 1]?.step;
  const original = (values: ParameterValues) => toOriginalUnits(state, context.dataset, values);
  const errorHeader =
    state.model === 'linear'
      ? t('table.errorLinear')
      : state.model === 'logistic'
        ? t('table.errorLogistic')
        : t('table.errorSoftmax');
  const columns = 7 + slots.length;

  const body =
    rows.length === 0
      ? html`<tr><td colspan=${columns}>${t('table.empty')}</td></tr>`
      : rows.map((record, i) => {
          const previous = records[offset + i - 1];
          const after = original(record.parameters);
          const consecutive = previous !== undefined && previous.step === record.step - 1;
          const update =
            consecutive && record.batch.length > 0 ? difference(after, original(previous.parameters)) : null;
          const isCurrent = record.step === currentStep;
          return html`<tr
            data-step=${record.step}
            class=${isCurrent ? 'current' : ''}
            aria-current=${isCurrent ? 'step' : nothing}
          >
            <th scope="row">${num(record.step)}</th>
            <td data-column="batch">${batchCell(record, context, separator)}</td>
            <td data-column="error">${errorCell(record, context, separator)}</td>
            <td data-column="gradient">
              ${record.batch.length === 0 ? '—' : parameterLines(record.gradient, num, separator)}
            </td>
            ${slots.map(
              (slot) =>
                html`<td data-column=${`slot-${slot}`}>${parameterLines(slotValues(record, slot), num, separator)}</td>`,
            )}
            <td data-column="update">${update ? parameterLines(update, num, separator) : '—'}</td>
            <td data-column="parameters">${parameterLines(after, num, separator)}</td>
            <td data-column="batch-loss">${record.batch.length === 0 ? '—' : num(record.batchLoss)}</td>
            <td data-column="loss">${num(record.loss)}</td>
          </tr>`;
        });

  return html`<table class="step-table" part="step-table">
    <caption>
      ${t('table.caption')}
      ${state.standardize ? html`<span class="note">${t('table.standardised')}</span>` : nothing}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('table.step')}</th>
        <th scope="col">${t('table.batch')}</th>
        <th scope="col">${errorHeader}</th>
        <th scope="col">${t('table.gradient')}</th>
        ${slots.map((slot) => html`<th scope="col">${t(`table.slot.${slot}`)}</th>`)}
        <th scope="col">${t('table.update')}</th>
        <th scope="col">${t('table.parameters')}</th>
        <th scope="col">${t('table.batchLoss')}</th>
        <th scope="col">${t('table.loss')}</th>
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}
