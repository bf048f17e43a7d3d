import type { LossEvaluation, SquaredErrorConvention } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseNumber, parsePositive } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import type { MovePhase } from '../internal/plot/index.js';
import type { ViewText } from '../internal/view-text.js';
import { PeerRefreshController, uniqueRegionName } from '../internal/widget-label.js';
import { rowsDomain } from './charts.js';
import { type ParameterName, renderLossPicker, renderParameters } from './controls.js';
import { type ExplorerEvaluation, evaluateExplorer } from './evaluation.js';
import { renderFigures } from './figures.js';
import { computeFormulas, type Formula, renderFormulas } from './formulas.js';
import './gd-loss-explorer.messages.js';
import { lossExplorerStyles } from './gd-loss-explorer.styles.js';
import {
  bceViolation,
  DEFAULT_LOSSES,
  DEFAULT_ROWS,
  EXPLORER_LOSSES,
  type ExplorerLossId,
  type LossExplorerRow,
} from './inputs.js';
import { renderNotes } from './notes.js';
import { CROSS_COLUMN_CODES, canonicalLosses, joinColumns, lossExplorerSchema, specOf } from './settings.js';
import { type Column, renderTable } from './table-view.js';

export type { ExplorerLossId, LossExplorerRow } from './inputs.js';

/** Detail of `gd-loss-change`: the rows after a learner's edit and every number the table shows. */
export interface LossChangeDetail {
  /** The rows, in table order. */
  readonly rows: LossExplorerRow[];
  /**
   * Per-row terms and total of each chosen loss that applies to the rows, plus `mean-error`.
   * For `rmse`, `perExample` holds the squared errors under the root; for `bce`, the per-row losses
   * −[y ln p + (1 − y) ln(1 − p)] (the table shows their negatives, the log-likelihood terms).
   */
  readonly results: Partial<Record<ExplorerLossId | 'mean-error', LossEvaluation>>;
}

