/**
 * The control panels of `<gd-playground>`: data, model and loss, optimizer, batching. Each is a
 * `<fieldset>` (disabled when the teacher locked it) rendered from the state; every change goes
 * back to the element through the context's callbacks, which validate it and fire `input`/`change`.
 */
import {
  type HyperparameterInfo,
  OPTIMIZER_KINDS,
  OPTIMIZER_METADATA,
  PRESETS,
  type PresetName,
} from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { clean, parseTypedNumber } from '../gd-lr-slider/log-steps.js';
import { modelsFor, naturalModel } from './settings.js';
import {
  BATCH_MODES,
  compatibleLosses,
  MAX_SIZE,
  type PlaygroundModel,
  type PlaygroundPart,
  type PlaygroundState,
} from './state.js';

/** What the panels need from the element. */
export interface ControlsContext {
  readonly state: PlaygroundState;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  /** A number in the widget's locale, up to `digits` significant digits. */
  readonly fmt: (value: number, digits?: number) => string;
  readonly isLocked: (part: PlaygroundPart) => boolean;
  /** Applies a change the learner made (`phase` is the native event to fire). */
  readonly change: (patch: Partial<PlaygroundState>, phase: 'input' | 'change') => void;
  /** Typed fields the learner left unreadable, by id. */
  readonly badEntries: ReadonlySet<string>;
  readonly markEntry: (id: string, bad: boolean) => void;
  /** The CSV text area: its text and its localised error, if any. */
  readonly csv: { readonly text: string; readonly error?: string };
  readonly onCsvInput: (text: string) => void;
  readonly onCsvApply: () => void;
  /** Whether the current data are points (CSV, edits) rather than a preset. */
  readonly usesPoints: boolean;
}

/** Stops the inner control's native event (the element fires its own from the host). */
const stop = (event: Event) => event.stopPropagation();

function numberField(
  context: ControlsContext,
  id: string,
  label: string,
  value: number,
  commit: (value: number) => boolean,
  options: { min?: number; max?: number; step?: number } = {},
): TemplateResult {
  const bad = context.badEntries.has(id);
  return html`<div class="field plain">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${bad ? 'true' : 'false'}
      .value=${live(context.fmt(value, 6))}
      @input=${stop}
      @change=${(event: Event) => {
        stop(event);
        const input = event.target as HTMLInputElement;
        const parsed = parseTypedNumber(input.value);
        const inRange =
          Number.isFinite(parsed) &&
          (options.min === undefined || parsed >= options.min) &&
          (options.max === undefined || parsed <= options.max);
        const accepted = inRange && commit(parsed);
        context.markEntry(id, !accepted);
      }}
    />
  </div>`;
}

function select<T extends string>(
  id: string,
  label: string,
  value: T,
  options: readonly { value: T; label: string; disabled?: boolean }[],
  onChange: (value: T) => void,
): TemplateResult {
  return html`<div class="field plain">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      .value=${live(value)}
      @input=${stop}
      @change=${(event: Event) => {
        stop(event);
        onChange((event.target as HTMLSelectElement).value as T);
      }}
    >
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === value} ?disabled=${option.disabled ?? false}>
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}

function checkbox(id: string, label: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<label class="toggle" for=${id}>
    <input
      id=${id}
      type="checkbox"
      .checked=${live(checked)}
      @input=${stop}
      @change=${(event: Event) => {
        stop(event);
        onChange((event.target as HTMLInputElement).checked);
      }}
    />
    ${label}
  </label>`;
}

// --- data ----------------------------------------------------------------------------------------

