/**
 * The slider's text panels: the regime the rate falls in and why (from the curvature h: each step
 * multiplies the distance to the minimum by 1 − αh), and the loss, the update rule and the next
 * step with live numbers, beside the squared-error convention switch.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Visit } from './charts.js';
import { type Convention, gradientFactor, type RegimeAnalysis } from './regime.js';
import type { Settings } from './settings.js';
import { lossTex, nextStepTex, ruleTex, texNumber } from './tex.js';

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;
type Format = (value: number, options?: Intl.NumberFormatOptions) => string;

const REGIMES = ['too-slow', 'converges', 'oscillates', 'diverges'] as const;

/** The regime reached, with α·h, the factor and the steps it takes, and a legend of the band. */
export function renderRegime(
  analysis: RegimeAnalysis,
  settings: Settings,
  best: number,
  t: Translate,
  num: Format,
): TemplateResult {
  return html`<div part="regime" class="regime ${analysis.regime}">
    <p class="regime-name"><span class="swatch" aria-hidden="true"></span><strong>${t(`regime.${analysis.regime}`)}</strong></p>
    <p>
      ${t('curvature', {
        formula: settings.convention === 'mean' ? '2x²' : 'x²',
        h: num(analysis.curvature),
        alphaH: num(analysis.alphaH, { maximumSignificantDigits: 4 }),
      })}
      ${t(`explain.${analysis.regime}`, {
        optimum: num(best),
        factor: num(analysis.factor, { maximumSignificantDigits: 4 }),
        steps: num(analysis.stepsNeeded),
        tol: num(settings.tolerance),
        budget: num(settings.steps),
      })}
    </p>
    <ul class="legend" aria-hidden="true">
      ${REGIMES.map((name) => html`<li class=${name}><span class="swatch"></span>${t(`regime.${name}`)}</li>`)}
    </ul>
  </div>`;
}

/** What the rule panel needs besides the settings. */
export interface RuleContext {
  readonly settings: Settings;
  readonly visits: readonly Visit[];
  readonly diverged: boolean;
  readonly t: Translate;
  readonly num: Format;
  readonly onConvention: (convention: Convention) => void;
}

/** The loss and the update rule, the next step with the current numbers, and the convention switch. */
export function renderRule(c: RuleContext): TemplateResult {
  const { settings, t } = c;
  const last = c.visits[c.visits.length - 1];
  const w = last?.w ?? settings.start;
  const next =
    w +
    gradientFactor(settings.convention) *
      settings.learningRate *
      (settings.target - w * settings.x) *
      settings.x;
  const tex = (value: number, options?: Intl.NumberFormatOptions) => texNumber(c.num(value, options), value);
  const nextTex =
    Number.isFinite(w) && Number.isFinite(next) && !c.diverged
      ? nextStepTex(settings.convention, {
          step: last?.step ?? 0,
          w: tex(w),
          alpha: tex(settings.learningRate, { maximumSignificantDigits: 4 }),
          y: tex(settings.target),
          x: tex(settings.x),
          next: tex(next),
        })
      : undefined;
  const onChange = (event: Event) => c.onConvention((event.target as HTMLInputElement).value as Convention);
  return html`<div part="rule" class="rule">
    <fieldset part="convention" class="convention">
      <legend>${t('conventionLegend')}</legend>
      ${(['half', 'mean'] as const).map(
        (value) => html`<label>
          <input type="radio" name="convention" value=${value} .checked=${live(settings.convention === value)} @change=${onChange} />
          ${t(`convention.${value}`)}
        </label>`,
      )}
    </fieldset>
    <div class="formulas">
      <p class="rule-title">${t('ruleTitle')}</p>
      <gd-math display .tex=${lossTex(settings.convention)}></gd-math>
      <gd-math display .tex=${ruleTex(settings.convention)}></gd-math>
      ${
        nextTex
          ? html`<p class="rule-title">${t('nextStep')}</p>
              <gd-math class="next" display .tex=${nextTex}></gd-math>`
          : nothing
      }
    </div>
  </div>`;
}