/**
 * Lesson A.3, comparing loss functions on the same predictions. A table of rows (truth, prediction)
 * the learner edits, extends and shortens, with each row's term of every chosen loss and the totals:
 * MSE, RMSE, MAE, Huber (threshold δ), Smooth L1 (threshold β) and binary cross-entropy, beside the
 * signed mean error, which shows why losses are not signed (errors cancel). Predictions can also be
 * dragged on a chart; a second chart draws each loss as a function of the residual r = ŷ − y, so the
 * quadratic and linear regions, and how much an outlier weighs, can be seen. The formula of each
 * loss is shown as core writes it, with the current δ and β.
 *
 * Every number comes from `@gd-playground/core` (`evaluateLoss`, `logLikelihoodTerms`). Numbers are
 * shown with at most 4 decimals (MSE 2.6667, RMSE 1.633, Huber 15.3333, Smooth L1 3.4667, BCE 0.2729);
 * BCE's signed log-likelihood terms with 3 (−0.105, −0.357), as the curriculum prints them.
 * Binary cross-entropy needs truths of 0 or 1 and predictions in [0, 1]: when the attributes give
 * other data with `bce` chosen, the data are refused (message, last valid rows kept); when a
 * learner's edit leaves that range, the BCE column gives way to a note saying why.
 *
 * @summary Compare MSE, RMSE, MAE, Huber, Smooth L1 and BCE on rows you edit and drag.
 *
 * @attr {string} truth - The true values, one per row: `10, 20, 30` or JSON `[10, 20, 30]` (default the curriculum's 10, 20, 30).
 * @attr {string} predicted - The predictions, as many as `truth` (default 12, 18, 30); probabilities in [0, 1] with `bce`.
 * @attr {string} losses - The losses to compare, any of `mse`, `rmse`, `mae`, `huber`, `smooth-l1`, `bce` (default `mse, rmse, mae`).
 * @attr {string} delta - Huber's threshold δ > 0 (default 1).
 * @attr {string} beta - Smooth L1's threshold β > 0 (default 1).
 * @attr {string} convention - MSE's convention: `mean` (default) or `half` (mean of ½ (ŷ − y)²).
 *
 * @fires {Event} input - A learner changed a value (row, δ, β, loss choice, drag); never on property sets.
 * @fires {Event} change - A learner committed a change (left an input, released a drag, added or removed a row).
 * @fires {CustomEvent<LossChangeDetail>} gd-loss-change - After a learner's edit, once the new numbers are
 *   computed: `{ rows, results }`. Bubbles and is composed.
 *
 * @csspart problems - The message shown when an attribute value cannot be used.
 * @csspart losses - The fieldset of loss checkboxes.
 * @csspart parameters - The δ and β controls.
 * @csspart table - The scrolling box around the table.
 * @csspart add-row - The button that adds a row.
 * @csspart notes - Notes under the table (BCE not applicable, cancelling signed errors, bad entries).
 * @csspart charts - The box holding both charts.
 * @csspart chart - The SVG of truths and draggable predictions.
 * @csspart plot - The SVG of each loss as a function of the residual.
 * @csspart legend - The colour key under the residual plot.
 * @csspart formulas - The formulas of the chosen losses.
 * @csspart live - The visually hidden live region announcing new totals.
 *
 * @cssproperty [--gd-color-background=#ffffff] - Background (dark: #0d1117).
 * @cssproperty [--gd-color-text=#1b1f24] - Text colour (dark: #e6edf3).
 * @cssproperty [--gd-color-muted=#57606a] - Secondary text and axes.
 * @cssproperty [--gd-color-border=#d0d7de] - Borders and table rules.
 * @cssproperty [--gd-color-accent=#0a66c2] - Buttons and focus.
 * @cssproperty [--gd-color-danger=#b3261e] - Error messages and invalid inputs.
 * @cssproperty [--gd-color-class-1=#0072b2] - Truth marks. Dark theme: #56b4e9.
 * @cssproperty [--gd-color-series=#882255] - Prediction handles. Dark theme: #f0e442.
 * @cssproperty [--gd-loss-color-mse=#0a66c2] - MSE curve and column swatch.
 * @cssproperty [--gd-loss-color-mae=#1a7f37] - MAE curve.
 * @cssproperty [--gd-loss-color-huber=#c2410c] - Huber curve and ±δ lines.
 * @cssproperty [--gd-loss-color-smooth-l1=#8250df] - Smooth L1 curve and ±β lines.
 * @cssproperty [--gd-radius=6px] - Corner radius.
 * @cssproperty [--gd-font-family=system-ui] - Font.
 */
export class GdLossExplorer extends GdElement {
  static override styles = [...GdElement.styles, ...lossExplorerStyles];
  static override messagesNamespace = 'gd-loss-explorer';
  static override schema = lossExplorerSchema;

  /**
   * The true values, one per row (attribute `truth`: `"10, 20, 30"` or JSON `"[10, 20, 30]"`).
   * Reading it gives the current rows' truths, after the learner's edits.
   */
  @property({ attribute: false }) truth: number[] = DEFAULT_ROWS.map((row) => row.truth);

  /** The predictions, one per row, as many as `truth` (attribute `predicted`). Probabilities in [0, 1] with `bce`. */
  @property({ attribute: false }) predicted: number[] = DEFAULT_ROWS.map((row) => row.predicted);

  /** The losses to compare, in checkbox order (attribute `losses`, e.g. `"huber, smooth-l1"`). */
  @property({ attribute: false }) losses: ExplorerLossId[] = [...DEFAULT_LOSSES];

  /** Huber's threshold δ > 0: quadratic for |r| ≤ δ, linear beyond (attribute `delta`, default 1). */
  @property({ attribute: false }) delta = 1;

  /** Smooth L1's threshold β > 0: r²/(2β) for |r| < β, |r| − β/2 beyond (attribute `beta`, default 1). */
  @property({ attribute: false }) beta = 1;

  /** Squared-error convention of MSE: `mean` of (ŷ − y)² (default) or `half`, mean of ½ (ŷ − y)² (attribute `convention`). */
  @property({ attribute: false }) convention: SquaredErrorConvention = 'mean';

