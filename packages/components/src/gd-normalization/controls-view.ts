/** The kind chooser, the group count (group norm) and the line naming the axes reduced over. */
import type { NormalizationKind, TensorNormalization } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';

export interface ControlsContext {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly kind: NormalizationKind;
  readonly groups: number;
  readonly channels: number;
  readonly result: TensorNormalization;
  readonly onKind: (kind: NormalizationKind) => void;
  readonly onGroups: (groups: number) => void;
}

export function renderControls(c: ControlsContext): TemplateResult {
  const { t } = c;
  return html`<div class="controls" part="controls">
      <fieldset class="kinds">
        <legend>${t('kindLegend')}</legend>
        ${(['batch', 'layer', 'instance', 'group'] as const).map(
          (kind) => html`<label class="choice">
            <input type="radio" name="kind" value=${kind} .checked=${c.kind === kind} @change=${() => c.onKind(kind)} />
            ${t(`kind.${kind}`)}
          </label>`,
        )}
      </fieldset>
      ${
        c.kind === 'group'
          ? html`<label class="field"><span>${t('groupsLabel')}</span>
            <input type="number" id="groups" min="1" max=${c.channels} step="1" class="num" .value=${String(c.groups)}
              @change=${(event: Event) => c.onGroups(Number((event.target as HTMLInputElement).value))} /></label>`
          : nothing
      }
    </div>
    <p class="axes" data-note="axes">
      ${t(`axes.${c.kind}`, { axes: c.result.reducedAxes.join(', '), groups: String(c.result.groups) })}
    </p>`;
}
