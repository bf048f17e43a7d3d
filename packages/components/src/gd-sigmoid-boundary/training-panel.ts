/**
 * The training panel: the learning rate (a slider over log10 α with a typed entry for α itself),
 * play/pause, one step, reset, the step count and the current loss.
 */
import { html, type TemplateResult } from 'lit';
import { renderSliderField, type TypedEntries } from './slider-field.js';
import type { ViewText } from './view-context.js';

type Phase = 'input' | 'change';

export interface TrainingPanelOptions {
  readonly learningRate: number;
  readonly step: number;
  /** Mean BCE of the shown model on the data. */
  readonly loss: number;
  readonly playing: boolean;
  /** A session exists (buttons work). */
  readonly ready: boolean;
  /** The run diverged: only reset helps. */
  readonly diverged: boolean;
  readonly entries: TypedEntries;
  readonly onLearningRate: (value: number, phase: Phase) => void;
  readonly onPlay: () => void;
  readonly onPause: () => void;
  readonly onStep: () => void;
  readonly onReset: () => void;
}

export function renderTrainingPanel(text: ViewText, options: TrainingPanelOptions): TemplateResult {
  const { playing, ready, diverged } = options;
  return html`<fieldset part="training">
    <legend>${text.t('training')}</legend>
    ${renderSliderField(text, {
      id: 'lr',
      label: text.t('learningRate'),
      value: Math.log10(options.learningRate),
      min: -3,
      max: 1,
      step: 0.1,
      shown: options.learningRate,
      digits: 4,
      // The slider moves log10 α (0.001 … 10); the typed entry takes α itself, any value > 0.
      fromTyped: (typed) => (typed > 0 ? Math.log10(typed) : undefined),
      onValue: (v, phase) => options.onLearningRate(Number((10 ** v).toPrecision(3)), phase),
      entries: options.entries,
    })}
    <div class="buttons">
      <button
        type="button"
        data-action="play"
        aria-pressed=${playing ? 'true' : 'false'}
        ?disabled=${!ready || diverged}
        @click=${() => (playing ? options.onPause() : options.onPlay())}
      >
        ${playing ? text.t('pause') : text.t('play')}
      </button>
      <button
        type="button"
        class="secondary"
        data-action="step"
        ?disabled=${!ready || diverged}
        @click=${options.onStep}
      >
        ${text.t('step')}
      </button>
      <button type="button" class="secondary" data-action="reset" ?disabled=${!ready} @click=${options.onReset}>
        ${text.t('reset')}
      </button>
    </div>
    <p class="status">
      <span data-value="step">${text.t('stepCount', { step: text.num(options.step) })}</span>
      <span>${text.t('bce')}: <output data-value="loss">${text.fmt(options.loss, 4)}</output></span>
    </p>
  </fieldset>`;
}
