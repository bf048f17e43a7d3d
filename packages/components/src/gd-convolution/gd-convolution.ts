// Over 500 lines (~545) only by its class JSDoc (~50 lines of attributes, events, parts and custom
// properties, from which the manifest and Storybook controls are built); the views, controls, model
// and autodiff check already live in their own files, and what remains is the element's state.
import { ConvError, type ConvLoss, type FilterBank, type Volume } from '@gd-playground/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { parseOption } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import { panelsLayoutStyles } from '../internal/panels-layout.js';
import { attr } from '../internal/schema.js';
import { PeerRefreshController, uniqueRegionName } from '../internal/widget-label.js';
import { type ControlsContext, renderPresets, renderSettings, renderStepControls } from './controls.js';
import './gd-convolution.messages.js';
import { checkWithAutodiff } from './autodiff-check.js';
import { convolutionStyles } from './gd-convolution.styles.js';
import {
  buildModel,
  type ConvModel,
  dimsOf,
  inputCellOf,
  type Position,
  patchesFed,
  positionKey,
  stepsOf,
  withCell,
} from './model.js';
import { parseInputText, parseKernelText, parseTyped, parseWhole, presetSettings } from './tensor-text.js';
import type { ConvViewContext } from './views/context.js';
import { renderProducts, renderSizeFormulas } from './views/formula.js';
import { type AutodiffCheck, renderGradients } from './views/gradients.js';
import { renderGrid2d } from './views/grid-2d.js';
import { highlightMatrixRows, renderMatrix } from './views/matrix.js';
import { renderSliding1d } from './views/sliding-1d.js';

/** `detail` of `gd-step`: the output the kernel is now on. */
export interface ConvolutionStepDetail {
  /** Index of the output in its channel (row-major), also its row in the banded / im2col matrix. */
  readonly index: number;
  readonly outChannel: number;
  readonly row: number;
  readonly col: number;
  /** The output's value: the sum of its products. */
  readonly value: number;
}

/** The two meanings of "convolution". */
export type ConvolutionMode = 'cross-correlation' | 'convolution';

const SETTINGS = ['input', 'kernel', 'padding', 'stride', 'dilation', 'mode', 'loss'] as const;
/** Which attribute a shape conflict is blamed on, first changed first. */
const BLAME_ORDER = ['kernel', 'input', 'dilation', 'padding', 'stride'] as const;

/**
 * Convolution by hand, as stacking and shifting a kernel (practicum C.7). The kernel slides over
 * the input one output at a time (play, step, step back, scrubber) and each output's products and
 * sum are written out; hovering or focusing an output lights its receptive field, an input cell
 * lights every output it feeds. The same numbers appear as a matrix product: the banded (Toeplitz)
 * matrix times the padded input in 1-D, the im2col patches times the flattened kernel in 2-D, with
 * the row of the current output lit. The output size formula carries the live numbers, shapes are
 * labelled as PyTorch writes them, a switch flips the kernel (true convolution; libraries compute
 * cross-correlation), and the gradients of L = Σ y²/2 or Σ y are shown with the convolutions they
 * are, checked against tfjs autodiff.
 *
 * 1-D or 2-D follows the shape of `input`: `"1,2,3,4,5"` is a signal, rows separated by `;` make an
 * image. Channels are separated by `|`; the kernel's output channels by `/` (each with one slice per
 * input channel), so the kernel is c_out × c_in × k.
 *
 * Keyboard: every control is native; each grid is one Tab stop (arrows move, Home/End); in an
 * input grid + and − change the cell by 1 and Enter edits it in the cell field.
 *
 * @summary Convolution by hand: sliding window, banded matrix and im2col, output size, gradients.
 *
 * @attr {string} input - The input: `1,2,3,4,5` (1-D), rows with `;` (2-D), channels with `|` (default `1,2,3,4,5`).
 * @attr {string} kernel - The kernel, same form; output channels with `/` (default `1,0,-1`).
 * @attr {string} padding - Zeros added at each end of each dimension, 0 to 8 (default `0`).
 * @attr {string} stride - Step between windows, 1 to 8 (default `1`).
 * @attr {string} dilation - Spacing between kernel taps, 1 to 8 (default `1`).
 * @attr {string} mode - `cross-correlation` (default, what deep-learning libraries compute) or `convolution` (kernel flipped).
 * @attr {string} loss - Loss of the gradients panel: `half-square` (L = Σ y²/2, default) or `sum` (L = Σ y).
 * @attr {boolean} hide-matrix - Hide the banded / im2col matrix.
 * @attr {boolean} hide-gradients - Hide the gradients panel.
 *
 * @fires {CustomEvent<ConvolutionStepDetail>} gd-step - The kernel moved to another output (play, step, scrubber, click): `{ index, outChannel, row, col, value }`.
 *
 * @csspart view - The sliding view (1-D rows or 2-D grids) with the products at the cursor.
 * @csspart products - The current output written out: products and sum.
 * @csspart matrix - The banded or im2col matrix product.
 * @csspart matrix-table - The matrix table itself.
 * @csspart formula - Output-size formulas and shapes.
 * @csspart shapes - The (N, C, …) shapes of input, kernel and output.
 * @csspart gradients - The gradients panel.
 * @csspart step-controls - Play, step back, step, reset, scrubber and speed.
 * @csspart settings - Padding, stride, dilation, flip, output channel and loss.
 * @csspart presets - Kernel and input presets and the cell editor.
 * @csspart problems - Messages about attribute values the widget could not use.
 * @csspart live - The visually hidden live region.
 *
 * @cssproperty [--gd-color-accent=#0a66c2] - The current window and the current output.
 * @cssproperty [--gd-color-class-0=#d55e00] - A receptive field under the pointer or focus. Dark theme: #e69f00.
 * @cssproperty [--gd-color-class-1=#0072b2] - Outputs fed by the input cell under the pointer or focus. Dark theme: #56b4e9.
 */
