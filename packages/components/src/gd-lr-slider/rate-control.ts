/**
 * The learning-rate control: a range input on a log scale, a typed entry, and the band and decade
 * labels under them. Keyboard on the slider: ←/↓ and →/↑ the next "nice" rate (1, 1.2, 1.5, 2, 2.5,
 * 3, 4, 5, 6, 8 × 10ᵏ), Page Down/Page Up ÷ or × 10, Home/End `min`/`max`. The entry accepts the
 * reader's decimal separator and commits on Enter or when it loses focus (Escape drops the draft).
 * The host fires `input` for every usable choice and `change` when one is committed.
 */
import { html, type nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderDecades } from './band.js';
import { clean, parseTypedNumber, rateAfterKey, snapRate } from './log-steps.js';
import { DEFAULTS, type Settings } from './settings.js';

/** What the control needs from the element. */
export interface RateControlHooks {
  readonly settings: () => Settings;
  /** The element's `learningRate` property: a learner's choice may not be rendered yet. */
  readonly property: () => unknown;
  /** Sets the `learningRate` property to the learner's choice. */
  readonly choose: (rate: number) => void;
  readonly dispatch: (type: 'input' | 'change') => void;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly rateText: (rate: number) => string;
  /** The regime band, or nothing in linked mode. */
  readonly band: () => TemplateResult | typeof nothing;
}

export class RateControl {
  /** True between a learner's choice and its commit (the property's change is not a new commit). */
  userChanging = false;
  /** The last committed rate (`change` fires when a commit differs from it). */
  committedRate = DEFAULTS.learningRate;
  /** What the learner is typing, while the entry has focus. */
  private draft?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: RateControlHooks,
  ) {}

  private setDraft(draft: string | undefined): void {
    this.draft = draft;
    this.host.requestUpdate();
  }

  /** The rate in use, including a learner's choice not yet rendered. */
  private currentRate(): number {
    const rate = this.hooks.property();
    return typeof rate === 'number' && this.validTyped(rate) ? rate : this.hooks.settings().learningRate;
  }

  /** A rate chosen by the learner: applied at once, `input` always, `change` when committed. */
  private chooseRate(rate: number, commit: boolean): void {
    const { min, max } = this.hooks.settings();
    const value = clean(Math.min(max, Math.max(min, rate)));
    if (value !== this.currentRate()) {
      this.userChanging = true;
      this.hooks.choose(value);
      this.hooks.dispatch('input');
    }
    if (commit) this.commitRate(value);
  }

  private commitRate(value: number): void {
    this.userChanging = false;
    if (value === this.committedRate) return;
    this.committedRate = value;
    this.hooks.dispatch('change');
  }

  private readonly onSliderKey = (event: KeyboardEvent): void => {
    const { min, max } = this.hooks.settings();
    const rate = rateAfterKey(event.key, this.currentRate(), min, max);
    if (rate === undefined) return;
    event.preventDefault();
    this.chooseRate(rate, true);
  };

  private readonly onSliderInput = (event: Event): void => {
    const { min, max } = this.hooks.settings();
    const position = Number((event.target as HTMLInputElement).value);
    this.chooseRate(snapRate(10 ** position, min, max), false);
  };

  private readonly onSliderChange = (): void => {
    this.commitRate(this.currentRate());
  };

  private readonly onEntryInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    this.setDraft(text);
    const value = parseTypedNumber(text);
    if (this.validTyped(value)) this.chooseRate(value, false);
  };

  private readonly onEntryKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.commitEntry();
    } else if (event.key === 'Escape' && this.draft !== undefined) {
      this.setDraft(undefined);
    }
  };

  private readonly commitEntry = (): void => {
    if (this.draft === undefined) return;
    const value = parseTypedNumber(this.draft);
    this.setDraft(undefined);
    // An unusable entry goes back to the last committed rate.
    this.chooseRate(this.validTyped(value) ? value : this.committedRate, true);
  };

  private validTyped(value: number): boolean {
    const { min, max } = this.hooks.settings();
    return Number.isFinite(value) && value >= min && value <= max;
  }

  render(): TemplateResult {
    const { t, rateText } = this.hooks;
    const { learningRate: rate, min, max } = this.hooks.settings();
    const typed = this.draft ?? rateText(rate);
    const invalid = this.draft !== undefined && !this.validTyped(parseTypedNumber(this.draft));
    return html`<div part="control" class="control">
      <div class="control-head">
        <label for="slider">${t('learningRate')}</label>
        <input
          part="entry"
          id="entry"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          aria-label=${t('typedRate')}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="hint"
          .value=${live(typed)}
          @input=${this.onEntryInput}
          @keydown=${this.onEntryKey}
          @change=${this.commitEntry}
          @blur=${this.commitEntry}
        />
      </div>
      <p id="hint" class="hint ${invalid ? 'invalid' : ''}">
        ${t('typedHint', { min: rateText(min), max: rateText(max) })}
      </p>
      <div class="slider-wrap">
        <input
          part="slider"
          id="slider"
          type="range"
          min=${Math.log10(min)}
          max=${Math.log10(max)}
          step="any"
          .value=${live(String(Math.log10(rate)))}
          aria-valuetext=${rateText(rate)}
          @keydown=${this.onSliderKey}
          @input=${this.onSliderInput}
          @change=${this.onSliderChange}
        />
        ${this.hooks.band()}
        ${renderDecades(min, max, rateText)}
      </div>
    </div>`;
  }
}
