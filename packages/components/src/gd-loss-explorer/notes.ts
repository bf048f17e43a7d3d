/**
 * Notes under the table: cells or parameters the learner left without a number (the last good
 * value is still used), why the BCE column is gone, and signed errors that cancel to a mean of 0.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewText } from '../internal/view-text.js';
import type { ExplorerEvaluation } from './evaluation.js';
import { bceViolation, type ExplorerLossId, type LossExplorerRow } from './inputs.js';

export interface NotesOptions {
  /** Keys of invalid entries: `truth-0`, `predicted-2`, `delta`, `beta`. */
  readonly invalid: Iterable<string>;
  readonly rows: readonly LossExplorerRow[];
  readonly losses: readonly ExplorerLossId[];
  readonly delta: number;
  readonly beta: number;
  readonly evaluation?: ExplorerEvaluation;
  readonly meanError: boolean;
}

export function renderNotes(text: ViewText, options: NotesOptions): TemplateResult | typeof nothing {
  const { rows, losses } = options;
  const notes: TemplateResult[] = [];
  for (const key of options.invalid) {
    const [column, index] = key.split('-') as ['truth' | 'predicted' | 'delta' | 'beta', string | undefined];
    if (column === 'delta' || column === 'beta') {
      if (!losses.includes(column === 'delta' ? 'huber' : 'smooth-l1')) continue;
      const value = column === 'delta' ? options.delta : options.beta;
      notes.push(
        html`<p class="invalid" data-note="invalid">${text.t('invalidParameter', { name: text.t(column), value: text.num(value) })}</p>`,
      );
      continue;
    }
    const i = Number(index);
    const row = rows[i];
    if (!row) continue;
    const cell = text.t(column === 'truth' ? 'truthOfRow' : 'predictionOfRow', { row: text.num(i + 1) });
    notes.push(
      html`<p class="invalid" data-note="invalid">${text.t('invalidEntry', { cell, value: text.num(row[column]) })}</p>`,
    );
  }
  const violation = losses.includes('bce') ? bceViolation(rows) : undefined;
  if (violation) {
    notes.push(
      html`<p data-note="bce">${text.t('bceNote', {
        row: text.num(violation.row + 1),
        truth: text.num(violation.truth),
        predicted: text.num(violation.predicted),
      })}</p>`,
    );
  }
  const meanError = options.evaluation?.results['mean-error'];
  if (options.meanError && meanError) {
    const scale = Math.max(1, ...rows.map((row) => Math.abs(row.truth)));
    const wrong = meanError.perExample.filter((e) => Math.abs(e) > 1e-6 * scale).length;
    if (wrong > 0 && Math.abs(meanError.total) < 1e-6 * scale) {
      notes.push(
        html`<p data-note="cancel">${text.t('cancelNote', {
          value: text.num(meanError.total),
          wrong: text.num(wrong),
          count: text.num(rows.length),
        })}</p>`,
      );
    }
  }
  return notes.length === 0 ? nothing : html`<div part="notes" class="notes">${notes}</div>`;
}