  /** Hide the chart of truths and draggable predictions. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-chart' }) hideChart = false;

  /** Hide the plot of each loss as a function of the residual. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-plot' }) hidePlot = false;

  /** Hide the formulas. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-formulas' }) hideFormulas = false;

  /** Hide the signed-error column, its mean and the note about cancelling errors. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-mean-error' }) hideMeanError = false;

  /** Hide the loss checkboxes (the losses stay those of the `losses` attribute). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-loss-picker' }) hideLossPicker = false;

  /** The rows shown: the last truths and predictions that fitted together, with the learner's edits. */
  @state() private rows: readonly LossExplorerRow[] = DEFAULT_ROWS;
  /** The latest numbers from core, and the inputs they were computed for. */
  @state() private evaluation?: ExplorerEvaluation;
  /** Inputs the learner typed that are not numbers, keyed `truth-0`, `predicted-2`, `delta`… */
  @state() private invalid: ReadonlyMap<string, true> = new Map();
  /** The rows chart's y range, frozen while a prediction is dragged so the scale does not move under the pointer. */
  @state() private dragDomain?: readonly [number, number];

  /** The columns the rows were last built from (the page's, or the learner's edits). */
  private applied: { truth?: readonly number[]; predicted?: readonly number[] } = {};
  private formulas: Formula[] = [];
  private evaluatedKey = '';
  private formulasKey = '';
  private generation = 0;
  private evaluating?: Promise<void>;
  /** A learner's edit is waiting for its numbers, to be followed by `gd-loss-change` and an announcement. */
  private userEdited = false;
  /** Tells the other widgets of this kind on the page when this one joins or leaves it. */
  private readonly peers = new PeerRefreshController(this);

  /** Resolves after rendering and after the numbers for the current rows have arrived from core. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.evaluating) {
      await this.evaluating;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('losses')) {
      const canonical = canonicalLosses(this.losses);
      if (canonical.join() !== this.losses.join()) this.setSchemaValue(specOf('losses'), canonical);
    }
    const truthSet = changed.has('truth') && this.truth !== this.applied.truth;
    const predictedSet = changed.has('predicted') && this.predicted !== this.applied.predicted;
    if (truthSet || predictedSet) this.applyColumns({ truth: truthSet, predicted: predictedSet });
    // A new δ or β from the page replaces what the learner left unparseable.
    if (changed.has('delta')) this.dropInvalid('delta');
    if (changed.has('beta')) this.dropInvalid('beta');
    const key = JSON.stringify([this.rows, this.losses, this.delta, this.beta, this.convention]);
    if (key !== this.evaluatedKey) {
      this.evaluatedKey = key;
      this.evaluate();
    }
    if (key !== this.formulasKey || changed.has('hideMeanError')) {
      this.formulasKey = key;
      this.formulas = computeFormulas({
        losses: this.losses,
        delta: this.delta,
        beta: this.beta,
        convention: this.convention,
        meanError: !this.hideMeanError,
      });
    }
  }

  /**
   * Takes the page's new truth and/or prediction columns when they match in length and suit BCE
   * when it is chosen; otherwise reports the problem and brings back the columns of the shown rows.
   */
  private applyColumns(changed: { truth: boolean; predicted: boolean }): void {
    const joined = joinColumns(this.truth, this.predicted, changed, this.losses);
    if (!joined.ok) {
      this.reportProblem(joined.attribute, joined.value, joined.problem);
      this.writeColumns(this.rows);
      return;
    }
    for (const name of ['truth', 'predicted'] as const)
      if (CROSS_COLUMN_CODES.includes(this.problems.get(name)?.code ?? '')) this.clearProblem(name);
    this.applied = { truth: this.truth, predicted: this.predicted };
    this.rows = joined.rows;
    this.invalid = new Map();
  }

  /** Sets `truth` and `predicted` to the rows' columns, as accepted values (no check, no message). */
  private writeColumns(rows: readonly LossExplorerRow[]): void {
    this.applied = { truth: rows.map((row) => row.truth), predicted: rows.map((row) => row.predicted) };
    this.setSchemaValue(specOf('truth'), this.applied.truth);
    this.setSchemaValue(specOf('predicted'), this.applied.predicted);
  }

  // ── Numbers from core ──────────────────────────────────────────────────────────────────────

