import { createLoss, type LossEvaluation, type SquaredErrorConvention } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type AttributeProblem, parseNumber, parseOption, parsePositive } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import type { MovePhase } from '../internal/plot/index.js';
import { renderResidualPlot, renderRowsChart, rowsDomain } from './charts.js';
import { CURVE_LOSSES, type ExplorerEvaluation, evaluateExplorer } from './evaluation.js';
import './gd-loss-explorer.messages.js';
import { lossExplorerStyles } from './gd-loss-explorer.styles.js';
import {
  bceViolation,
  DEFAULT_LOSSES,
  DEFAULT_ROWS,
  EXPLORER_LOSSES,
  type ExplorerLossId,
  type LossExplorerRow,
  parseColumn,
  parseLosses,
} from './inputs.js';

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

type Setting = 'truth' | 'predicted' | 'losses' | 'delta' | 'beta' | 'convention';

/** Attribute text goes to the property as it is: the element parses it and reports what it cannot use. */
const asGiven = { fromAttribute: (value: string | null) => value ?? undefined };

const MAX_ROWS = 40;
const FORMULA_IDS = [...EXPLORER_LOSSES, 'mean-error'] as const;
type FormulaId = (typeof FORMULA_IDS)[number];

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
 * @cssproperty [--gd-color-class-1=#1f77b4] - Truth marks.
 * @cssproperty [--gd-color-series=#e07a00] - Prediction handles.
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

  /**
   * The true values, one per row: `truth="10, 20, 30"`, JSON `"[10, 20, 30]"`, or an array of numbers.
   * Reading it gives the current rows' truths (after the learner's edits).
   * @attr truth
   */
  @property({ attribute: 'truth', converter: asGiven, hasChanged: () => true })
  get truth(): number[] {
    return this.rows.map((row) => row.truth);
  }
  set truth(value: readonly number[] | string | undefined) {
    this.pending.set('truth', value);
  }

  /**
   * The predictions, one per row, as many as `truth`: `predicted="12, 18, 30"` or an array.
   * Probabilities in [0, 1] when `bce` is chosen.
   * @attr predicted
   */
  @property({ attribute: 'predicted', converter: asGiven, hasChanged: () => true })
  get predicted(): number[] {
    return this.rows.map((row) => row.predicted);
  }
  set predicted(value: readonly number[] | string | undefined) {
    this.pending.set('predicted', value);
  }

  /**
   * The losses to compare, in any order: `losses="huber, smooth-l1"` or an array of
   * `mse`, `rmse`, `mae`, `huber`, `smooth-l1`, `bce`. Default `mse, rmse, mae`.
   * @attr losses
   */
  @property({ attribute: 'losses', converter: asGiven, hasChanged: () => true })
  get losses(): ExplorerLossId[] {
    return [...this.lossIds];
  }
  set losses(value: readonly ExplorerLossId[] | string | undefined) {
    this.pending.set('losses', value);
  }

  /**
   * Huber's threshold δ > 0: quadratic for |r| ≤ δ, linear beyond. Default 1.
   * @attr delta
   */
  @property({ attribute: 'delta', converter: asGiven, hasChanged: () => true })
  get delta(): number {
    return this.deltaValue;
  }
  set delta(value: number | string | undefined) {
    this.pending.set('delta', value);
  }

  /**
   * Smooth L1's threshold β > 0: r²/(2β) for |r| < β, |r| − β/2 beyond. Default 1.
   * @attr beta
   */
  @property({ attribute: 'beta', converter: asGiven, hasChanged: () => true })
  get beta(): number {
    return this.betaValue;
  }
  set beta(value: number | string | undefined) {
    this.pending.set('beta', value);
  }

  /**
   * Squared-error convention of MSE: `mean` (mean of (ŷ − y)², default) or `half` (mean of ½ (ŷ − y)²).
   * @attr convention
   */
  @property({ attribute: 'convention', converter: asGiven, hasChanged: () => true })
  get convention(): SquaredErrorConvention {
    return this.conventionValue;
  }
  set convention(value: SquaredErrorConvention | string | undefined) {
    this.pending.set('convention', value);
  }

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

  @state() private rows: readonly LossExplorerRow[] = DEFAULT_ROWS;
  @state() private lossIds: readonly ExplorerLossId[] = DEFAULT_LOSSES;
  @state() private deltaValue = 1;
  @state() private betaValue = 1;
  @state() private conventionValue: SquaredErrorConvention = 'mean';
  /** The latest numbers from core, and the inputs they were computed for. */
  @state() private evaluation?: ExplorerEvaluation;
  /** Inputs the learner typed that are not numbers, keyed `truth-0`, `predicted-2`, `delta`… */
  @state() private invalid: ReadonlyMap<string, true> = new Map();
  /** The rows chart's y range, frozen while a prediction is dragged so the scale does not move under the pointer. */
  @state() private dragDomain?: readonly [number, number];

  private readonly pending = new Map<Setting, unknown>();
  private formulas: { id: FormulaId; term: string; total: string }[] = [];
  private evaluatedKey = '';
  private formulasKey = '';
  private generation = 0;
  private evaluating?: Promise<void>;
  /** A learner's edit is waiting for its numbers, to be followed by `gd-loss-change` and an announcement. */
  private userEdited = false;

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
    if (this.pending.size > 0) this.applySettings();
    const key = JSON.stringify([
      this.rows,
      this.lossIds,
      this.deltaValue,
      this.betaValue,
      this.conventionValue,
    ]);
    if (key !== this.evaluatedKey) {
      this.evaluatedKey = key;
      this.evaluate();
    }
    if (key !== this.formulasKey || changed.has('hideMeanError')) {
      this.formulasKey = key;
      this.formulas = this.computeFormulas();
    }
  }

  // ── Settings from attributes and properties ────────────────────────────────────────────────

  private applySettings(): void {
    const pending = new Map(this.pending);
    this.pending.clear();
    if (pending.has('losses')) {
      const raw = pending.get('losses');
      if (raw === undefined) {
        this.lossIds = DEFAULT_LOSSES;
        this.clearProblem('losses');
      } else {
        const parsed = parseLosses(raw);
        if (parsed.ok) {
          this.lossIds = parsed.value;
          this.clearProblem('losses');
        } else this.reportProblem('losses', parsed.bad ?? String(raw), parsed.problem);
      }
    }
    for (const name of ['delta', 'beta'] as const) {
      if (!pending.has(name)) continue;
      const raw = pending.get(name);
      const value = raw === undefined ? 1 : this.accept(name, raw, parsePositive(String(raw)));
      if (raw === undefined) this.clearProblem(name);
      if (value === undefined) continue;
      if (name === 'delta') this.deltaValue = value;
      else this.betaValue = value;
      this.dropInvalid(name);
    }
    if (pending.has('convention')) {
      const raw = pending.get('convention');
      const value: SquaredErrorConvention | undefined =
        raw === undefined
          ? 'mean'
          : this.accept(
              'convention',
              raw,
              parseOption<SquaredErrorConvention>(String(raw), ['mean', 'half']),
            );
      if (raw === undefined) this.clearProblem('convention');
      if (value) this.conventionValue = value;
    }
    if (pending.has('truth') || pending.has('predicted')) this.applyColumns(pending);
  }

  /** Takes new truth and/or prediction columns if they parse, match in length, and suit BCE when it is chosen. */
  private applyColumns(pending: ReadonlyMap<Setting, unknown>): void {
    const columns: Partial<Record<'truth' | 'predicted', number[]>> = {};
    let usable = true;
    for (const name of ['truth', 'predicted'] as const) {
      if (!pending.has(name)) continue;
      const raw = pending.get(name);
      const value =
        raw === undefined
          ? DEFAULT_ROWS.map((row) => row[name])
          : this.accept(name, Array.isArray(raw) ? raw.join(',') : raw, parseColumn(raw));
      if (value) columns[name] = value;
      else usable = false;
    }
    if (!usable) return;
    const truth = columns.truth ?? this.rows.map((row) => row.truth);
    const predicted = columns.predicted ?? this.rows.map((row) => row.predicted);
    // Blame the column that changed; when both did, the predictions (they follow the truths).
    const blamed = columns.predicted ? 'predicted' : 'truth';
    const shown = (name: 'truth' | 'predicted') => (name === 'truth' ? truth : predicted).join(',');
    if (truth.length !== predicted.length) {
      const other = blamed === 'truth' ? 'predicted' : 'truth';
      this.reportProblem(blamed, shown(blamed), {
        code: 'length-mismatch',
        params: {
          actual: (blamed === 'truth' ? truth : predicted).length,
          other,
          expected: (blamed === 'truth' ? predicted : truth).length,
        },
      });
      return;
    }
    const rows = truth.map((value, i) => ({ truth: value, predicted: predicted[i] ?? 0 }));
    const violation = this.lossIds.includes('bce') ? bceViolation(rows) : undefined;
    if (violation) {
      const attribute = violation.column;
      const problem: AttributeProblem = {
        code: attribute === 'truth' ? 'not-binary' : 'not-probability',
        params: { row: violation.row + 1 },
      };
      const value = attribute === 'truth' ? violation.truth : violation.predicted;
      this.reportProblem(attribute, String(value), problem);
      return;
    }
    for (const name of ['truth', 'predicted'] as const) this.clearProblem(name);
    this.rows = rows;
    this.invalid = new Map();
  }

  private computeFormulas(): { id: FormulaId; term: string; total: string }[] {
    const options = { delta: this.deltaValue, beta: this.betaValue, convention: this.conventionValue };
    const ids: FormulaId[] = [...this.lossIds, ...(this.hideMeanError ? [] : ['mean-error' as const])];
    return ids.map((id) => ({ id, ...createLoss(id, options).formulaParts() }));
  }

  // ── Numbers from core ──────────────────────────────────────────────────────────────────────

  private evaluate(): void {
    const token = ++this.generation;
    const inputs = {
      rows: this.rows,
      losses: this.lossIds,
      delta: this.deltaValue,
      beta: this.betaValue,
      convention: this.conventionValue,
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
    const totals = this.lossIds
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

  private onCellInput(event: Event, index: number, column: 'truth' | 'predicted'): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const parsed = input.validity.badInput ? parseNumber('') : parseNumber(input.value);
    const key = `${column}-${index}`;
    this.markInvalid(key, !parsed.ok);
    if (!parsed.ok) return;
    this.setRows(this.rows.map((row, i) => (i === index ? { ...row, [column]: parsed.value } : row)));
    this.relay('input');
  }

  private onCellChange(event: Event, index: number, column: 'truth' | 'predicted'): void {
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
    const probabilities = this.lossIds.includes('bce') && !bceViolation(this.rows);
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
    const chosen = new Set(this.lossIds);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    this.lossIds = EXPLORER_LOSSES.filter((loss) => chosen.has(loss));
    this.userEdited = true;
    this.relay('input');
  }

  private onParameterInput(event: Event, name: 'delta' | 'beta', typed: boolean): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const parsed = parsePositive(input.validity.badInput ? '' : input.value);
    if (typed) this.markInvalid(name, !parsed.ok);
    if (!parsed.ok) return;
    if (!typed) this.dropInvalid(name);
    if (name === 'delta') this.deltaValue = parsed.value;
    else this.betaValue = parsed.value;
    this.clearProblem(name);
    this.userEdited = true;
    this.relay('input');
  }

  private onParameterChange(event: Event, name: 'delta' | 'beta'): void {
    event.stopPropagation();
    if (!this.invalid.has(name)) this.relay('change');
  }

  // ── Rendering (plain numbers only) ───────────────────────────────────────────────────────

  private get bceApplies(): boolean {
    return !bceViolation(this.rows);
  }

  /** Columns of the table: the chosen losses that apply to the rows. */
  private get columns(): ExplorerLossId[] {
    return this.lossIds.filter((id) => id !== 'bce' || this.bceApplies);
  }

  private chartDomain(): readonly [number, number] {
    return this.dragDomain ?? rowsDomain(this.rows, this.lossIds.includes('bce') && this.bceApplies);
  }

  override render(): TemplateResult {
    return html`${this.renderProblems()}
      ${this.hideLossPicker ? nothing : this.renderLossPicker()} ${this.renderParameters()}
      ${this.renderTable()} ${this.renderNotes()} ${this.renderCharts()}
      ${this.hideFormulas ? nothing : this.renderFormulas()} ${this.renderLiveRegion()}`;
  }

  private renderLossPicker(): TemplateResult {
    return html`<fieldset part="losses" class="losses">
      <legend>${this.t('lossesLegend')}</legend>
      ${EXPLORER_LOSSES.map(
        (id) => html`<label class="loss-choice">
          <input
            type="checkbox"
            name="loss"
            value=${id}
            .checked=${this.lossIds.includes(id)}
            @input=${(event: Event) => this.onLossToggle(event, id)}
            @change=${(event: Event) => {
              event.stopPropagation();
              this.relay('change');
            }}
          />
          <span class="swatch loss-${id}" aria-hidden="true"></span>
          <abbr title=${this.t(`name.${id}`)}>${this.t(`short.${id}`)}</abbr>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderParameters(): TemplateResult | typeof nothing {
    const shown = (['delta', 'beta'] as const).filter((name) =>
      this.lossIds.includes(name === 'delta' ? 'huber' : 'smooth-l1'),
    );
    if (shown.length === 0) return nothing;
    const largest = Math.max(0, ...this.rows.map((row) => Math.abs(row.predicted - row.truth)));
    return html`<div part="parameters" class="parameters">
      ${shown.map((name) => {
        const value = name === 'delta' ? this.deltaValue : this.betaValue;
        const max = Math.max(10, Math.ceil(largest * 1.5), Math.ceil(value));
        const label = this.t(name);
        const invalid = this.invalid.has(name);
        return html`<div class="parameter" data-parameter=${name}>
          <label for="${name}-range">${label}</label>
          <div class="parameter-inputs">
            <input
              id="${name}-range"
              class="range"
              type="range"
              min="0.1"
              max=${max}
              step="0.1"
              .value=${String(value)}
              aria-valuetext=${this.num(value)}
              @input=${(event: Event) => this.onParameterInput(event, name, false)}
              @change=${(event: Event) => this.onParameterChange(event, name)}
            />
            <input
              class="typed"
              type="number"
              min="0"
              step="any"
              inputmode="decimal"
              .value=${String(value)}
              aria-label=${this.t('typedValue', { name: label })}
              aria-invalid=${invalid ? 'true' : 'false'}
              @input=${(event: Event) => this.onParameterInput(event, name, true)}
              @change=${(event: Event) => this.onParameterChange(event, name)}
            />
          </div>
        </div>`;
      })}
    </div>`;
  }

  private renderTable(): TemplateResult {
    const results = this.evaluation?.results ?? {};
    const columns = this.columns;
    const showError = !this.hideMeanError;
    const dash = '…';
    const cell = (id: ExplorerLossId | 'mean-error', i: number) => {
      if (id === 'bce') {
        const term = this.evaluation?.logLikelihood?.[i];
        return term === undefined ? dash : this.num(term, { maximumFractionDigits: 3 });
      }
      const value = results[id]?.perExample[i];
      return value === undefined ? dash : this.num(value);
    };
    const total = (id: ExplorerLossId | 'mean-error') => {
      const value = results[id]?.total;
      return value === undefined ? dash : this.num(value);
    };
    return html`<div part="table" class="scroll table-box">
      <table aria-busy=${this.evaluating ? 'true' : 'false'}>
        <caption class="visually-hidden">${this.t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="row-head">${this.t('row')}</th>
            <th scope="col">${this.t('truth')}</th>
            <th scope="col">${this.t('prediction')}</th>
            ${showError ? html`<th scope="col" data-column="mean-error">${this.t('signedError')}</th>` : nothing}
            ${columns.map(
              (id) => html`<th scope="col" data-column=${id}>
                <span class="column-name"><span class="swatch loss-${id}" aria-hidden="true"></span>${this.t(`short.${id}`)}</span>
                ${
                  id === 'bce'
                    ? html`<span class="sub">${this.t('bceTerm').replace(/^BCE: /, '')}</span>`
                    : id === 'rmse'
                      ? html`<span class="sub">${this.t('rmseTerm').replace(/^RMSE: /, '')}</span>`
                      : nothing
                }
              </th>`,
            )}
            <th scope="col"><span class="visually-hidden">${this.t('actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.rows.map(
            (row, i) => html`<tr data-row=${i}>
              <th scope="row" class="row-head">${this.num(i + 1)}</th>
              <td>${this.renderCellInput(row.truth, i, 'truth')}</td>
              <td>${this.renderCellInput(row.predicted, i, 'predicted')}</td>
              ${showError ? html`<td data-loss="mean-error">${cell('mean-error', i)}</td>` : nothing}
              ${columns.map((id) => html`<td data-loss=${id}>${cell(id, i)}</td>`)}
              <td>
                <button
                  type="button"
                  class="secondary remove"
                  aria-label=${this.t('removeRow', { row: this.num(i + 1) })}
                  title=${this.t('removeRow', { row: this.num(i + 1) })}
                  ?disabled=${this.rows.length <= 1}
                  @click=${() => this.removeRow(i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3">${this.t('total')}</th>
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
      ?disabled=${this.rows.length >= MAX_ROWS}
      @click=${() => this.addRow()}
    >
      + ${this.t('addRow')}
    </button>`;
  }

  private renderCellInput(value: number, index: number, column: 'truth' | 'predicted'): TemplateResult {
    const invalid = this.invalid.has(`${column}-${index}`);
    const label = this.t(column === 'truth' ? 'truthOfRow' : 'predictionOfRow', { row: this.num(index + 1) });
    return html`<input
      class="cell"
      type="number"
      step="any"
      inputmode="decimal"
      data-column=${column}
      .value=${String(value)}
      aria-label=${label}
      aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(event: Event) => this.onCellInput(event, index, column)}
      @change=${(event: Event) => this.onCellChange(event, index, column)}
    />`;
  }

  private renderNotes(): TemplateResult | typeof nothing {
    const notes: TemplateResult[] = [];
    for (const key of this.invalid.keys()) {
      const [column, index] = key.split('-') as [
        'truth' | 'predicted' | 'delta' | 'beta',
        string | undefined,
      ];
      if (column === 'delta' || column === 'beta') {
        if (!this.lossIds.includes(column === 'delta' ? 'huber' : 'smooth-l1')) continue;
        const value = column === 'delta' ? this.deltaValue : this.betaValue;
        notes.push(
          html`<p class="invalid" data-note="invalid">${this.t('invalidParameter', { name: this.t(column), value: this.num(value) })}</p>`,
        );
        continue;
      }
      const i = Number(index);
      const row = this.rows[i];
      if (!row) continue;
      const cell = this.t(column === 'truth' ? 'truthOfRow' : 'predictionOfRow', { row: this.num(i + 1) });
      notes.push(
        html`<p class="invalid" data-note="invalid">${this.t('invalidEntry', { cell, value: this.num(row[column]) })}</p>`,
      );
    }
    const violation = this.lossIds.includes('bce') ? bceViolation(this.rows) : undefined;
    if (violation) {
      notes.push(
        html`<p data-note="bce">${this.t('bceNote', {
          row: this.num(violation.row + 1),
          truth: this.num(violation.truth),
          predicted: this.num(violation.predicted),
        })}</p>`,
      );
    }
    const meanError = this.evaluation?.results['mean-error'];
    if (!this.hideMeanError && meanError) {
      const scale = Math.max(1, ...this.rows.map((row) => Math.abs(row.truth)));
      const wrong = meanError.perExample.filter((e) => Math.abs(e) > 1e-6 * scale).length;
      if (wrong > 0 && Math.abs(meanError.total) < 1e-6 * scale) {
        notes.push(
          html`<p data-note="cancel">${this.t('cancelNote', {
            value: this.num(meanError.total),
            wrong: this.num(wrong),
            count: this.num(this.rows.length),
          })}</p>`,
        );
      }
    }
    return notes.length === 0 ? nothing : html`<div part="notes" class="notes">${notes}</div>`;
  }

  private renderCharts(): TemplateResult | typeof nothing {
    if (this.hideChart && this.hidePlot) return nothing;
    const both = !this.hideChart && !this.hidePlot;
    const available = Math.max(240, this.width || 320);
    const side = both && available >= 640;
    const width = Math.floor(side ? (available - 16) / 2 : available);
    return html`<div part="charts" class="charts ${side ? 'side' : ''}">
      ${this.hideChart ? nothing : this.renderRowsFigure(width)}
      ${this.hidePlot ? nothing : this.renderPlotFigure(width)}
    </div>`;
  }

  private renderRowsFigure(width: number): TemplateResult {
    return html`<figure class="figure">
      ${renderRowsChart({
        rows: this.rows,
        width,
        domain: this.chartDomain(),
        locale: this.i18n.locale,
        name: this.t('chartName'),
        xLabel: this.t('axisRow'),
        yLabel: this.t('axisValue'),
        handleLabel: (i) => this.t('handleLabel', { row: this.num(i + 1) }),
        valueText: (value) => this.num(value),
        onMove: (index, value, phase) => this.onDrag(index, value, phase),
      })}
      <figcaption class="legend">
        <span><span class="key truth-key" aria-hidden="true"></span>${this.t('chartLegendTruth')}</span>
        <span><span class="key prediction-key" aria-hidden="true"></span>${this.t('chartLegendPrediction')}</span>
      </figcaption>
    </figure>`;
  }

  private renderPlotFigure(width: number): TemplateResult {
    const evaluation = this.evaluation;
    const curves = evaluation?.curves ?? [];
    const chosenCurves = CURVE_LOSSES.filter((id) => this.lossIds.includes(id));
    const thresholds = [
      ...(this.lossIds.includes('huber') ? [{ id: 'huber', value: this.deltaValue, label: 'δ' }] : []),
      ...(this.lossIds.includes('smooth-l1') ? [{ id: 'smooth-l1', value: this.betaValue, label: 'β' }] : []),
    ];
    const unplotted = this.lossIds.some((id) => id === 'rmse' || id === 'bce');
    return html`<figure class="figure">
      ${
        chosenCurves.length === 0
          ? html`<p class="plot-empty">${this.t('plotEmpty')}</p>`
          : renderResidualPlot({
              curves,
              marks: Object.fromEntries(
                curves.map((c) => [c.id, evaluation?.results[c.id]?.perExample ?? []]),
              ),
              residuals: evaluation?.results['mean-error']?.perExample ?? [],
              extent: evaluation?.extent ?? 1,
              thresholds,
              width,
              locale: this.i18n.locale,
              name: this.t('plotName'),
              xLabel: this.t('axisResidual'),
              yLabel: this.t('axisLoss'),
            })
      }
      <figcaption part="legend" class="legend">
        ${chosenCurves.map(
          (id) =>
            html`<span><span class="key line-key loss-${id}" aria-hidden="true"></span>${this.t(`short.${id}`)}</span>`,
        )}
        ${thresholds.map(
          (t) =>
            html`<span><span class="key dash-key loss-${t.id}" aria-hidden="true"></span>±${t.label} = ${this.num(t.value)}</span>`,
        )}
        ${unplotted && chosenCurves.length > 0 ? html`<span class="unplotted">${this.t('plotNotPlotted')}</span>` : nothing}
      </figcaption>
    </figure>`;
  }

  private renderFormulas(): TemplateResult | typeof nothing {
    if (this.formulas.length === 0) return nothing;
    return html`<section part="formulas" class="formulas" aria-labelledby="formulas-heading">
      <p id="formulas-heading" class="section-title">${this.t('formulasHeading')}</p>
      ${this.formulas.map(
        (formula) => html`<div class="formula" data-formula=${formula.id}>
          <p class="formula-name">
            <span class="swatch loss-${formula.id}" aria-hidden="true"></span>${this.t(`name.${formula.id}`)}
          </p>
          <div class="formula-math">
            <gd-math display .tex=${formula.term}></gd-math>
            <gd-math display .tex=${formula.total}></gd-math>
          </div>
          ${
            formula.id === 'mse'
              ? html`<p class="convention">${this.t(this.conventionValue === 'half' ? 'conventionHalf' : 'conventionMean')}</p>`
              : nothing
          }
        </div>`,
      )}
    </section>`;
  }
}
