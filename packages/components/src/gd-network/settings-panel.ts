/**
 * The settings panels: data (preset, classes, noise, size, split, standardise, extra features,
 * class picker, click mode, CSV paste), network (activation per layer, output, init, L2) and
 * training (optimizer and its hyperparameters, learning rate, batch size, target accuracy). Each
 * control writes the same text an attribute takes, through the attribute's parser, so a control
 * can never hold a value the attribute would refuse.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AttributeSpec } from '../internal/schema.js';
import {
  ACTIVATIONS,
  activationOf,
  FEATURES,
  INITS,
  NETWORK_PRESETS,
  type NetworkSettings,
  OPTIMIZERS,
  OUTPUTS,
  specOf,
} from './settings.js';
import { settingText } from './state.js';
import type { ViewText } from './view-text.js';

type SettingName = keyof NetworkSettings;
type OnSet = (name: SettingName | 'standardize', value: unknown) => void;

interface PanelContext {
  readonly settings: NetworkSettings;
  readonly locked: boolean;
  readonly onSet: OnSet;
}

const PRESET_KEYS: Record<string, string> = {
  xor: 'presetXor',
  circles: 'presetCircles',
  moons: 'presetMoons',
  spiral: 'presetSpiral',
  blobs: 'presetBlobs',
  regression: 'presetRegression',
};

/** Parses a control's text with its attribute's parser; a refused text changes nothing. */
function commit(c: PanelContext, name: SettingName, text: string): void {
  const parsed = (specOf(name) as AttributeSpec<unknown>).parse(text);
  if (parsed.ok) c.onSet(name, parsed.value);
}

function select(
  c: PanelContext,
  name: SettingName,
  label: string,
  options: readonly string[],
  shown: (option: string) => string = (option) => option,
): TemplateResult {
  const current = settingText(name, c.settings[name]);
  return html`<div class="field">
    <label for="set-${name}">${label}</label>
    <select id="set-${name}" ?disabled=${c.locked}
      @change=${(event: Event) => commit(c, name, (event.target as HTMLSelectElement).value)}>
      ${options.map((option) => html`<option value=${option} ?selected=${option === current}>${shown(option)}</option>`)}
    </select>
  </div>`;
}

function numberField(c: PanelContext, name: SettingName, label: string, step = 'any'): TemplateResult {
  return html`<div class="field">
    <label for="set-${name}">${label}</label>
    <input id="set-${name}" type="text" inputmode="decimal" data-step=${step} ?disabled=${c.locked}
      .value=${live(settingText(name, c.settings[name]))}
      @change=${(event: Event) => commit(c, name, (event.target as HTMLInputElement).value)} />
  </div>`;
}

export interface DataPanelContext extends PanelContext {
  readonly standardize: boolean;
  readonly inputs: 1 | 2;
  readonly addClass: number;
  readonly clickAdds: boolean;
  readonly usingData: boolean;
  readonly onAddClass: (k: number) => void;
  readonly onClickMode: (adds: boolean) => void;
  readonly onCsv: (text: string) => void;
}