  private evaluate(): void {
    const token = ++this.generation;
    const inputs = {
      rows: this.rows,
      losses: this.losses,
      delta: this.delta,
      beta: this.beta,
      convention: this.convention,
    };
    this.evaluating = evaluateExplorer(inputs).then(
      (evaluation) => {
        if (token !== this.generation) return; // a newer edit has superseded these numbers
        this.evaluating = undefined;
        this.evaluation = evaluation;
        if (this.userEdited) {
          this.userEdited = false;
          this.afterUserEdit(evaluation);
        }
      },
      (error: unknown) => {
        if (token !== this.generation) return;
        this.evaluating = undefined;
        this.requestUpdate();
        console.warn(`<${this.localName}>: could not evaluate the losses.`, error);
      },
    );
  }

  private afterUserEdit(evaluation: ExplorerEvaluation): void {
    this.emit<LossChangeDetail>('gd-loss-change', {
      rows: this.rows.map((row) => ({ ...row })),
      results: structuredClone(evaluation.results),
    });
    const totals = this.losses
      .map((id) => [id, evaluation.results[id]?.total] as const)
      .filter((entry): entry is readonly [ExplorerLossId, number] => entry[1] !== undefined)
      .map(([id, total]) =>
        this.t('nowTotal', {
          loss: this.t(`short.${id}`),
          value: this.num(total, { maximumFractionDigits: 2 }),
        }),
      );
    if (totals.length > 0) this.announce(totals.join('; '));
  }

  // ── A learner's edits ─────────────────────────────────────────────────────────────────────

  /** Re-dispatches a control's event from the host (native `input` would leak out twice; `change` not at all). */
  private relay(type: 'input' | 'change'): void {
    const init = { bubbles: true, composed: true };
    this.dispatchEvent(type === 'input' ? new Event('input', init) : new Event('change', init));
  }

  private setRows(rows: readonly LossExplorerRow[]): void {
    this.rows = rows;
    this.writeColumns(rows);
    this.userEdited = true;
  }

  private markInvalid(key: string, invalid: boolean): void {
    if (this.invalid.has(key) === invalid) return;
    const next = new Map(this.invalid);
    if (invalid) next.set(key, true);
    else next.delete(key);
    this.invalid = next;
  }

  private dropInvalid(key: string): void {
    this.markInvalid(key, false);
  }

