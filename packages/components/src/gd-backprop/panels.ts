/**
 * The panels of `<gd-backprop>` beside its graph: the step controls (as in the playground: play,
 * step, step back, reset, speed), the sentence of the current step, the gradient check, the
 * custom backward rule of the selected node, and a gradient-descent step on the parameters.
 */
import type { BackwardOverride, GradientCheckRow } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;

/** Steps per second offered by the speed slider. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8];

export interface StepControlsContext {
  readonly t: Translate;
  readonly fmt: (value: number) => string;
  readonly playing: boolean;
  readonly position: number;
  readonly total: number;
  readonly speed: number;
  readonly status: string;
  readonly onPlay: () => void;
  readonly onStep: () => void;
  readonly onStepBack: () => void;
  readonly onReset: () => void;
  readonly onSpeed: (speed: number) => void;
}

export function renderStepControls(c: StepControlsContext): TemplateResult {
  const { t } = c;
  const speedIndex = Math.max(0, SPEEDS.indexOf(c.speed));
  return html`<fieldset part="run-controls">
    <legend>${t('stepsLegend')}</legend>
    <div class="buttons">
      <button type="button" data-action="play" aria-pressed=${c.playing ? 'true' : 'false'}
        ?disabled=${!c.playing && c.position >= c.total} @click=${c.onPlay}>
        ${c.playing ? t('pause') : t('play')}
      </button>
      <button type="button" class="secondary" data-action="step" ?disabled=${c.position >= c.total} @click=${c.onStep}>
        ${t('step')}
      </button>
      <button type="button" class="secondary" data-action="back" ?disabled=${c.position <= 0} @click=${c.onStepBack}>
        ${t('stepBack')}
      </button>
      <button type="button" class="secondary" data-action="reset" ?disabled=${c.position <= 0} @click=${c.onReset}>
        ${t('reset')}
      </button>
    </div>
    <div class="field">
      <label for="speed">${t('speed')}</label>
      <input id="speed" type="range" min="0" max=${SPEEDS.length - 1} step="1"
        .value=${live(String(speedIndex))}
        aria-valuetext=${t('speedValue', { speed: c.fmt(c.speed) })}
        @input=${(event: Event) => {
          event.stopPropagation();
          c.onSpeed(SPEEDS[Number((event.target as HTMLInputElement).value)] ?? 1);
        }}
        @change=${(event: Event) => event.stopPropagation()} />
    </div>
    <p class="status" data-value="position">${c.status}</p>
  </fieldset>`;
}

/** The sentence(s) of the step just taken. */
export function renderStepText(lines: readonly string[], hint: string): TemplateResult {
  return html`<div part="step-text" class="step-text">
    ${lines.length === 0 ? html`<p class="hint">${hint}</p>` : lines.map((line) => html`<p class="sentence">${line}</p>`)}
  </div>`;
}

export interface CheckContext {
  readonly t: Translate;
  readonly fmt: (value: number) => string;
  readonly sci: (value: number) => string;
  readonly rows: readonly GradientCheckRow[];
  /** tfjs autodiff (float32) by variable, once computed. */
  readonly tfjs: Readonly<Record<string, number>> | undefined;
}

export function renderGradientCheck(c: CheckContext): TemplateResult {
  const { t } = c;
  return html`<div class="scroll">
    <table part="gradient-check">
      <caption>${t('checkCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('colVariable')}</th>
          <th scope="col">${t('colBackprop')}</th>
          <th scope="col">${t('colTfjs')}</th>
          <th scope="col">${t('colNumeric')}</th>
          <th scope="col">${t('colRelative')}</th>
          <th scope="col">${t('colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        ${c.rows.map(
          (row) => html`<tr class=${row.ok ? 'ok' : 'bad'} data-variable=${row.name}>
            <th scope="row">${row.name}</th>
            <td data-value="backprop">${c.fmt(row.backprop)}</td>
            <td data-value="tfjs">${c.tfjs ? c.fmt(c.tfjs[row.name] ?? Number.NaN) : '…'}</td>
            <td data-value="numeric">${c.fmt(row.numeric)}</td>
            <td data-value="relative">${c.sci(row.relativeError)}</td>
            <td data-value="status">${row.ok ? t('pass') : t('fail')}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const RULES = ['none', 'straight-through', 'clipped', 'wrong-sign', 'formula'] as const;
export type RuleChoice = (typeof RULES)[number];

export interface CustomRuleContext {
  readonly t: Translate;
  /** The node whose rule is chosen ('' or undefined: none selected). */
  readonly label: string | undefined;
  readonly override: BackwardOverride | undefined;
  readonly formulaText: string;
  readonly formulaProblem: string | undefined;
  readonly onRule: (rule: RuleChoice) => void;
  readonly onFormula: (text: string) => void;
}

const RULE_KEYS: Record<RuleChoice, string> = {
  none: 'ruleNone',
  'straight-through': 'ruleStraight',
  clipped: 'ruleClipped',
  'wrong-sign': 'ruleWrongSign',
  formula: 'ruleFormula',
};

export function renderCustomRule(c: CustomRuleContext): TemplateResult {
  const { t } = c;
  const label = c.label;
  const rule: RuleChoice = c.override?.rule ?? 'none';
  return html`<fieldset part="custom-gradient">
    <legend>${t('customLegend')}</legend>
    ${
      label
        ? html`<label for="rule">${t('customFor', { label })}</label>
          <select id="rule" @change=${(event: Event) => c.onRule((event.target as HTMLSelectElement).value as RuleChoice)}>
            ${RULES.map((r) => html`<option value=${r} ?selected=${r === rule}>${t(RULE_KEYS[r])}</option>`)}
          </select>
          ${
            rule === 'formula'
              ? html`<label for="formula">${t('formulaLabel')}</label>
                <input id="formula" type="text" .value=${live(c.formulaText)}
                  aria-invalid=${c.formulaProblem ? 'true' : 'false'}
                  aria-describedby=${c.formulaProblem ? 'formula-problem' : nothing}
                  @change=${(event: Event) => c.onFormula((event.target as HTMLInputElement).value)} />
                ${c.formulaProblem ? html`<p id="formula-problem" class="bad">${c.formulaProblem}</p>` : nothing}`
              : nothing
          }`
        : html`<p class="hint">${t('selectOp')}</p>`
    }
  </fieldset>`;
}

export interface DescentContext {
  readonly t: Translate;
  readonly fmt: (value: number) => string;
  readonly parameters: readonly string[];
  readonly learningRate: number;
  readonly steps: number;
  readonly loss: number;
  /** The loss's format (more digits than elsewhere). */
  readonly lossText: (value: number) => string;
  readonly onStep: () => void;
}

export function renderDescent(c: DescentContext): TemplateResult {
  const { t } = c;
  return html`<fieldset part="descent">
    <legend>${t('descentLegend')}</legend>
    <button type="button" class="secondary" data-action="descend" @click=${c.onStep}>
      ${t('descentStep', { names: c.parameters.join(', '), rate: c.fmt(c.learningRate) })}
    </button>
    <p class="status" data-value="descent">${t('descentStatus', { steps: c.fmt(c.steps), loss: c.lossText(c.loss) })}</p>
  </fieldset>`;
}
