/**
 * The column of settings panels (data, model, optimizer, batching) with what they hold between
 * renders: the CSV being typed and its error, and the typed fields the learner left unreadable.
 * The CSV reader (csv-input.ts) is its own chunk, imported when the learner starts typing CSV.
 * The panels are not rebuilt while playing: they depend on none of the per-frame numbers.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { LazyPart } from '../internal/lazy-part.js';
import {
  type ControlsContext,
  renderBatchingControls,
  renderDataControls,
  renderModelControls,
  renderOptimizerControls,
} from './controls.js';
import type { PlaygroundPart, PlaygroundState } from './state.js';

type CsvInput = typeof import('./csv-input.js');

/** The CSV reader's chunk, imported on the first keystroke in the box. */
const csvInput = new LazyPart(() => import('./csv-input.js'), "<gd-playground>'s CSV reader");

/** What the settings panels need from the element. */
export interface SettingsHooks {
  readonly state: () => PlaygroundState;
  readonly t: ControlsContext['t'];
  readonly fmt: ControlsContext['fmt'];
  readonly locale: () => string;
  readonly change: ControlsContext['change'];
  /** A new state from pasted CSV: it replaces the state in use and `change` fires. */
  readonly replace: (state: PlaygroundState) => void;
}

export class SettingsPanels {
  private badEntries: ReadonlySet<string> = new Set();
  private csv: { text: string; error?: string } = { text: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: SettingsHooks,
  ) {}

  private markEntry(id: string, bad: boolean): void {
    if (this.badEntries.has(id) === bad) return;
    const next = new Set(this.badEntries);
    if (bad) next.add(id);
    else next.delete(id);
    this.badEntries = next;
    this.host.requestUpdate();
  }

  private setCsv(csv: { text: string; error?: string }): void {
    this.csv = csv;
    this.host.requestUpdate();
  }

  /** Settles once pasted CSV that waited for its reader's chunk has been applied (or refused). */
  get csvApplied(): Promise<void> {
    return this.pendingCsv;
  }

  private pendingCsv: Promise<void> = Promise.resolve();

  private applyCsv(): void {
    // Typing started the download; only a click that beats it waits (a frame or so).
    const loaded = csvInput.loaded;
    if (loaded) this.applyCsvWith(loaded);
    else this.pendingCsv = csvInput.load().then((module) => this.applyCsvWith(module));
  }

  private applyCsvWith(module: CsvInput | undefined): void {
    const { text } = this.csv;
    if (!module) {
      this.setCsv({ text, error: this.hooks.t('data.error.other') });
      return;
    }
    const { csvErrorMessage, stateFromCsv } = module;
    const result = stateFromCsv(this.hooks.state(), text);
    if (result === undefined) {
      this.setCsv({ text, error: this.hooks.t('data.error.other') });
    } else if ('error' in result) {
      this.setCsv({ text, error: csvErrorMessage(result.error, this.hooks.t, (v) => this.hooks.fmt(v)) });
    } else {
      this.setCsv({ text });
      this.hooks.replace(result.state);
    }
  }

  render(isHidden: (part: PlaygroundPart) => boolean, isLocked: (part: PlaygroundPart) => boolean) {
    const state = this.hooks.state();
    return guard([state, this.badEntries, this.csv, this.hooks.locale()], () => {
      const context: ControlsContext = {
        state,
        t: this.hooks.t,
        fmt: this.hooks.fmt,
        isLocked,
        change: this.hooks.change,
        badEntries: this.badEntries,
        markEntry: (id, bad) => this.markEntry(id, bad),
        csv: this.csv,
        onCsvInput: (text) => {
          void csvInput.load();
          this.setCsv({ text, error: this.csv.error });
        },
        onCsvApply: () => this.applyCsv(),
        usesPoints: state.data.kind === 'points',
      };
      const show = (part: PlaygroundPart, content: () => TemplateResult) =>
        isHidden(part) ? nothing : content();
      return [
        show('data-controls', () => renderDataControls(context)),
        show('model-controls', () => renderModelControls(context)),
        show('optimizer-controls', () => renderOptimizerControls(context)),
        show('batching-controls', () => renderBatchingControls(context)),
      ];
    });
  }
}