  private onCellInput(event: Event, index: number, column: Column): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const parsed = input.validity.badInput ? parseNumber('') : parseNumber(input.value);
    this.markInvalid(`${column}-${index}`, !parsed.ok);
    if (!parsed.ok) return;
    this.setRows(this.rows.map((row, i) => (i === index ? { ...row, [column]: parsed.value } : row)));
    this.relay('input');
  }

  private onCellChange(event: Event, index: number, column: Column): void {
    event.stopPropagation();
    if (!this.invalid.has(`${column}-${index}`)) this.relay('change');
  }

  private onDrag(index: number, value: number, phase: MovePhase): void {
    if (phase === 'input' && !this.dragDomain) this.dragDomain = this.chartDomain();
    if (phase === 'change') this.dragDomain = undefined;
    const current = this.rows[index];
    if (current && current.predicted !== value) {
      this.setRows(this.rows.map((row, i) => (i === index ? { ...row, predicted: value } : row)));
      this.dropInvalid(`predicted-${index}`);
    }
    this.relay(phase);
  }

  private addRow(): void {
    const last = this.rows[this.rows.length - 1] ?? { truth: 0, predicted: 0 };
    const previous = this.rows[this.rows.length - 2];
    const probabilities = this.losses.includes('bce') && !bceViolation(this.rows);
    const gap = previous && last.truth !== previous.truth ? last.truth - previous.truth : 1;
    const row = probabilities
      ? { truth: 1, predicted: 0.5 }
      : { truth: last.truth + gap, predicted: last.truth + gap };
    this.setRows([...this.rows, row]);
    this.relay('input');
    this.relay('change');
  }

  private removeRow(index: number): void {
    if (this.rows.length <= 1) return;
    this.setRows(this.rows.filter((_, i) => i !== index));
    this.invalid = new Map([...this.invalid].filter(([key]) => !/^(truth|predicted)-/.test(key)));
    this.relay('input');
    this.relay('change');
    // Keep the keyboard where it was: on the next row's remove button, or the add button.
    this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button.remove');
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next && !next.disabled
        ? next
        : this.renderRoot.querySelector<HTMLButtonElement>('[part="add-row"]')
      )?.focus();
    });
  }

  private onLossToggle(event: Event, id: ExplorerLossId): void {
    event.stopPropagation();
    const checked = (event.target as HTMLInputElement).checked;
    const chosen = new Set(this.losses);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    this.setSchemaValue(
      specOf('losses'),
      EXPLORER_LOSSES.filter((loss) => chosen.has(loss)),
    );
    this.userEdited = true;
    this.relay('input');
  }

  private onParameterInput(event: Event, name: ParameterName, typed: boolean): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const parsed = parsePositive(input.validity.badInput ? '' : input.value);
    if (typed) this.markInvalid(name, !parsed.ok);
    if (!parsed.ok) return;
    if (!typed) this.dropInvalid(name);
    // A property set: the schema's check passes and the attribute's message (if any) goes.
    this[name] = parsed.value;
    this.userEdited = true;
    this.relay('input');
  }

  private onParameterChange(event: Event, name: ParameterName): void {
    event.stopPropagation();
    if (!this.invalid.has(name)) this.relay('change');
  }

  // ── Rendering (plain numbers only) ───────────────────────────────────────────────────────

  /** Columns of the table: the chosen losses that apply to the rows. */
  private get columns(): ExplorerLossId[] {
    const bceApplies = !bceViolation(this.rows);
    return this.losses.filter((id) => id !== 'bce' || bceApplies);
  }

  private chartDomain(): readonly [number, number] {
    return this.dragDomain ?? rowsDomain(this.rows, this.losses.includes('bce') && !bceViolation(this.rows));
  }

  private get text(): ViewText {
    return {
      t: (key, params) => this.t(key, params),
      num: (value, options) => this.num(value, options),
      locale: this.i18n.locale,
    };
  }

  override render(): TemplateResult {
    const text = this.text;
    const { rows, losses, delta, beta, evaluation } = this;
    return html`${this.renderProblems()}
      ${
        this.hideLossPicker
          ? nothing
          : renderLossPicker(text, {
              losses,
              onToggle: (event, id) => this.onLossToggle(event, id),
              onCommit: (event) => {
                event.stopPropagation();
                this.relay('change');
              },
            })
      }
      ${renderParameters(text, {
        losses,
        delta,
        beta,
        rows,
        invalid: (name) => this.invalid.has(name),
        onInput: (event, name, typed) => this.onParameterInput(event, name, typed),
        onChange: (event, name) => this.onParameterChange(event, name),
      })}
      ${renderTable(text, {
        rows,
        columns: this.columns,
        evaluation,
        showError: !this.hideMeanError,
        busy: this.evaluating !== undefined,
        invalid: (column, index) => this.invalid.has(`${column}-${index}`),
        onCellInput: (event, index, column) => this.onCellInput(event, index, column),
        onCellChange: (event, index, column) => this.onCellChange(event, index, column),
        onRemove: (index) => this.removeRow(index),
        onAdd: () => this.addRow(),
      })}
      ${renderNotes(text, {
        invalid: this.invalid.keys(),
        rows,
        losses,
        delta,
        beta,
        evaluation,
        meanError: !this.hideMeanError,
      })}
      ${renderFigures(text, {
        rows,
        losses,
        delta,
        beta,
        evaluation,
        hostWidth: this.width,
        chart: !this.hideChart,
        plot: !this.hidePlot,
        domain: this.chartDomain(),
        onDrag: (index, value, phase) => this.onDrag(index, value, phase),
      })}
      ${
        this.hideFormulas
          ? nothing
          : renderFormulas(
              text,
              this.formulas,
              this.convention,
              uniqueRegionName(this, this.t('formulasHeading'), (n) => this.num(n)),
            )
      }
      ${this.renderLiveRegion()}`;
  }
}