export class GdConvolution extends GdElement {
  static override styles = [...GdElement.styles, panelsLayoutStyles, convolutionStyles];
  static override messagesNamespace = 'gd-convolution';
  static override schema = [
    attr({
      attribute: 'input',
      property: 'input',
      parse: parseInputText,
      default: () => [[[1, 2, 3, 4, 5]]],
      resets: true,
    }),
    attr({
      attribute: 'kernel',
      property: 'kernel',
      parse: parseKernelText,
      default: () => [[[[1, 0, -1]]]],
      resets: true,
    }),
    attr({
      attribute: 'padding',
      property: 'padding',
      parse: (t: string) => parseWhole(t, 0, 8),
      default: 0,
    }),
    attr({
      attribute: 'stride',
      property: 'stride',
      parse: (t: string) => parseWhole(t, 1, 8, 'stride-zero'),
      default: 1,
    }),
    attr({
      attribute: 'dilation',
      property: 'dilation',
      parse: (t: string) => parseWhole(t, 1, 8),
      default: 1,
    }),
    attr({
      attribute: 'mode',
      property: 'mode',
      parse: (t: string) => parseOption(t, ['cross-correlation', 'convolution'] as const),
      default: 'cross-correlation' as ConvolutionMode,
    }),
    attr({
      attribute: 'loss',
      property: 'loss',
      parse: (t: string) => parseOption(t, ['half-square', 'sum'] as const),
      default: 'half-square' as ConvLoss,
    }),
  ];

  /** Input volume, channels × rows × columns (attribute `input`). */
  @property({ attribute: false }) input: Volume = [[[1, 2, 3, 4, 5]]];
  /** Kernel, c_out × c_in × rows × columns (attribute `kernel`). */
  @property({ attribute: false }) kernel: FilterBank = [[[[1, 0, -1]]]];
  /** Zero padding per side (attribute `padding`). */
  @property({ attribute: false }) padding = 0;
  /** Stride (attribute `stride`). */
  @property({ attribute: false }) stride = 1;
  /** Dilation (attribute `dilation`). */
  @property({ attribute: false }) dilation = 1;
  /** Cross-correlation (as libraries compute) or true convolution (attribute `mode`). */
  @property({ attribute: false }) mode: ConvolutionMode = 'cross-correlation';
  /** Loss of the gradients panel (attribute `loss`). */
  @property({ attribute: false }) loss: ConvLoss = 'half-square';
  /** Hide the matrix form. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-matrix' }) hideMatrix = false;
  /** Hide the gradients panel. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-gradients' }) hideGradients = false;

  @state() private model: ConvModel = buildModel({
    input: this.input,
    kernel: this.kernel,
    padding: 0,
    stride: 1,
    dilation: 1,
    flip: false,
    loss: 'half-square',
  });
  @state() private cursor = 0;
  @state() private outChannel = 0;
  @state() private playing = false;
  @state() private speed = 2;
  @state() private pointed?: { kind: 'input'; at: Position } | { kind: 'output'; patch: number };
  @state() private activeInput: Position = [0, 0, 0];
  @state() private activePatch = 0;
  @state() private autodiff: AutodiffCheck = { state: 'pending' };
  /** The attribute a shape conflict was last blamed on, so it is cleared once settings fit again. */
  private conflictOn?: string;
  private frame = 0;
  private lastTick = 0;
  private checkGeneration = 0;

