/** The model panel: a slider and a typed entry for each weight, the bias and the threshold. */
import { html, type TemplateResult } from 'lit';
import type { ModelView } from './plane-view.js';
import { renderSliderField, type TypedEntries } from './slider-field.js';
import { subscript, type ViewText } from './view-context.js';

type Phase = 'input' | 'change';

export interface ModelPanelOptions {
  readonly model: ModelView;
  readonly entries: TypedEntries;
  readonly onWeight: (index: number, value: number, phase: Phase) => void;
  readonly onBias: (value: number, phase: Phase) => void;
  readonly onThreshold: (value: number, phase: Phase) => void;
}

export function renderModelPanel(text: ViewText, options: ModelPanelOptions): TemplateResult {
  const { model, entries } = options;
  return html`<fieldset part="model">
    <legend>${text.t('model')}</legend>
    ${model.weights.map((w, i) =>
      renderSliderField(text, {
        id: `w${i + 1}`,
        label: text.t('weight', { i: subscript(i) }),
        value: w,
        min: -10,
        max: 10,
        step: 0.1,
        onValue: (v, phase) => options.onWeight(i, v, phase),
        entries,
      }),
    )}
    ${renderSliderField(text, {
      id: 'bias',
      label: text.t('bias'),
      value: model.bias,
      min: -10,
      max: 10,
      step: 0.1,
      onValue: options.onBias,
      entries,
    })}
    ${renderSliderField(text, {
      id: 'threshold',
      label: text.t('threshold'),
      value: model.threshold,
      min: 0.01,
      max: 0.99,
      step: 0.01,
      onValue: options.onThreshold,
      entries,
    })}
  </fieldset>`;
}
