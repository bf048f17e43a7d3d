/**
 * The panels of `<gd-convolution>`: step controls (play, step back, step, reset, speed, scrubber),
 * the settings (padding, stride, dilation, flip, output channel, loss), the presets and the cell
 * editor. Native controls only, so the keyboard works as everywhere else.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { INPUT_PRESETS, KERNEL_PRESETS } from './tensor-text.js';

export const SPEEDS = [1, 2, 4, 8] as const;

export interface ControlsContext {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly fmt: (value: number) => string;
  readonly playing: boolean;
  readonly cursor: number;
  readonly count: number;
  readonly speed: number;
  readonly padding: number;
  readonly stride: number;
  readonly dilation: number;
  readonly flip: boolean;
  readonly loss: 'half-square' | 'sum';
  readonly outChannel: number;
  readonly outChannels: number;
  readonly editorLabel: string;
  readonly editorValue: string;
  readonly onPlay: () => void;
  readonly onStep: (delta: number) => void;
  readonly onReset: () => void;
  readonly onScrub: (index: number) => void;
  readonly onSpeed: (speed: number) => void;
  readonly onSetting: (attribute: 'padding' | 'stride' | 'dilation', text: string) => void;
  readonly onFlip: (flip: boolean) => void;
  readonly onLoss: (loss: 'half-square' | 'sum') => void;
  readonly onOutChannel: (channel: number) => void;
  readonly onKernelPreset: (preset: string) => void;
  readonly onInputPreset: (preset: string) => void;
  readonly onEditor: (text: string) => void;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function renderStepControls(c: ControlsContext): TemplateResult {
  const last = Math.max(0, c.count - 1);
  return html`<fieldset part="step-controls">
    <legend>${c.t('stepsLegend')}</legend>
    <div class="buttons">
      <button type="button" id="play" aria-pressed=${c.playing ? 'true' : 'false'} @click=${c.onPlay}>
        ${c.playing ? c.t('pause') : c.t('play')}
      </button>
      <button type="button" id="step-back" class="secondary" ?disabled=${c.cursor <= 0} @click=${() => c.onStep(-1)}>
        ${c.t('stepBack')}
      </button>
      <button type="button" id="step" class="secondary" ?disabled=${c.cursor >= last} @click=${() => c.onStep(1)}>
        ${c.t('step')}
      </button>
      <button type="button" id="reset" class="secondary" @click=${c.onReset}>${c.t('reset')}</button>
    </div>
    <div class="field">
      <label for="scrubber">${c.t('scrubber')}</label>
      <input
        id="scrubber"
        type="range"
        min="0"
        max=${last}
        step="1"
        .value=${live(String(c.cursor))}
        aria-valuetext=${c.t('scrubberValue', { i: c.cursor + 1, count: c.count })}
        @input=${(event: Event) => c.onScrub(Number(value(event)))}
      />
    </div>
    <div class="field">
      <label for="speed">${c.t('speed')}</label>
      <select id="speed" @change=${(event: Event) => c.onSpeed(Number(value(event)))}>
        ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === c.speed}>${c.t('speedValue', { speed: s })}</option>`)}
      </select>
    </div>
  </fieldset>`;
}

export function renderSettings(c: ControlsContext): TemplateResult {
  const number = (id: 'padding' | 'stride' | 'dilation', current: number, min: number) =>
    html`<div class="field">
      <label for=${id}>${c.t(id)}</label>
      <input
        id=${id}
        type="number"
        min=${min}
        max="8"
        step="1"
        .value=${live(String(current))}
        @change=${(event: Event) => c.onSetting(id, value(event))}
      />
    </div>`;
  return html`<fieldset part="settings">
    <legend>${c.t('settingsLegend')}</legend>
    <div class="row">${number('padding', c.padding, 0)} ${number('stride', c.stride, 1)} ${number('dilation', c.dilation, 1)}</div>
    <label class="check">
      <input id="flip" type="checkbox" .checked=${live(c.flip)} @change=${(event: Event) => c.onFlip((event.target as HTMLInputElement).checked)} />
      ${c.t('flip')}
    </label>
    ${
      c.outChannels > 1
        ? html`<div class="field">
          <label for="out-channel">${c.t('outChannel')}</label>
          <select id="out-channel" @change=${(event: Event) => c.onOutChannel(Number(value(event)))}>
            ${Array.from({ length: c.outChannels }, (_, o) => html`<option value=${o} ?selected=${o === c.outChannel}>${o}</option>`)}
          </select>
        </div>`
        : nothing
    }
    <div class="field">
      <label for="loss">${c.t('lossLabel')}</label>
      <select id="loss" @change=${(event: Event) => c.onLoss(value(event) as 'half-square' | 'sum')}>
        <option value="half-square" ?selected=${c.loss === 'half-square'}>L = Σ y² / 2</option>
        <option value="sum" ?selected=${c.loss === 'sum'}>L = Σ y</option>
      </select>
    </div>
  </fieldset>`;
}

export function renderPresets(c: ControlsContext): TemplateResult {
  return html`<fieldset part="presets">
    <legend>${c.t('presetsLegend')}</legend>
    <div class="field">
      <label for="kernel-preset">${c.t('kernelPreset')}</label>
      <select id="kernel-preset" @change=${(event: Event) => c.onKernelPreset(value(event))}>
        <option value="">${c.t('choose')}</option>
        ${Object.keys(KERNEL_PRESETS).map((name) => html`<option value=${name}>${c.t(`kernel.${name}`)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="input-preset">${c.t('inputPreset')}</label>
      <select id="input-preset" @change=${(event: Event) => c.onInputPreset(value(event))}>
        <option value="">${c.t('choose')}</option>
        ${INPUT_PRESETS.map((name) => html`<option value=${name}>${c.t(`input.${name}`)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="cell-editor">${c.editorLabel}</label>
      <input
        id="cell-editor"
        type="text"
        inputmode="decimal"
        .value=${live(c.editorValue)}
        @change=${(event: Event) => c.onEditor(value(event))}
      />
    </div>
    <p class="hint">${c.t('editHint')}</p>
  </fieldset>`;
}
