/**
 * The step as code: the next step of the run as two short programs side by side, element by element
 * (scalar loops) and vectorised (matrix form), in Python/NumPy or TypeScript/tfjs (a switch), with
 * the data and the current parameters written in, the results in comments, and a copy button for
 * each. Run, a program prints the batch loss and the new weights: the table's next row.
 */
import {
  Batcher,
  type Dataset,
  type ParameterValues,
  type SessionOptions,
  type StepRecord,
} from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { CodePanelState } from './code-panel-state.js';
import { type StepPrograms, stepPrograms } from './code-snippets.js';
import { MAX_CODE_ROWS } from './lazy-panels.js';
import type { PlaygroundState } from './state.js';
import { exactStep } from './step-math.js';

// Batches larger than MAX_CODE_ROWS are not written out (the programs would be mostly numbers).
export { MAX_CODE_ROWS };

const batchers = new WeakMap<SessionOptions, Batcher>();

/** The rows the session will use for step `step` (1-based): the same seeded order it draws from. */
export function batchRowsAt(options: SessionOptions, step: number): number[] {
  let batcher = batchers.get(options);
  if (!batcher) {
    batcher = new Batcher({
      size: options.dataset.targets.length,
      mode: options.batching?.mode ?? 'full',
      batchSize: options.batching?.batchSize,
      shuffle: options.batching?.shuffle,
      seed: options.seed ?? 0,
    });
    batchers.set(options, batcher);
  }
  return batcher.batchAt(step).indices;
}

/** The four programs for the step after `record`, or why there are none. */
export function programsAfter(
  state: PlaygroundState,
  options: SessionOptions,
  record: StepRecord,
): StepPrograms | 'softmax' | 'too-many-rows' {
  if (state.model === 'softmax') return 'softmax';
  const rows = batchRowsAt(options, record.step + 1);
  if (rows.length > MAX_CODE_ROWS) return 'too-many-rows';
  const data: Dataset = options.dataset;
  const parameters: ParameterValues = record.parameters;
  const step = exactStep(state, data, parameters, rows, record.step + 1);
  return step ? stepPrograms(step) : 'softmax';
}

/** What the code panel needs from the element. */
export interface CodePanelContext {
  readonly state: PlaygroundState;
  readonly options: SessionOptions | undefined;
  /** The record shown (the code computes the step after it). */
  readonly record: StepRecord | undefined;
  readonly panel: CodePanelState;
  readonly locked: boolean;
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly num: (value: number) => string;
  readonly regionName: (name: string) => string;
}

function block(c: CodePanelContext, which: 'loops' | 'vectorised', text: string): TemplateResult {
  const label = c.t(which === 'loops' ? 'code.loops' : 'code.vectorised');
  return html`<figure class="code-block" data-form=${which}>
    <figcaption>
      <span>${label}</span>
      <button type="button" class="copy" id=${`code-copy-${which}`} ?disabled=${c.locked} @click=${() => void c.panel.copy(which, text)}>
        ${c.panel.copied === which ? c.t('code.copied') : c.t('code.copy')}
      </button>
    </figcaption>
    <pre tabindex="0" role="region" aria-label=${c.regionName(`${label} (${c.t(`code.language.${c.panel.language}`)})`)}><code data-code=${which}>${text}</code></pre>
  </figure>`;
}

/** The code panel for the step after the shown record. */
export function renderCodePanel(c: CodePanelContext): TemplateResult | typeof nothing {
  const record = c.record;
  if (!record || !c.options) return nothing;
  const programs = programsAfter(c.state, c.options, record);
  const language = c.panel.language;
  const body =
    typeof programs === 'string'
      ? html`<p class="note">${c.t(`code.${programs}`, { max: c.num(MAX_CODE_ROWS) })}</p>`
      : html`<div class="code-columns">
          ${block(c, 'loops', language === 'python' ? programs.pythonLoops : programs.typescriptLoops)}
          ${block(c, 'vectorised', language === 'python' ? programs.pythonVectorised : programs.typescriptVectorised)}
        </div>
        <p class="note">${c.t(c.state.optimizer === 'sgd' ? 'code.prints' : 'code.otherOptimizer')}</p>`;
  const heading = c.t('code.heading', { step: c.num(record.step + 1) });
  return html`<section class="full code" part="code" aria-label=${c.regionName(heading)}>
    <h3 id="code-heading">${heading}</h3>
    <fieldset class="code-language" ?disabled=${c.locked}>
      <legend>${c.t('code.languageLabel')}</legend>
      ${(['python', 'typescript'] as const).map(
        (option) => html`<label>
          <input
            type="radio"
            name="code-language"
            value=${option}
            .checked=${language === option}
            @input=${(event: Event) => event.stopPropagation()}
            @change=${(event: Event) => {
              event.stopPropagation();
              c.panel.setLanguage(option);
            }}
          />
          ${c.t(`code.language.${option}`)}
        </label>`,
      )}
    </fieldset>
    ${body}
  </section>`;
}