export function renderDataPanel(text: ViewText, c: DataPanelContext): TemplateResult {
  const s = c.settings;
  let csv = '';
  return html`<fieldset part="data" class="panel" ?disabled=${c.locked}>
    <legend>${text.t('dataTitle')}</legend>
    ${select(c, 'preset', text.t('preset'), NETWORK_PRESETS, (p) => text.t(PRESET_KEYS[p] ?? p))}
    ${s.preset === 'regression' ? nothing : select(c, 'classes', text.t('classes'), ['2', '3', '4', '5'])}
    ${numberField(c, 'noise', text.t('noise'))}
    ${numberField(c, 'size', text.t('size'))}
    ${numberField(c, 'trainRatio', text.t('trainRatio'))}
    <div class="field check">
      <input id="set-standardize" type="checkbox" .checked=${live(c.standardize)}
        @change=${(event: Event) => c.onSet('standardize', (event.target as HTMLInputElement).checked)} />
      <label for="set-standardize">${text.t('standardize')}</label>
    </div>
    ${
      c.inputs === 2
        ? html`<fieldset class="features">
          <legend>${text.t('features')}</legend>
          ${FEATURES.map(
            (feature) => html`<label class="check"><input type="checkbox" data-feature=${feature}
              .checked=${live(s.features.includes(feature))}
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                c.onSet('features', on ? [...s.features, feature] : s.features.filter((f) => f !== feature));
              }} />${feature}</label>`,
          )}
        </fieldset>`
        : nothing
    }
    <div class="field">
      <span id="click-mode-label">${text.t('clickMode')}</span>
      <div role="radiogroup" aria-labelledby="click-mode-label" class="radios">
        <label class="check"><input type="radio" name="click-mode" value="probe" .checked=${live(!c.clickAdds)}
          @change=${() => c.onClickMode(false)} />${text.t('clickProbe')}</label>
        <label class="check"><input type="radio" name="click-mode" value="add" .checked=${live(c.clickAdds)}
          @change=${() => c.onClickMode(true)} />${text.t('clickAdd')}</label>
      </div>
    </div>
    ${
      c.inputs === 2
        ? html`<div class="field">
          <label for="add-class">${text.t('classPicker')}</label>
          <select id="add-class" @change=${(event: Event) => c.onAddClass(Number((event.target as HTMLSelectElement).value))}>
            ${Array.from({ length: s.classes }, (_, k) => html`<option value=${k} ?selected=${k === c.addClass}>${text.t('classN', { k })}</option>`)}
          </select>
        </div>`
        : nothing
    }
    <div class="field csv">
      <label for="csv">${text.t('csvLabel')}</label>
      <textarea id="csv" rows="3" @input=${(event: Event) => (csv = (event.target as HTMLTextAreaElement).value)}></textarea>
      <div class="buttons">
        <button type="button" class="secondary" data-action="csv" @click=${() => c.onCsv(csv)}>${text.t('csvApply')}</button>
        ${c.usingData ? html`<button type="button" class="secondary" data-action="csv-back" @click=${() => c.onSet('data', undefined)}>${text.t('csvBack')}</button>` : nothing}
      </div>
    </div>
  </fieldset>`;
}

export function renderNetworkPanel(text: ViewText, c: PanelContext): TemplateResult {
  const s = c.settings;
  return html`<fieldset class="panel network-settings" ?disabled=${c.locked}>
    <legend>${text.t('networkTitle')}</legend>
    ${s.layers.map((_, l) => {
      const current = activationOf(s.activation, l);
      return html`<div class="field">
        <label for="act-${l}">${text.t('activationOf', { layer: l + 1 })}</label>
        <select id="act-${l}" @change=${(event: Event) => {
          const next = s.layers.map((__, i) => activationOf(s.activation, i));
          next[l] = (event.target as HTMLSelectElement).value as (typeof next)[number];
          c.onSet('activation', next);
        }}>${ACTIVATIONS.map((a) => html`<option value=${a} ?selected=${a === current}>${a}</option>`)}</select>
      </div>`;
    })}
    ${select(c, 'output', text.t('output'), OUTPUTS)}
    ${select(c, 'init', text.t('init'), INITS)}
    ${numberField(c, 'l2', text.t('l2'))}
  </fieldset>`;
}

/** Hyperparameters shown for each optimizer, beside the learning rate. */
const HYPER: Readonly<Record<string, readonly SettingName[]>> = {
  sgd: [],
  momentum: ['momentum'],
  nesterov: ['momentum'],
  adagrad: ['epsilon'],
  rmsprop: ['decay', 'momentum', 'epsilon'],
  adam: ['beta1', 'beta2', 'epsilon'],
};

export function renderTrainingPanel(text: ViewText, c: PanelContext): TemplateResult {
  const s = c.settings;
  return html`<fieldset part="training" class="panel" ?disabled=${c.locked}>
    <legend>${text.t('optimizer')}</legend>
    ${select(c, 'optimizer', text.t('optimizer'), OPTIMIZERS)}
    ${numberField(c, 'learningRate', text.t('learningRate'))}
    ${(HYPER[s.optimizer] ?? []).map((name) => numberField(c, name, name))}
    ${numberField(c, 'batchSize', text.t('batchSize'))}
    ${numberField(c, 'targetAccuracy', text.t('targetAccuracy'))}
    ${numberField(c, 'convergeTolerance', text.t('convergeTolerance'))}
  </fieldset>`;
}
