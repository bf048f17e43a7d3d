/**
 * One numeric setting as a slider beside a typed entry for its exact value. The typed entry takes a
 * decimal comma and the Unicode minus as readers in tr, pt and ko type them; a non-number is
 * flagged under the field and ignored.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ViewText } from './view-context.js';

/** Typed entry: accepts a decimal comma and the Unicode minus sign, as readers in tr/pt/ko type them. */
export function parseTyped(text: string): number | undefined {
  let cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s/g, '');
  if (cleaned.includes(',') && !cleaned.includes('.')) cleaned = cleaned.replace(',', '.');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** The widget's typed entries: which ones hold text that is not a number, and how a change is taken. */
export class TypedEntries {
  private bad: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The last text typed into `field` was not a number. */
  isBad(field: string): boolean {
    return this.bad.has(field);
  }

  /** A typed entry changed (Enter or leaving the field): commit its number, or flag it and keep the value. */
  take(field: string, event: Event, commit: (value: number) => void): void {
    event.stopPropagation();
    const value = parseTyped((event.target as HTMLInputElement).value);
    const bad = new Set(this.bad);
    if (value === undefined) bad.add(field);
    else bad.delete(field);
    this.bad = bad;
    this.host.requestUpdate();
    if (value !== undefined) commit(value);
  }
}

export interface SliderFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly digits?: number;
  readonly onValue: (value: number, phase: 'input' | 'change') => void;
  /** What the typed entry shows, when the slider works in other units (default: `value`). */
  readonly shown?: number;
  /** Typed number → slider units (default: the same); undefined refuses it. */
  readonly fromTyped?: (typed: number) => number | undefined;
  readonly entries: TypedEntries;
}

export function renderSliderField(text: ViewText, options: SliderFieldOptions): TemplateResult {
  const { id, label, value, min, max, step, onValue } = options;
  const bad = options.entries.isBad(id);
  const shown = options.shown ?? value;
  const digits = options.digits ?? 3;
  const slid = (phase: 'input' | 'change') => (event: Event) => {
    event.stopPropagation();
    onValue(Number((event.target as HTMLInputElement).value), phase);
  };
  return html`<div class="field">
    <label for=${`${id}-range`}>${label}</label>
    <input
      id=${`${id}-range`}
      type="range"
      min=${min}
      max=${max}
      step=${step}
      .value=${String(Math.min(max, Math.max(min, value)))}
      aria-valuetext=${text.fmt(shown, digits)}
      @input=${slid('input')}
      @change=${slid('change')}
    />
    <input
      id=${`${id}-text`}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      aria-label=${text.t('exact', { name: label })}
      aria-invalid=${bad ? 'true' : 'false'}
      aria-describedby=${bad ? `${id}-error` : nothing}
      .value=${text.fmt(shown, digits)}
      @input=${(event: Event) => event.stopPropagation()}
      @change=${(event: Event) =>
        options.entries.take(id, event, (typed) => {
          const v = options.fromTyped ? options.fromTyped(typed) : typed;
          if (v !== undefined) onValue(v, 'change');
        })}
    />
    ${bad ? html`<p class="entry-error" id=${`${id}-error`}>${text.t('badEntry')}</p>` : nothing}
  </div>`;
}
