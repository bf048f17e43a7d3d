/**
 * Play/pause, one step (one mini-batch), one epoch, step back, reset and speed, with the status
 * line, following `<gd-playground>`'s run controls (same ids, `aria-pressed` play button).
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ViewText } from './view-text.js';

export interface RunControlsContext {
  readonly ready: boolean;
  readonly locked: boolean;
  readonly playing: boolean;
  readonly step: number;
  readonly epoch: number;
  readonly trainLoss: number | undefined;
  readonly testLoss: number | undefined;
  readonly canStepBack: boolean;
  readonly speed: number;
  readonly onPlay: () => void;
  readonly onStep: () => void;
  readonly onEpoch: () => void;
  readonly onStepBack: () => void;
  readonly onReset: () => void;
  readonly onSpeed: (speed: number) => void;
}

/** Speeds on the slider (steps per frame). */
export const SPEEDS: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500];

function speedIndex(speed: number): number {
  let best = 0;
  SPEEDS.forEach((value, index) => {
    if (Math.abs(Math.log(value / speed)) < Math.abs(Math.log((SPEEDS[best] ?? 1) / speed))) best = index;
  });
  return best;
}

export function renderRunControls(text: ViewText, c: RunControlsContext): TemplateResult {
  const disabled = !c.ready;
  // Training and test loss stand side by side: the same significant digits for both.
  const loss = (value: number | undefined) => (value === undefined ? '–' : text.computed(value));
  return html`<fieldset part="run-controls" class="run-controls">
    <legend>${text.t('trainingTitle')}</legend>
    <div class="buttons">
      <button type="button" id="run-play" data-action="play" aria-pressed=${c.playing ? 'true' : 'false'}
        ?disabled=${disabled} @click=${c.onPlay}>${c.playing ? text.t('pause') : text.t('play')}</button>
      <button type="button" id="run-step" data-action="step" class="secondary" ?disabled=${disabled} @click=${c.onStep}>${text.t('step')}</button>
      <button type="button" id="run-epoch" data-action="epoch" class="secondary" ?disabled=${disabled} @click=${c.onEpoch}>${text.t('epoch')}</button>
      <button type="button" id="run-back" data-action="step-back" class="secondary" ?disabled=${disabled || !c.canStepBack} @click=${c.onStepBack}>${text.t('stepBack')}</button>
      <button type="button" id="run-reset" data-action="reset" class="secondary" ?disabled=${disabled} @click=${c.onReset}>${text.t('reset')}</button>
    </div>
    <div class="field">
      <label for="run-speed">${text.t('speed')}</label>
      <input id="run-speed" type="range" min="0" max=${SPEEDS.length - 1} step="1"
        .value=${live(String(speedIndex(c.speed)))}
        aria-valuetext=${text.t('speedValue', { speed: text.num(c.speed) })}
        @change=${(event: Event) => {
          event.stopPropagation();
          c.onSpeed(SPEEDS[Number((event.target as HTMLInputElement).value)] ?? 1);
        }}
        @input=${(event: Event) => event.stopPropagation()} />
    </div>
    <p class="status" data-value="status">
      ${text.t('status', {
        step: text.num(c.step),
        epoch: text.fmt(c.epoch, 1),
        train: loss(c.trainLoss),
        test: loss(c.testLoss),
      })}
    </p>
  </fieldset>`;
}
