/**
 * The formulas of the chosen losses, as core writes them (with the current δ, β and convention),
 * each with its name, and the signed mean error's unless it is hidden.
 */
import { createLoss, type SquaredErrorConvention } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewText } from '../internal/view-text.js';
import type { ExplorerLossId } from './inputs.js';

export type FormulaId = ExplorerLossId | 'mean-error';

export interface Formula {
  readonly id: FormulaId;
  readonly term: string;
  readonly total: string;
}

export interface FormulaSettings {
  readonly losses: readonly ExplorerLossId[];
  readonly delta: number;
  readonly beta: number;
  readonly convention: SquaredErrorConvention;
  readonly meanError: boolean;
}

export function computeFormulas(settings: FormulaSettings): Formula[] {
  const options = { delta: settings.delta, beta: settings.beta, convention: settings.convention };
  const ids: FormulaId[] = [...settings.losses, ...(settings.meanError ? ['mean-error' as const] : [])];
  return ids.map((id) => ({ id, ...createLoss(id, options).formulaParts() }));
}

/**
 * The formulas section. `name` is its accessible name, unique on the page (see
 * `internal/widget-label.ts`), so that two explorers' sections are told apart.
 */
export function renderFormulas(
  text: ViewText,
  formulas: readonly Formula[],
  convention: SquaredErrorConvention,
  name: string,
): TemplateResult | typeof nothing {
  if (formulas.length === 0) return nothing;
  return html`<section part="formulas" class="formulas" aria-label=${name}>
    <p class="section-title">${text.t('formulasHeading')}</p>
    ${formulas.map(
      (formula) => html`<div class="formula" data-formula=${formula.id}>
        <p class="formula-name">
          <span class="swatch loss-${formula.id}" aria-hidden="true"></span>${text.t(`name.${formula.id}`)}
        </p>
        <div class="formula-math">
          <gd-math display .tex=${formula.term}></gd-math>
          <gd-math display .tex=${formula.total}></gd-math>
        </div>
        ${
          formula.id === 'mse'
            ? html`<p class="convention">${text.t(convention === 'half' ? 'conventionHalf' : 'conventionMean')}</p>`
            : nothing
        }
      </div>`,
    )}
  </section>`;
}