  // --- settings → model -----------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    if (this.hasUpdated && !SETTINGS.some((name) => changed.has(name))) return;
    try {
      const next = buildModel({
        input: this.input,
        kernel: this.kernel,
        padding: this.padding,
        stride: this.stride,
        dilation: this.dilation,
        flip: this.mode === 'convolution',
        loss: this.loss,
      });
      if (this.conflictOn) this.clearProblem(this.conflictOn);
      this.conflictOn = undefined;
      const reshaped =
        next.trace.outRows !== this.model.trace.outRows ||
        next.trace.outCols !== this.model.trace.outCols ||
        next.trace.outChannels !== this.model.trace.outChannels ||
        next.trace.padded[0]?.length !== this.model.trace.padded[0]?.length ||
        next.trace.padded[0]?.[0]?.length !== this.model.trace.padded[0]?.[0]?.length ||
        next.trace.inChannels !== this.model.trace.inChannels;
      this.model = next;
      if (reshaped) {
        this.cursor = 0;
        this.outChannel = 0;
        this.activePatch = 0;
        this.activeInput = [0, 0, 0];
        this.pointed = undefined;
        this.pause();
      }
      this.startAutodiffCheck();
    } catch (error) {
      if (!(error instanceof ConvError)) throw error;
      const blamed = BLAME_ORDER.find((name) => changed.has(name)) ?? 'kernel';
      if (this.conflictOn && this.conflictOn !== blamed) this.clearProblem(this.conflictOn);
      this.conflictOn = blamed;
      const details = error.details as Record<string, number>;
      const size = (details['input'] ?? 0) + 2 * (details['padding'] ?? 0);
      this.reportProblem(
        blamed,
        this.getAttribute(blamed) ?? String((this as unknown as Record<string, unknown>)[blamed]),
        {
          code:
            error.code === 'channel-mismatch'
              ? 'channel-mismatch'
              : error.code === 'kernel-too-large'
                ? 'kernel-too-large'
                : 'shape',
          params: {
            span: details['span'] ?? details['kernel'] ?? 0,
            size,
            expected: details['expected'] ?? 0,
            actual: details['actual'] ?? 0,
          },
        },
      );
    }
  }

  /** Runs the autodiff check for the current model; a newer model's check wins. */
  private startAutodiffCheck(): void {
    const generation = ++this.checkGeneration;
    this.autodiff = { state: 'pending' };
    void checkWithAutodiff(this.model).then((check) => {
      if (generation === this.checkGeneration) this.autodiff = check;
    });
  }

  // --- stepping --------------------------------------------------------------------------------

  private get count(): number {
    return this.model.trace.outRows * this.model.trace.outCols;
  }

  private moveTo(index: number, announce = true): void {
    const next = Math.max(0, Math.min(this.count - 1, index));
    if (next === this.cursor) return;
    this.cursor = next;
    const step = stepsOf(this.model, this.outChannel)[next];
    if (!step) return;
    if (announce)
      this.announce(
        this.t('narrate', { name: this.outputName(step.row, step.col), value: this.fmt(step.sum) }),
      );
    this.emit<ConvolutionStepDetail>('gd-step', {
      index: next,
      outChannel: this.outChannel,
      row: step.row,
      col: step.col,
      value: step.sum,
    });
  }

  private outputName(row: number, col: number): string {
    return this.model.dims === 1 ? `y[${col}]` : `y[${row}][${col}]`;
  }

  private togglePlay(): void {
    if (this.playing) {
      this.pause();
      return;
    }
    if (this.cursor >= this.count - 1) this.moveTo(0, false);
    this.playing = true;
    this.lastTick = performance.now();
    this.frame = requestAnimationFrame((now) => this.tick(now));
  }

  private pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.frame);
  }

  /** One frame while playing: moves on once the speed's interval has passed. */
  private tick(now: number): void {
    if (!this.playing) return;
    if (now - this.lastTick >= 1000 / this.speed) {
      this.lastTick = now;
      this.moveTo(this.cursor + 1);
      if (this.cursor >= this.count - 1) {
        this.pause();
        return;
      }
    }
    this.frame = requestAnimationFrame((time) => this.tick(time));
  }

  protected override updated(): void {
    const pointed = this.pointed;
    highlightMatrixRows(
      this.renderRoot,
      this.cursor,
      pointed?.kind === 'output' ? pointed.patch : undefined,
      pointed?.kind === 'input' ? patchesFed(this.model, this.outChannel, pointed.at) : new Set(),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pause();
    this.checkGeneration++;
  }

  /** Tells the other widgets of this kind on the page when this one joins or leaves it. */
  private readonly peers = new PeerRefreshController(this);

  // --- user edits --------------------------------------------------------------------------------

  private setWhole(attribute: 'padding' | 'stride' | 'dilation', text: string): void {
    const spec = GdConvolution.schema.find((entry) => entry.attribute === attribute);
    const parsed = spec?.parse(text) as ReturnType<typeof parseWhole> | undefined;
    if (!parsed) return;
    if (!parsed.ok) {
      this.reportProblem(attribute, text, parsed.problem);
      return;
    }
    this.clearProblem(attribute);
    this[attribute] = parsed.value;
  }

  private inputCellOf(at: Position): [number, number, number] | undefined {
    return inputCellOf(this.model, at);
  }

  private setCell(at: Position, value: number): void {
    const next = withCell(this.model, at, value);
    if (next) this.input = next;
  }

  private editCell(at: Position, action: 'increment' | 'decrement' | 'open'): void {
    this.activeInput = at;
    if (action === 'open') {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#cell-editor')?.focus(),
      );
      return;
    }
    const cell = this.inputCellOf(at);
    if (!cell) return;
    const current = this.model.settings.input[cell[0]]?.[cell[1]]?.[cell[2]] ?? 0;
    this.setCell(at, current + (action === 'increment' ? 1 : -1));
  }

  /** Applies a preset: a 2-D one-channel kernel and input (the other side switches to 2-D if needed). */
  private applyPreset(kind: 'kernel' | 'input', name: string): void {
    // Read the properties, not the model: two presets picked before a render must both count.
    const pairOk =
      dimsOf(this.input, this.kernel) === 2 &&
      this.input.length === 1 &&
      this.kernel.length === 1 &&
      this.kernel[0]?.length === 1;
    const next = presetSettings(kind, name, !pairOk);
    if (next.input) this.input = next.input;
    if (next.kernel) this.kernel = next.kernel;
  }

  // --- rendering ---------------------------------------------------------------------------------

  private fmt = (value: number): string => this.num(value).replace('-', '−');

  private viewContext(): ConvViewContext {
    const steps = stepsOf(this.model, this.outChannel);
    const current = steps[Math.min(this.cursor, steps.length - 1)] ?? steps[0];
    if (!current) throw new Error('a convolution has at least one output');
    const pointed = this.pointed;
    const fieldStep = pointed?.kind === 'output' ? steps[pointed.patch] : undefined;
    return {
      t: (key, params) => this.t(key, params),
      fmt: this.fmt,
      regionName: (name) => uniqueRegionName(this, name, this.fmt),
      model: this.model,
      outChannel: this.outChannel,
      current,
      window: new Set(current.taps.map((tap) => positionKey(tap.channel, tap.paddedRow, tap.paddedCol))),
      field: new Set(
        fieldStep?.taps.map((tap) => positionKey(tap.channel, tap.paddedRow, tap.paddedCol)) ?? [],
      ),
      fed: pointed?.kind === 'input' ? patchesFed(this.model, this.outChannel, pointed.at) : new Set(),
      pointedPatch: pointed?.kind === 'output' ? pointed.patch : undefined,
      pointedInput: pointed?.kind === 'input' ? pointed.at : undefined,
      activeInput: this.activeInput,
      activePatch: this.activePatch,
      onInputEnter: (at, by) => {
        this.pointed = { kind: 'input', at };
        if (by === 'focus') this.activeInput = at;
      },
      onOutputEnter: (o, patch, by) => {
        if (o !== this.outChannel) this.outChannel = o;
        this.pointed = { kind: 'output', patch };
        if (by === 'focus') this.activePatch = patch;
      },
      onLeave: () => {
        this.pointed = undefined;
      },
      onPickOutput: (o, patch) => {
        this.outChannel = o;
        this.activePatch = patch;
        this.moveTo(patch);
      },
      onPickInput: (at) => {
        this.activeInput = at;
      },
      onEditInput: (at, action) => this.editCell(at, action),
      updated: () => this.updateComplete,
    };
  }

  private controlsContext(): ControlsContext {
    const at = this.activeInput;
    const cell = this.inputCellOf(at);
    const value = cell ? this.model.settings.input[cell[0]]?.[cell[1]]?.[cell[2]] : undefined;
    const where = cell ? (this.model.dims === 1 ? `x[${cell[2]}]` : `x[${cell[1]}][${cell[2]}]`) : '';
    return {
      t: (key, params) => this.t(key, params),
      fmt: this.fmt,
      playing: this.playing,
      cursor: this.cursor,
      count: this.count,
      speed: this.speed,
      padding: this.model.settings.padding,
      stride: this.model.settings.stride,
      dilation: this.model.settings.dilation,
      flip: this.model.settings.flip,
      loss: this.model.settings.loss,
      outChannel: this.outChannel,
      outChannels: this.model.trace.outChannels,
      editorLabel: cell
        ? this.t('editorLabel', { cell: `${this.model.trace.inChannels > 1 ? `c${cell[0]} ` : ''}${where}` })
        : this.t('editorPadding'),
      editorValue: value === undefined ? '' : String(value),
      onPlay: () => this.togglePlay(),
      onStep: (delta) => {
        this.pause();
        this.moveTo(this.cursor + delta);
      },
      onReset: () => {
        this.pause();
        this.moveTo(0);
      },
      onScrub: (index) => {
        this.pause();
        this.moveTo(index);
      },
      onSpeed: (speed) => {
        this.speed = speed;
      },
      onSetting: (attribute, text) => this.setWhole(attribute, text),
      onFlip: (flip) => {
        this.mode = flip ? 'convolution' : 'cross-correlation';
      },
      onLoss: (loss) => {
        this.loss = loss;
      },
      onOutChannel: (channel) => {
        this.outChannel = channel;
        this.activePatch = this.cursor;
      },
      onKernelPreset: (name) => this.applyPreset('kernel', name),
      onInputPreset: (name) => this.applyPreset('input', name),
      onEditor: (text) => {
        const parsed = parseTyped(text);
        if (parsed !== undefined) this.setCell(this.activeInput, parsed);
        else this.requestUpdate();
      },
    };
  }

  override render(): TemplateResult {
    const view = this.viewContext();
    const controls = this.controlsContext();
    const flip = this.model.settings.flip;
    // On a phone the panels stack under everything: keep the step buttons next to the view instead.
    const narrow = this.width > 0 && this.width < 700;
    // Parts that do not move with the cursor are only rebuilt when their inputs change: a step
    // then costs the sliding view, not a re-diff of the matrix and the gradient tables.
    const lang = this.i18n.locale;
    // What tells this widget's regions apart from its peers' (empty when alone): part of the
    // guards, so a peer arriving or leaving renames the cached parts too.
    const peers = uniqueRegionName(this, '');
    return html`${this.renderProblems()}
      <div class="layout">
        <div class="content">
          <section class="view" part="view" aria-label=${view.regionName(this.t('viewLabel'))}>
            ${this.model.dims === 1 ? renderSliding1d(view) : renderGrid2d(view)} ${renderProducts(view)}
            <p class="mode-note" data-value="mode">${this.t(flip ? 'noteConvolution' : 'noteCorrelation')}</p>
          </section>
          ${narrow ? renderStepControls(controls) : nothing}
          ${guard([this.model, lang, peers], () => renderSizeFormulas(view))}
          ${
            this.hideMatrix
              ? nothing
              : html`<section part="matrix" class="matrix-section">
                ${guard([this.model, this.outChannel, lang, peers], () => renderMatrix(view))}
              </section>`
          }
          ${this.hideGradients ? nothing : guard([this.model, this.outChannel, this.autodiff, lang, peers], () => renderGradients(view, this.autodiff))}
        </div>
        <div class="panels">
          ${narrow ? nothing : renderStepControls(controls)} ${renderSettings(controls)} ${renderPresets(controls)}
        </div>
      </div>
      ${this.renderLiveRegion()}`;
  }
}
