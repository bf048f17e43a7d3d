/**
 * The forward-pass panel: the probe's coordinates (always shown), and once a point is probed its
 * forward pass in MathML (inference-math.ts, a chunk loaded on the first probe: `math` is that
 * module, undefined until it is there) and the button that asks for its backward pass.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type * as InferenceMath from './inference-math.js';
import type { ForwardTraceView } from './model-view.js';
import type { ViewText } from './view-text.js';

export interface InferenceContext {
  readonly inputs: 1 | 2;
  readonly probe: readonly number[] | undefined;
  readonly trace: ForwardTraceView | undefined;
  readonly regression: boolean;
  /** The MathML writer, once its chunk is loaded. */
  readonly math: typeof InferenceMath | undefined;
  readonly onProbe: (point: number[]) => void;
  readonly onBackprop: () => void;
}

export function renderInference(text: ViewText, c: InferenceContext): TemplateResult {
  const coordinate = (
    i: number,
  ) => html`<label for="probe-${i}">${text.t(i === 0 ? 'probeX' : 'probeY')}</label>
    <input id="probe-${i}" type="text" inputmode="decimal" .value=${live(c.probe?.[i] === undefined ? '' : String(c.probe[i]))}
      @change=${(event: Event) => {
        const value = Number((event.target as HTMLInputElement).value.replace(',', '.'));
        if (!Number.isFinite(value)) return;
        const next = Array.from({ length: c.inputs }, (_, k) => c.probe?.[k] ?? 0);
        next[i] = value;
        c.onProbe(next);
      }} />`;
  const trace = c.trace;
  return html`<section part="inference" class="inference" aria-labelledby="inference-title">
    <h3 id="inference-title">${text.t('inferenceTitle')}</h3>
    <fieldset class="probe-fields">
      <legend>${text.t('probe')}</legend>
      ${coordinate(0)} ${c.inputs === 2 ? coordinate(1) : nothing}
    </fieldset>
    ${
      trace && c.math
        ? html`${c.math.renderTrace(text, c.regression, trace)}
          ${c.regression ? nothing : html`<button type="button" class="secondary" data-action="backprop" @click=${c.onBackprop}>${text.t('showBackprop')}</button>`}`
        : nothing
    }
  </section>`;
}