/** Preset, seed, size and noise; a CSV area whose last column is the target. */
export function renderDataControls(context: ControlsContext): TemplateResult {
  const { state, t } = context;
  const data = state.data;
  const preset = data.kind === 'preset' ? data.preset : undefined;
  const info = PRESETS.find((p) => p.name === preset);
  const setPreset = (patch: Partial<{ preset: PresetName; seed: number; size: number; noise: number }>) => {
    const base =
      data.kind === 'preset'
        ? data
        : { kind: 'preset' as const, preset: 'house-prices' as PresetName, seed: 1, size: 5, noise: 0 };
    const next = { ...base, ...patch };
    if (patch.preset && patch.preset !== base.preset) {
      const nextInfo = PRESETS.find((p) => p.name === patch.preset);
      next.size = nextInfo?.defaultSize ?? next.size;
      next.noise = nextInfo?.defaultNoise ?? next.noise;
      const model = naturalModel(next);
      context.change({ data: next, model, loss: compatibleLosses(model)[0]!, start: null }, 'change');
      return;
    }
    context.change({ data: next, start: null }, 'change');
  };
  const presetOptions = [
    ...(data.kind === 'points' ? [{ value: 'points', label: t('data.custom') }] : []),
    ...PRESETS.map((p) => ({ value: p.name as string, label: t(`data.preset.${p.name}`) })),
  ];
  return html`<fieldset part="data-controls" ?disabled=${context.isLocked('data-controls')}>
    <legend>${t('data.legend')}</legend>
    ${select('data-preset', t('data.preset'), preset ?? 'points', presetOptions, (value) => {
      if (value !== 'points') setPreset({ preset: value as PresetName });
    })}
    ${
      data.kind === 'preset'
        ? html`${numberField(context, 'data-seed', t('data.seed'), data.seed, (seed) => {
            setPreset({ seed });
            return true;
          })}
          ${numberField(
            context,
            'data-size',
            t('data.size'),
            data.size,
            (size) => {
              if (!Number.isInteger(size)) return false;
              setPreset({ size });
              return true;
            },
            { min: Math.max(1, info?.defaultClasses ?? 1), max: MAX_SIZE },
          )}
          ${numberField(
            context,
            'data-noise',
            t('data.noise'),
            data.noise,
            (noise) => {
              setPreset({ noise });
              return true;
            },
            { min: 0, max: 100 },
          )}`
        : nothing
    }
    <label for="data-csv">${t('data.csv')}</label>
    <textarea
      id="data-csv"
      spellcheck="false"
      aria-invalid=${context.csv.error ? 'true' : 'false'}
      aria-describedby="data-csv-error"
      placeholder="x1,x2,y"
      .value=${live(context.csv.text)}
      @input=${(event: Event) => {
        stop(event);
        context.onCsvInput((event.target as HTMLTextAreaElement).value);
      }}
      @change=${stop}
    ></textarea>
    <div class="row">
      <button type="button" class="secondary" @click=${context.onCsvApply}>${t('data.apply')}</button>
    </div>
    <p id="data-csv-error" class="error" role=${context.csv.error ? 'alert' : nothing}>${context.csv.error ?? ''}</p>
    <p class="hint">${t('data.editHint')}</p>
  </fieldset>`;
}

// --- model ---------------------------------------------------------------------------------------

/** Model, bias, loss (those that fit the model), the squared-error convention, Huber's δ, standardisation. */
export function renderModelControls(context: ControlsContext): TemplateResult {
  const { state, t } = context;
  const allowed = modelsFor(state.data);
  const losses = compatibleLosses(state.model);
  const squared = state.loss === 'mse' || state.loss === 'rmse';
  return html`<fieldset part="model-controls" ?disabled=${context.isLocked('model-controls')}>
    <legend>${t('control.model.legend')}</legend>
    ${select<PlaygroundModel>(
      'model-kind',
      t('control.model'),
      state.model,
      (['linear', 'logistic', 'softmax'] as const).map((model) => ({
        value: model,
        label: t(`control.model.${model}`),
        disabled: !allowed.includes(model),
      })),
      (model) => context.change({ model, loss: compatibleLosses(model)[0]!, start: null }, 'change'),
    )}
    ${checkbox('model-bias', t('control.bias'), state.bias, (bias) => context.change({ bias, start: null }, 'change'))}
    ${select(
      'model-loss',
      t('control.loss'),
      state.loss,
      losses.map((id) => ({ value: id, label: t(`control.loss.${id}`) })),
      (loss) => context.change({ loss }, 'change'),
    )}
    ${
      squared
        ? html`<fieldset class="radios">
          <legend>${t('control.convention')}</legend>
          ${(['mean', 'half'] as const).map(
            (convention) => html`<label class="toggle">
              <input
                type="radio"
                name="convention"
                value=${convention}
                .checked=${live(state.convention === convention)}
                @input=${stop}
                @change=${(event: Event) => {
                  stop(event);
                  context.change({ convention }, 'change');
                }}
              />
              ${t(`control.convention.${convention}`)}
            </label>`,
          )}
        </fieldset>`
        : nothing
    }
    ${
      state.loss === 'huber'
        ? numberField(
            context,
            'model-delta',
            t('control.delta'),
            state.delta,
            (delta) => {
              context.change({ delta }, 'change');
              return true;
            },
            { min: Number.MIN_VALUE },
          )
        : nothing
    }
    ${checkbox('model-standardize', t('control.standardize'), state.standardize, (standardize) =>
      context.change({ standardize }, 'change'),
    )}
  </fieldset>`;
}

// --- optimizer -----------------------------------------------------------------------------------

