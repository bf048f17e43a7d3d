/**
 * The run controls of `<gd-playground>`: play/pause, one step, step back, reset, train until
 * converged, speed, a history scrubber, the current step and loss, and why a run stopped.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_SPEED } from './state.js';

/** Why the last run stopped by itself. */
export type RunOutcome =
  | { readonly kind: 'converged'; readonly step: number; readonly loss: number }
  | { readonly kind: 'diverged'; readonly step: number; readonly loss: number; readonly reason: string };

/** What the run controls need from the element. */
export interface RunControlsContext {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly fmt: (value: number, digits?: number) => string;
  readonly locked: boolean;
  readonly ready: boolean;
  readonly playing: boolean;
  readonly step: number;
  readonly loss: number | undefined;
  readonly canStepBack: boolean;
  /** The kept history (first and last step) and the step shown (below `last` while scrubbing). */
  readonly history: { readonly first: number; readonly last: number; readonly shown: number };
  readonly speed: number;
  readonly outcome: RunOutcome | undefined;
  readonly onPlay: () => void;
  readonly onStep: () => void;
  readonly onStepBack: () => void;
  readonly onReset: () => void;
  readonly onTrain: () => void;
  readonly onSpeed: (speed: number, phase: 'input' | 'change') => void;
  readonly onScrub: (step: number) => void;
}

/** Speeds offered by the slider: 1, 2, 5, 10, 20, 50, … up to the maximum. */
export const SPEEDS: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, MAX_SPEED];

function speedIndex(speed: number): number {
  let best = 0;
  SPEEDS.forEach((value, index) => {
    if (Math.abs(Math.log(value / speed)) < Math.abs(Math.log((SPEEDS[best] ?? 1) / speed))) best = index;
  });
  return best;
}

export function renderRunControls(c: RunControlsContext): TemplateResult {
  const { t } = c;
  const disabled = c.locked || !c.ready;
  const diverged = c.outcome?.kind === 'diverged';
  const onSpeed = (event: Event, phase: 'input' | 'change') => {
    event.stopPropagation();
    const index = Number((event.target as HTMLInputElement).value);
    c.onSpeed(SPEEDS[index] ?? 1, phase);
  };
  const onScrub = (event: Event) => {
    // The playground's own input/change events describe its settings; scrubbing changes none.
    event.stopPropagation();
    c.onScrub(Number((event.target as HTMLInputElement).value));
  };
  return html`<fieldset part="run-controls" ?disabled=${c.locked}>
    <legend>${t('run.legend')}</legend>
    <div class="buttons">
      <button
        type="button"
        id="run-play"
        aria-pressed=${c.playing ? 'true' : 'false'}
        ?disabled=${disabled || diverged}
        @click=${c.onPlay}
      >
        ${c.playing ? t('run.pause') : t('run.play')}
      </button>
      <button type="button" id="run-step" class="secondary" ?disabled=${disabled || diverged} @click=${c.onStep}>
        ${t('run.step')}
      </button>
      <button
        type="button"
        id="run-back"
        class="secondary"
        ?disabled=${disabled || !c.canStepBack}
        @click=${c.onStepBack}
      >
        ${t('run.stepBack')}
      </button>
      <button type="button" id="run-reset" class="secondary" ?disabled=${disabled} @click=${c.onReset}>
        ${t('run.reset')}
      </button>
      <button type="button" id="run-train" class="secondary" ?disabled=${disabled || diverged} @click=${c.onTrain}>
        ${t('run.train')}
      </button>
    </div>
    <div class="field plain">
      <label for="run-speed">${t('run.speed')}</label>
      <input
        id="run-speed"
        type="range"
        min="0"
        max=${SPEEDS.length - 1}
        step="1"
        .value=${live(String(speedIndex(c.speed)))}
        aria-valuetext=${t('run.speedValue', { speed: c.fmt(c.speed) })}
        @input=${(event: Event) => onSpeed(event, 'input')}
        @change=${(event: Event) => onSpeed(event, 'change')}
      />
    </div>
    <div class="field plain">
      <label for="run-history">${t('run.history')}</label>
      <input
        id="run-history"
        type="range"
        min=${c.history.first}
        max=${c.history.last}
        step="1"
        .value=${live(String(c.history.shown))}
        ?disabled=${disabled || c.history.last <= c.history.first}
        aria-valuetext=${t('run.historyValue', { step: c.fmt(c.history.shown), last: c.fmt(c.history.last) })}
        @input=${(event: Event) => onScrub(event)}
        @change=${(event: Event) => onScrub(event)}
      />
    </div>
    ${
      c.history.shown < c.history.last
        ? html`<p class="hint" part="viewing">
          ${t('run.viewing', { step: c.fmt(c.history.shown), last: c.fmt(c.history.last) })}
        </p>`
        : nothing
    }
    <p class="status" part="status">
      ${t('run.status', {
        step: c.fmt(c.step),
        loss: c.loss === undefined ? '–' : c.fmt(c.loss, 4),
        speed: c.fmt(c.speed),
      })}
    </p>
    ${
      c.outcome?.kind === 'diverged'
        ? html`<p part="alert" role="alert">
          ${t(c.outcome.reason === 'not-finite' ? 'run.divergedNotFinite' : 'run.diverged', {
            step: c.fmt(c.outcome.step),
          })}
        </p>`
        : c.outcome?.kind === 'converged'
          ? html`<p class="converged">
            ${t('run.converged', { step: c.fmt(c.outcome.step), loss: c.fmt(c.outcome.loss, 4) })}
          </p>`
          : nothing
    }
  </fieldset>`;
}
