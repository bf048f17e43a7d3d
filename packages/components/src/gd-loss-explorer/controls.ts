/** The explorer's settings controls: the loss checkboxes, and δ and β (slider and typed value each). */
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewText } from '../internal/view-text.js';
import { EXPLORER_LOSSES, type ExplorerLossId, type LossExplorerRow } from './inputs.js';

export interface LossPickerOptions {
  readonly losses: readonly ExplorerLossId[];
  readonly onToggle: (event: Event, id: ExplorerLossId) => void;
  readonly onCommit: (event: Event) => void;
}

export function renderLossPicker(text: ViewText, options: LossPickerOptions): TemplateResult {
  return html`<fieldset part="losses" class="losses">
    <legend>${text.t('lossesLegend')}</legend>
    ${EXPLORER_LOSSES.map(
      (id) => html`<label class="loss-choice">
        <input
          type="checkbox"
          name="loss"
          value=${id}
          .checked=${options.losses.includes(id)}
          @input=${(event: Event) => options.onToggle(event, id)}
          @change=${options.onCommit}
        />
        <span class="swatch loss-${id}" aria-hidden="true"></span>
        <abbr title=${text.t(`name.${id}`)}>${text.t(`short.${id}`)}</abbr>
      </label>`,
    )}
  </fieldset>`;
}

export type ParameterName = 'delta' | 'beta';

export interface ParametersOptions {
  readonly losses: readonly ExplorerLossId[];
  readonly delta: number;
  readonly beta: number;
  readonly rows: readonly LossExplorerRow[];
  /** The typed value of this parameter is not a positive number. */
  readonly invalid: (name: ParameterName) => boolean;
  readonly onInput: (event: Event, name: ParameterName, typed: boolean) => void;
  readonly onChange: (event: Event, name: ParameterName) => void;
}

/** δ for Huber and β for Smooth L1, each shown only when its loss is chosen. */
export function renderParameters(
  text: ViewText,
  options: ParametersOptions,
): TemplateResult | typeof nothing {
  const shown = (['delta', 'beta'] as const).filter((name) =>
    options.losses.includes(name === 'delta' ? 'huber' : 'smooth-l1'),
  );
  if (shown.length === 0) return nothing;
  const largest = Math.max(0, ...options.rows.map((row) => Math.abs(row.predicted - row.truth)));
  return html`<div part="parameters" class="parameters">
    ${shown.map((name) => {
      const value = name === 'delta' ? options.delta : options.beta;
      const max = Math.max(10, Math.ceil(largest * 1.5), Math.ceil(value));
      const label = text.t(name);
      const invalid = options.invalid(name);
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
            aria-valuetext=${text.num(value)}
            @input=${(event: Event) => options.onInput(event, name, false)}
            @change=${(event: Event) => options.onChange(event, name)}
          />
          <input
            class="typed"
            type="number"
            min="0"
            step="any"
            inputmode="decimal"
            .value=${String(value)}
            aria-label=${text.t('typedValue', { name: label })}
            aria-invalid=${invalid ? 'true' : 'false'}
            @input=${(event: Event) => options.onInput(event, name, true)}
            @change=${(event: Event) => options.onChange(event, name)}
          />
        </div>
      </div>`;
    })}
  </div>`;
}
