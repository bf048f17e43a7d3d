/**
 * The module view of `<gd-backprop preset="network">`: the chain
 * x → Linear₁ → h → act → a → Linear₂ → z → softmax → p → cross-entropy → L with each tensor's
 * shape on the arrows; for the selected module its Jacobian as a heat-mapped matrix with numbers
 * and its shape, the gradients in and out, and for Linear ∂L/∂W = g xᵀ; the gradient check by
 * parameter; and a few training steps with and without the custom backward rule.
 */
import type { ModuleId, ModuleReport, NetworkReport } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { heatClass, maxAbsOf } from '../internal/heat-cells.js';
import type { Translate } from './panels.js';

export const MODULES: readonly ModuleId[] = ['linear1', 'activation', 'linear2', 'softmax', 'loss'];
/** Tensor names between the modules: x → h → a → z → p → L. */
const TENSORS = ['x', 'h', 'a', 'z', 'p', 'L'];

/** The module an arrow, Home or End key leads to from `id` (undefined for other keys). */
export function moduleAfterKey(key: string, id: ModuleId): ModuleId | undefined {
  const index = MODULES.indexOf(id);
  if (key === 'ArrowRight') return MODULES[Math.min(MODULES.length - 1, index + 1)];
  if (key === 'ArrowLeft') return MODULES[Math.max(0, index - 1)];
  if (key === 'Home') return MODULES[0];
  if (key === 'End') return MODULES[MODULES.length - 1];
  return undefined;
}

/** One row of the network's gradient check: a parameter, autodiff against central differences. */
export interface NetworkCheckRow {
  readonly name: string;
  readonly maxRelativeError: number;
  readonly ok: boolean;
}

export interface ModuleViewContext {
  readonly t: Translate;
  readonly fmt: (value: number) => string;
  readonly sci: (value: number) => string;
  readonly report: NetworkReport | undefined;
  readonly activation: string;
  readonly selected: ModuleId;
  readonly onSelect: (id: ModuleId) => void;
  readonly onKey: (event: KeyboardEvent, id: ModuleId) => void;
}

function moduleName(c: ModuleViewContext, id: ModuleId): string {
  return id === 'activation' ? c.activation : c.t(`module.${id}`);
}

function matrix(
  c: ModuleViewContext,
  values: readonly (readonly number[])[],
  caption: string,
  part: string,
): TemplateResult {
  const max = maxAbsOf(values);
  return html`<div class="scroll">
    <table class="matrix" part=${part}>
      <caption>${caption}</caption>
      <tbody>
        ${values.map((row) => html`<tr>${row.map((v) => html`<td class=${heatClass(v, max)}>${c.fmt(v)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

const vector = (c: ModuleViewContext, values: readonly number[]) => `(${values.map(c.fmt).join(', ')})`;

function jacobianKind(id: ModuleId): string {
  return id === 'linear1' || id === 'linear2'
    ? 'kind.linear'
    : id === 'activation'
      ? 'kind.diagonal'
      : id === 'softmax'
        ? 'kind.full'
        : 'kind.loss';
}

function renderDetails(c: ModuleViewContext, m: ModuleReport): TemplateResult {
  const index = MODULES.indexOf(m.id);
  const input = TENSORS[index] ?? '';
  const output = TENSORS[index + 1] ?? '';
  const rows = m.jacobian.length;
  const cols = m.jacobian[0]?.length ?? 0;
  const jacobianCaption = c.t('jacobianOf', {
    out: output,
    in: input,
    module: moduleName(c, m.id),
    rows,
    cols,
  });
  return html`<section part="module-details" aria-live="polite">
    <h3>${moduleName(c, m.id)}: ${input} [${m.input.length}] → ${output} [${m.output.length}]</h3>
    <p class="mono">${input} = ${vector(c, m.input)}; ${output} = ${vector(c, m.output)}</p>
    ${matrix(c, m.jacobian, jacobianCaption, 'jacobian')}
    <p class="hint">${c.t(jacobianKind(m.id))}</p>
    <p class="mono" data-value="grad-out">${c.t('gradOut', { out: output })} = ${vector(c, m.gradOutput)}</p>
    <p class="mono" data-value="grad-in">${c.t('gradIn', { in: input })} = ${vector(c, m.gradInput)}</p>
    ${
      m.weightGradient
        ? matrix(
            c,
            m.weightGradient,
            c.t('weightGradient', {
              rows: m.weightGradient.length,
              cols: m.weightGradient[0]?.length ?? 0,
              x: input,
            }),
            'weight-gradient',
          )
        : nothing
    }
  </section>`;
}

export function renderModuleView(c: ModuleViewContext): TemplateResult {
  const report = c.report;
  const chain = MODULES.flatMap((id, i) => {
    const size = i === 0 ? report?.modules[0]?.input.length : report?.modules[i - 1]?.output.length;
    return [
      html`<span class="tensor">${TENSORS[i]} <span class="shape">[${size ?? '…'}]</span></span><span class="arrow" aria-hidden="true">→</span>`,
      html`<button type="button" class="module secondary" data-module=${id} aria-pressed=${id === c.selected ? 'true' : 'false'}
        tabindex=${id === c.selected ? '0' : '-1'}
        @click=${() => c.onSelect(id)} @keydown=${(event: KeyboardEvent) => c.onKey(event, id)}>${moduleName(c, id)}</button>
        <span class="arrow" aria-hidden="true">→</span>`,
    ];
  });
  const selected = report?.modules.find((m) => m.id === c.selected);
  return html`<div part="modules" class="modules">
    <div class="chain" role="group" aria-label=${c.t('modulesLabel')}>
      ${chain}<span class="tensor">L <span class="shape">[1]</span></span>
    </div>
    ${report ? html`<p data-value="network-loss">${c.t('networkLoss', { loss: c.fmt(report.loss) })}</p>` : nothing}
    ${selected ? renderDetails(c, selected) : html`<p class="hint">…</p>`}
  </div>`;
}

export function renderNetworkCheck(c: ModuleViewContext, rows: readonly NetworkCheckRow[]): TemplateResult {
  return html`<div class="scroll"><table part="gradient-check">
    <caption>${c.t('networkCheckCaption')}</caption>
    <thead>
      <tr>
        <th scope="col">${c.t('colParameter')}</th>
        <th scope="col">${c.t('colRelative')}</th>
        <th scope="col">${c.t('colStatus')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr class=${row.ok ? 'ok' : 'bad'} data-variable=${row.name}>
          <th scope="row">${row.name}</th>
          <td data-value="relative">${c.sci(row.maxRelativeError)}</td>
          <td data-value="status">${row.ok ? c.t('pass') : c.t('fail')}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

export function renderTraining(
  c: ModuleViewContext,
  plain: readonly number[] | undefined,
  custom: readonly number[] | undefined,
  rate: number,
): TemplateResult {
  if (!plain) return html``;
  return html`<table part="training">
    <caption>${c.t('trainingCaption', { rate: c.fmt(rate) })}</caption>
    <thead>
      <tr>
        <th scope="col">${c.t('colStep')}</th>
        <th scope="col">${c.t('colLossTrue')}</th>
        ${custom ? html`<th scope="col">${c.t('colLossCustom')}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${plain.map(
        (loss, i) => html`<tr>
          <th scope="row">${i}</th>
          <td data-value="loss-true">${c.fmt(loss)}</td>
          ${custom ? html`<td data-value="loss-custom">${c.fmt(custom[i] ?? Number.NaN)}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
