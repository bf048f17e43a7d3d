/**
 * "Training vs evaluation": the running mean and variance batch norm keeps, updated batch by batch
 * in PyTorch's convention (named on screen), the mode switch, and the batch of one example.
 */
import type { RunningUpdate } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

export interface RunningViewContext {
  readonly t: Translate;
  readonly fmt: (value: number) => string;
  readonly momentum: number;
  readonly mode: 'train' | 'eval';
  readonly batch: number;
  readonly updates: number;
  readonly mean: readonly number[];
  readonly variance: readonly number[];
  readonly last: RunningUpdate | undefined;
  /** Why the last batch could not be folded in (one value per channel), if so. */
  readonly refused: boolean;
  readonly single: boolean;
  readonly isBatchKind: boolean;
  /** The first example normalised alone by batch norm and by layer norm (shown in single mode). */
  readonly singleOutputs?: { readonly batch: readonly number[]; readonly layer: readonly number[] };
  readonly onNextBatch: () => void;
  readonly onResetRunning: () => void;
  readonly onMode: (mode: 'train' | 'eval') => void;
  readonly onSingle: (single: boolean) => void;
}

export function renderRunning(c: RunningViewContext): TemplateResult {
  const { t, fmt } = c;
  const channels = c.mean.length;
  return html`<section class="running" part="running">
    <p id="running-title" class="section-title">${t('runningTitle')}</p>
    <p class="convention" data-note="convention">${t('convention', { momentum: fmt(c.momentum) })}</p>
    <div class="modes" role="radiogroup" aria-label=${t('modeLabel')}>
      ${(['train', 'eval'] as const).map(
        (mode) => html`<label class="choice">
          <input type="radio" name="mode" value=${mode} .checked=${c.mode === mode} @change=${() => c.onMode(mode)} />
          ${t(`mode.${mode}`)}
        </label>`,
      )}
      <label class="choice">
        <input type="checkbox" id="single" .checked=${c.single} @change=${(event: Event) => c.onSingle((event.target as HTMLInputElement).checked)} />
        ${t('singleToggle')}
      </label>
    </div>
    <p class="hint" data-note="mode">
      ${c.mode === 'eval' ? t(c.isBatchKind ? 'evalBatch' : 'evalOther') : t(c.isBatchKind ? 'trainBatch' : 'trainOther')}
    </p>
    <div class="buttons">
      <button type="button" id="next-batch" class="secondary" @click=${c.onNextBatch}>${t('nextBatch')}</button>
      <button type="button" id="reset-running" class="secondary" @click=${c.onResetRunning}>${t('resetRunning')}</button>
    </div>
    <p class="status" data-batch=${c.batch}>${t('batchStatus', { batch: fmt(c.batch + 1), updates: fmt(c.updates) })}</p>
    ${c.refused ? html`<p class="note warn" role="status" data-note="refused">${t('refusedSingle')}</p>` : nothing}
    <div class="scroll">
      <table class="running-table">
        <caption class="visually-hidden">${t('runningCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('channel')}</th>
            ${c.last ? html`<th scope="col">${t('batchMean')}</th><th scope="col">${t('batchVar')}</th><th scope="col">${t('unbiasedVar')}</th>` : nothing}
            <th scope="col">${t('runningMean')}</th>
            <th scope="col">${t('runningVar')}</th>
          </tr>
        </thead>
        <tbody>
          ${Array.from(
            { length: channels },
            (_, ch) => html`<tr data-channel=${ch}>
              <th scope="row">${ch + 1}</th>
              ${
                c.last
                  ? html`<td data-value="batch-mean">${fmt(c.last.batchMean[ch] as number)}</td>
                    <td data-value="batch-variance">${fmt(c.last.batchVariance[ch] as number)}</td>
                    <td data-value="unbiased">${fmt(c.last.unbiasedVariance[ch] as number)}</td>`
                  : nothing
              }
              <td data-value="running-mean">${fmt(c.mean[ch] as number)}</td>
              <td data-value="running-variance">${fmt(c.variance[ch] as number)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${c.last ? html`<p class="hint" data-note="update">${t('updateRule', { m: fmt(c.last.count), momentum: fmt(c.momentum), keep: fmt(1 - c.momentum) })}</p>` : nothing}
    ${c.single && c.singleOutputs ? renderSingle(c, c.singleOutputs) : nothing}
  </section>`;
}

function renderSingle(
  c: RunningViewContext,
  outputs: { readonly batch: readonly number[]; readonly layer: readonly number[] },
): TemplateResult {
  const { t, fmt } = c;
  return html`<div class="single" data-note="single">
    <p>${t('singleExplain')}</p>
    <div class="scroll">
      <table>
        <caption class="visually-hidden">${t('singleCaption')}</caption>
        <tbody>
          <tr data-row="batch"><th scope="row">${t('kind.batch')}</th>${outputs.batch.map((v) => html`<td>${fmt(v)}</td>`)}</tr>
          <tr data-row="layer"><th scope="row">${t('kind.layer')}</th>${outputs.layer.map((v) => html`<td>${fmt(v)}</td>`)}</tr>
        </tbody>
      </table>
    </div>
  </div>`;
}