/** One hyperparameter: a slider (logarithmic for rates and ε) and a typed entry. */
function hyperparameterControl(context: ControlsContext, info: HyperparameterInfo): TemplateResult {
  const { state, t } = context;
  const value = state.hyperparameters[info.name] ?? info.default;
  const id = `hp-${info.name}`;
  const log = info.slider.scale === 'log';
  const toSlider = (v: number) => (log ? Math.log10(Math.max(v, info.slider.min)) : v);
  const fromSlider = (v: number) => clean(log ? 10 ** v : v);
  const set = (next: number, phase: 'input' | 'change') =>
    context.change({ hyperparameters: { ...state.hyperparameters, [info.name]: next } }, phase);
  const fits = (v: number) =>
    info.constraint === 'positive' ? v > 0 : info.constraint === 'fraction' ? v >= 0 && v < 1 : v >= 0;
  const label = t(`control.hp.${info.name}`);
  const bad = context.badEntries.has(id);
  return html`<div class="field">
    <label for=${`${id}-slider`}>${label}</label>
    <input
      id=${`${id}-slider`}
      type="range"
      min=${toSlider(info.slider.min)}
      max=${toSlider(info.slider.max)}
      step=${log ? 'any' : String(info.slider.step ?? 0.001)}
      .value=${live(String(toSlider(value)))}
      aria-valuetext=${context.fmt(value, 4)}
      @input=${(event: Event) => {
        stop(event);
        const next = fromSlider(Number((event.target as HTMLInputElement).value));
        set(log ? Number(next.toPrecision(2)) : next, 'input');
      }}
      @change=${(event: Event) => {
        stop(event);
        const next = fromSlider(Number((event.target as HTMLInputElement).value));
        set(log ? Number(next.toPrecision(2)) : next, 'change');
      }}
    />
    <input
      id=${`${id}-entry`}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      aria-label=${t('control.typed', { name: label })}
      aria-invalid=${bad ? 'true' : 'false'}
      .value=${live(context.fmt(value, 4))}
      @input=${stop}
      @change=${(event: Event) => {
        stop(event);
        const parsed = parseTypedNumber((event.target as HTMLInputElement).value);
        const ok = Number.isFinite(parsed) && fits(parsed);
        context.markEntry(id, !ok);
        if (ok) set(parsed, 'change');
      }}
    />
  </div>`;
}

/** The optimizer kind and one control per hyperparameter of that kind. */
export function renderOptimizerControls(context: ControlsContext): TemplateResult {
  const { state, t } = context;
  const metadata = OPTIMIZER_METADATA[state.optimizer];
  return html`<fieldset part="optimizer-controls" ?disabled=${context.isLocked('optimizer-controls')}>
    <legend>${t('control.optimizer.legend')}</legend>
    ${select(
      'optimizer-kind',
      t('control.optimizer'),
      state.optimizer,
      OPTIMIZER_KINDS.map((kind) => ({ value: kind, label: t(`control.optimizer.${kind}`) })),
      (kind) => {
        // Keep values the learner set; fill this kind's missing ones with its defaults.
        const hyperparameters = { ...state.hyperparameters };
        for (const info of OPTIMIZER_METADATA[kind].hyperparameters) {
          if (!(info.name in hyperparameters)) hyperparameters[info.name] = info.default;
        }
        context.change({ optimizer: kind, hyperparameters }, 'change');
      },
    )}
    ${metadata.hyperparameters.map((info) => hyperparameterControl(context, info))}
  </fieldset>`;
}

// --- batching ------------------------------------------------------------------------------------

/** Online, mini-batch (with its size) or full batch. */
export function renderBatchingControls(context: ControlsContext): TemplateResult {
  const { state, t } = context;
  return html`<fieldset part="batching-controls" ?disabled=${context.isLocked('batching-controls')}>
    <legend>${t('control.batching.legend')}</legend>
    ${select(
      'batching-mode',
      t('control.batching'),
      state.batching.mode,
      BATCH_MODES.map((mode) => ({ value: mode, label: t(`control.batching.${mode}`) })),
      (mode) => context.change({ batching: { ...state.batching, mode } }, 'change'),
    )}
    ${
      state.batching.mode === 'mini-batch'
        ? numberField(
            context,
            'batching-size',
            t('control.batchSize'),
            state.batching.batchSize,
            (batchSize) => {
              if (!Number.isInteger(batchSize)) return false;
              context.change({ batching: { ...state.batching, batchSize } }, 'change');
              return true;
            },
            { min: 1, max: MAX_SIZE },
          )
        : nothing
    }
  </fieldset>`;
}
