/**
 * The probe panel: typed coordinates of the probe point and, once there is one, what the model says
 * there: z = w·x + b, σ(z), and the predicted class with the comparison against the threshold.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classify, linearScore, sigmoid } from './logistic-math.js';
import type { ModelView } from './plane-view.js';
import type { TypedEntries } from './slider-field.js';
import { subscript, type ViewText } from './view-context.js';

export interface ProbePanelOptions {
  readonly model: ModelView;
  readonly features: 1 | 2;
  readonly probe?: readonly number[];
  readonly entries: TypedEntries;
  /** The learner typed coordinate `index`. */
  readonly onCoordinate: (index: number, value: number) => void;
}

export function renderProbePanel(text: ViewText, options: ProbePanelOptions): TemplateResult {
  const { model, probe, features } = options;
  const z = probe ? linearScore(model.weights, model.bias, probe) : Number.NaN;
  const p = sigmoid(z);
  const label = classify(p, model.threshold);
  const coordinates = Array.from({ length: features }, (_, i) => probe?.[i]);
  return html`<fieldset part="probe">
    <legend>${text.t('probe')}</legend>
    <div class="probe-inputs">
      ${coordinates.map((value, i) => {
        const id = `probe${i + 1}`;
        const bad = options.entries.isBad(id);
        return html`<label
          >${text.t('probeCoordinate', { i: subscript(i) })}
          <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            data-field=${id}
            aria-invalid=${bad ? 'true' : 'false'}
            .value=${value === undefined ? '' : text.fmt(value, 3)}
            @input=${(event: Event) => event.stopPropagation()}
            @change=${(event: Event) => options.entries.take(id, event, (v) => options.onCoordinate(i, v))}
        /></label>`;
      })}
    </div>
    ${
      probe
        ? html`<dl>
          <dt>z = w·x + b</dt>
          <dd data-value="z">${text.fmt(z, 4)}</dd>
          <dt>σ(z)</dt>
          <dd data-value="probability">${text.fmt(p, 4)}</dd>
          <dt>${text.t('predicted')}</dt>
          <dd data-value="class">
            ${text.t('classN', { k: text.num(label) })}
            <small class="comparison"
              >${text.t(label === 1 ? 'aboveThreshold' : 'belowThreshold', { p: text.fmt(p, 4), t: text.fmt(model.threshold, 2) })}</small
            >
          </dd>
        </dl>`
        : nothing
    }
    <p class="hint">${text.t('probeHint')}</p>
  </fieldset>`;
}
