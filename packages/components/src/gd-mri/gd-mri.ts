import { type MaskKind, type RegularizerKind, ready, sheppLogan } from '@gd-playground/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { FrameBudget } from '../internal/frame-budget.js';
import { GdElement } from '../internal/gd-element.js';
import { PeerRefreshController, uniqueRegionName } from '../internal/widget-label.js';
import { renderCurve } from './curves-view.js';
import type { MriStepDetail } from './events.js';
import './gd-mri.messages.js';
import { mriStyles } from './gd-mri.styles.js';
import { imageFromFile } from './image-file.js';
import { type GrayRange, paintError, paintGray, paintKSpace } from './image-view.js';
import { MriRun } from './run.js';
import { DEFAULTS, mriSchema } from './settings.js';
import { renderUpdateRule } from './update-rule.js';

export type * from './events.js';

/** Images (phantom, file, reconstructions) are intensities in [0, 1]. */
const IMAGE_RANGE: GrayRange = { low: 0, high: 1 };

/**
 * Faster MRI (lesson C.6): a scanner measures k-space line by line; measuring 1/R of the lines makes
 * the scan R times shorter but the zero-filled image aliased. The widget reconstructs the image by
 * gradient descent on f(x) = ½‖M F x − y‖² + λ R(x) (R smoothed total variation or Tikhonov),
 * showing each iteration's image, error map, objective and RMSE/PSNR. Step sizes below 1/L, with
 * L = 1 + λ·L_R (L_R = 8/ε for TV, 8 for Tikhonov), never raise the objective.
 *
 * @summary MRI reconstruction from undersampled k-space as gradient descent on an image.
 *
 * @attr {string} size - Image side in pixels, 64 to 256 (default `128`).
 * @attr {string} mask - `full`, `equispaced`, `random` (default) or `variable-density`.
 * @attr {string} acceleration - Acceleration R, 2 to 8 (default `4`): 1/R of the lines are measured.
 * @attr {string} center - Fraction of central lines always measured, 0 to 0.5 (default `0.08`).
 * @attr {string} seed - Seed of the random masks (default `1`).
 * @attr {string} step-size - Step size η, 0 to 10 (default `0.35`).
 * @attr {string} lambda - Regulariser weight λ, 0 to 1 (default `0.002`).
 * @attr {string} epsilon - Smoothing ε of total variation, 0.001 to 1 (default `0.01`).
 * @attr {string} regularizer - `tv` (default) or `tikhonov`.
 * @attr {string} data-consistency - `true` to put the measured lines back after each step (default `false`).
 *
 * @fires {CustomEvent<MriStepDetail>} gd-step - After each iteration shown: `{ iteration, objective, error }`.
 *
 * @csspart pictures - The original, k-space, zero-filled and reconstructed images with error maps.
 * @csspart controls - Mask, acceleration, step size, λ, regulariser and run controls.
 * @csspart curves - Objective and RMSE per iteration.
 * @csspart rule - The update rule with the current numbers.
 * @csspart problems - Messages about attribute values the widget could not use.
 *
 * @cssproperty [--gd-color-class-0=#d1495b] - The zero-filled error level on the RMSE curve.
 * @cssproperty [--gd-color-class-1=#1f77b4] - The curves.
 * @cssproperty [--gd-color-accent=#0a66c2] - Focus rings.
 */
export class GdMri extends GdElement {
  static override styles = [...GdElement.styles, mriStyles];
  static override messagesNamespace = 'gd-mri';
  static override schema = mriSchema;

  /** Image side in pixels (attribute `size`, 64–256, default 128). */
  @property({ attribute: false }) size: number = DEFAULTS.size;
  /** Sampling pattern (attribute `mask`). */
  @property({ attribute: false }) mask: MaskKind = DEFAULTS.mask;
  /** Acceleration R (attribute `acceleration`, 2–8). */
  @property({ attribute: false }) acceleration: number = DEFAULTS.acceleration;
  /** Fraction of central lines always measured (attribute `center`). */
  @property({ attribute: false }) center: number = DEFAULTS.center;
  /** Seed of the random masks (attribute `seed`). */
  @property({ attribute: false }) seed: number = DEFAULTS.seed;
  /** Step size η (attribute `step-size`). */
  @property({ attribute: false }) stepSize: number = DEFAULTS.stepSize;
  /** Regulariser weight λ (attribute `lambda`). */
  @property({ attribute: false }) lambda: number = DEFAULTS.lambda;
  /** Smoothing ε of total variation (attribute `epsilon`). */
  @property({ attribute: false }) epsilon: number = DEFAULTS.epsilon;
  /** `tv` or `tikhonov` (attribute `regularizer`). */
  @property({ attribute: false }) regularizer: RegularizerKind = DEFAULTS.regularizer;
  /** Put measured lines back after each step (attribute `data-consistency`). */
  @property({ attribute: false }) dataConsistency: boolean = DEFAULTS.dataConsistency;

  /** Iterations per second while playing (fewer when a frame's time budget holds fewer). */
  @state() private speed = 30;
  @state() private playing = false;
  @state() private fileProblem = false;
  /** Bumped when a run's numbers change, to re-render. */
  @state() private revision = 0;

  @query('.original') private originalCanvas?: HTMLCanvasElement;
  @query('.kspace') private kspaceCanvas?: HTMLCanvasElement;
  @query('.zero') private zeroCanvas?: HTMLCanvasElement;
  @query('.zero-error') private zeroErrorCanvas?: HTMLCanvasElement;
  @query('.recon') private reconCanvas?: HTMLCanvasElement;
  @query('.recon-error') private reconErrorCanvas?: HTMLCanvasElement;

  private run?: MriRun;
  private starting?: Promise<void>;
  private pickedImage?: { size: number; values: Float32Array };
  /** Bumped by pause: a play loop from before it stops. */
  private playLoops = 0;
  private busy = false;
  /** What the canvases show, so a frame redraws only what changed. */
  private drawnFixed?: MriRun;
  private drawnImage?: Float32Array;
  /** Counts run restarts and disconnects: a start that is no longer the latest gives up. */
  private generation = 0;
  /** The step being computed, so a run is never disposed under it. */
  private inflight: Promise<unknown> = Promise.resolve();

  /** RMSE of the zero-filled image |Fᴴ y| against the original. */
  get zeroFilledError(): number {
    return this.run?.zeroFilledError ?? Number.NaN;
  }

  /** RMSE of the current reconstruction against the original. */
  get reconstructionError(): number {
    return this.run?.records.length ? this.run.current.rmse : Number.NaN;
  }

  /**
   * Plays at `speed` iterations per second, as many a frame as fit its time budget (see
   * `internal/frame-budget.ts`); the pictures and curves are redrawn at the next frame, apart from
   * the iterations.
   */
  play(): void {
    if (this.playing) return;
    this.playing = true;
    void this.playLoop(++this.playLoops);
  }

  /** Pauses playing. */
  pause(): void {
    this.playing = false;
    this.playLoops++;
  }

  /** One iteration; resolves when it is shown. */
  async step(): Promise<void> {
    await this.ready();
    await this.exclusive(async (run) => {
      const record = await run.step();
      this.shown();
      this.emit<MriStepDetail>('gd-step', {
        iteration: record.iteration,
        objective: record.objective,
        error: record.rmse,
      });
    });
  }

  /** Back one iteration (up to 200). */
  async stepBack(): Promise<void> {
    await this.ready();
    await this.exclusive(async (run) => {
      if (await run.stepBack()) this.shown();
    });
  }

  /** Runs `work` on the current run unless another step is computing (one at a time, never disposed under it). */
  private async exclusive(work: (run: MriRun) => Promise<void>): Promise<void> {
    const run = this.run;
    if (!run || this.busy) return;
    this.busy = true;
    const done = work(run);
    this.inflight = done.catch(() => undefined);
    try {
      await done;
    } finally {
      this.busy = false;
    }
  }

  /** Back to iteration 0, the zero-filled start. */
  async reset(): Promise<void> {
    this.pause();
    await this.ready();
    await this.exclusive(async (run) => {
      await run.restart();
      this.shown();
    });
  }

  /** Resolves when the current run has started (its fixed pictures read back). */
  async ready(): Promise<void> {
    await this.updateComplete;
    await this.starting;
  }

  private async playLoop(loop: number): Promise<void> {
    await this.ready();
    const current = () => this.playing && loop === this.playLoops && this.isConnected;
    let unshown = false;
    const budget = new FrameBudget(() => {
      if (!unshown || !current()) return;
      unshown = false;
      this.shown();
    });
    // Iterations the speed setting allows so far; capped so a stalled page does not burst after.
    let allowance = 0;
    let last = performance.now();
    await budget.frame();
    while (current()) {
      const now = performance.now();
      allowance = Math.min(allowance + ((now - last) * this.speed) / 1000, 2);
      last = now;
      if (allowance < 1) {
        await budget.frame();
        continue;
      }
      await budget.next();
      if (!current()) break;
      allowance -= 1;
      await this.exclusive(async (run) => {
        const record = await run.step();
        unshown = true;
        this.emit<MriStepDetail>('gd-step', {
          iteration: record.iteration,
          objective: record.objective,
          error: record.rmse,
        });
      });
    }
    if (unshown && this.isConnected) this.shown();
  }

  private shown(): void {
    this.revision++;
    this.drawRun();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.generation === 0 || this.resetRequested(changed)) this.restartRun();
    else if (this.run) Object.assign(this.run.reconstruction.settings, this.settings());
  }

  private settings() {
    return {
      regularizer: this.regularizer,
      lambda: this.lambda,
      epsilon: this.epsilon,
      stepSize: this.stepSize,
      dataConsistency: this.dataConsistency,
    };
  }

  /**
   * Starts a new run after the previous one is disposed and the backend is ready (the policy picks
   * the CPU backend for images this small). Starts chain, so two quick changes never overlap.
   */
  private restartRun(): void {
    this.pause();
    const generation = ++this.generation;
    const size = this.size;
    const truth = this.pickedImage?.size === size ? this.pickedImage.values : sheppLogan(size);
    const mask = { kind: this.mask, acceleration: this.acceleration, center: this.center, seed: this.seed };
    this.starting = this.disposeRun().then(async () => {
      await ready({ workload: { elementsPerOp: size * size } });
      if (generation !== this.generation || !this.isConnected) return;
      const run = new MriRun(truth, size, mask, this.settings());
      this.run = run;
      await run.start();
      if (this.run === run) this.shown();
    });
  }

  /** Disposes the current run once any start or step in progress has finished. */
  private disposeRun(): Promise<void> {
    return (this.starting ?? Promise.resolve()).then(async () => {
      await this.inflight;
      this.run?.dispose();
      this.run = undefined;
    });
  }

  /** Draws what changed: the fixed pictures once per run, the reconstruction when its image did. */
  private drawRun(): void {
    const run = this.run;
    if (!run || run.image.length === 0) return;
    const n = run.size;
    if (this.drawnFixed !== run) {
      this.drawnFixed = run;
      paintGray(this.originalCanvas, run.truth, n, IMAGE_RANGE);
      paintKSpace(this.kspaceCanvas, run.kSpace, run.lines, n);
      paintGray(this.zeroCanvas, run.zeroFilled, n, IMAGE_RANGE);
      paintError(this.zeroErrorCanvas, run.zeroFilled, run.truth, n, 0.25);
    }
    if (this.drawnImage !== run.image) {
      this.drawnImage = run.image;
      paintGray(this.reconCanvas, run.image, n, IMAGE_RANGE);
      paintError(this.reconErrorCanvas, run.image, run.truth, n, 0.25);
    }
  }

  protected override updated(): void {
    this.drawRun();
  }

  /** Tells the other widgets of this kind on the page when this one joins or leaves it. */
  private readonly peers = new PeerRefreshController(this);

  override disconnectedCallback(): void {
    this.pause();
    super.disconnectedCallback();
    this.generation++;
    this.starting = this.disposeRun();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.restartRun();
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      this.pickedImage = { size: this.size, values: await imageFromFile(file, this.size) };
      this.fileProblem = false;
      this.restartRun();
      this.requestUpdate();
    } catch {
      this.fileProblem = true;
      console.warn(
        `<gd-mri>: the file "${file.name}" could not be read as an image; the last image is kept.`,
      );
    }
  }

  private usePhantom(): void {
    this.pickedImage = undefined;
    this.fileProblem = false;
    this.restartRun();
  }

  private saving(): string {
    const run = this.run;
    if (!run) return '';
    const measured = run.lines.reduce((s, v) => s + v, 0);
    if (this.mask === 'full') return this.t('savingFull');
    const r = this.acceleration;
    const fraction = Number.isInteger(r)
      ? this.t(`fraction${r}`)
      : this.t('fractionOther', { p: this.num((100 * measured) / run.size, { maximumFractionDigits: 1 }) });
    return this.t('saving', { r: this.num(r), measured, total: run.size, fraction });
  }

  private onInput(property: 'stepSize' | 'lambda' | 'acceleration' | 'speed', event: Event): void {
    const value = Number((event.target as HTMLInputElement).value);
    if (!Number.isFinite(value)) return;
    if (property === 'speed') this.speed = value;
    else this[property] = value;
  }

  override render() {
    void this.revision;
    const run = this.run;
    const current = run?.records.length ? run.current : undefined;
    const fmt = (v: number, digits = 4) => this.num(v, { maximumSignificantDigits: digits });
    const lipschitz = run?.reconstruction.lipschitz ?? 1;
    const records = run?.records ?? [];
    return html`
      <section aria-label=${uniqueRegionName(this, this.t('label'), (n) => this.num(n))}>
        ${this.renderProblems()}
        <div part="pictures" class="pictures">
          <figure><canvas class="original" role="img" aria-label=${this.t('original')}></canvas><figcaption>${this.t('original')}</figcaption></figure>
          <figure><canvas class="kspace" role="img" aria-label=${this.t('kspace')}></canvas><figcaption>${this.t('kspace')}</figcaption></figure>
          <figure><canvas class="zero" role="img" aria-label=${this.t('zeroFilled')}></canvas><figcaption>${this.t('zeroFilled')}</figcaption></figure>
          <figure><canvas class="zero-error" role="img" aria-label=${this.t('zeroFilledError')}></canvas><figcaption>${this.t('zeroFilledError')}</figcaption></figure>
          <figure><canvas class="recon" role="img" aria-label=${this.t('reconstruction')}></canvas><figcaption>${this.t('reconstruction')}</figcaption></figure>
          <figure><canvas class="recon-error" role="img" aria-label=${this.t('reconstructionError')}></canvas><figcaption>${this.t('reconstructionError')}</figcaption></figure>
        </div>
        <p class="saving">${this.saving()}</p>
        <div part="controls" class="controls">
          <label>${this.t('pickFile')}<input type="file" accept="image/*" @change=${this.onFile}></label>
          <button type="button" @click=${this.usePhantom}>${this.t('usePhantom')}</button>
          ${this.fileProblem ? html`<p role="alert" class="file-problem">${this.t('badFile')}</p>` : nothing}
          <label>${this.t('mask')}<select @change=${(e: Event) => {
            this.mask = (e.target as HTMLSelectElement).value as MaskKind;
          }}>
            ${['full', 'equispaced', 'random', 'variable-density'].map((m) => html`<option value=${m} ?selected=${m === this.mask}>${this.t(`mask.${m}`)}</option>`)}
          </select></label>
          <label>${this.t('acceleration')} ${this.num(this.acceleration)}<input type="range" min="2" max="8" step="1" .value=${String(this.acceleration)} @change=${(e: Event) => this.onInput('acceleration', e)}></label>
          <label>${this.t('stepSize')}<input type="number" min="0.01" max="10" step="0.05" .value=${String(this.stepSize)} @change=${(e: Event) => this.onInput('stepSize', e)}></label>
          <label>${this.t('lambda')}<input type="number" min="0" max="1" step="0.001" .value=${String(this.lambda)} @change=${(e: Event) => this.onInput('lambda', e)}></label>
          <label>${this.t('regularizer')}<select @change=${(e: Event) => {
            this.regularizer = (e.target as HTMLSelectElement).value as RegularizerKind;
          }}>
            ${(['tv', 'tikhonov'] as const).map((r) => html`<option value=${r} ?selected=${r === this.regularizer}>${this.t(`regularizer.${r}`)}</option>`)}
          </select></label>
          <label class="inline"><input type="checkbox" .checked=${this.dataConsistency} @change=${(
            e: Event,
          ) => {
            this.dataConsistency = (e.target as HTMLInputElement).checked;
          }}>${this.t('dataConsistency')}</label>
          <button type="button" class="play" @click=${() => (this.playing ? this.pause() : this.play())}>${this.playing ? this.t('pause') : this.t('play')}</button>
          <button type="button" class="step" @click=${() => this.step()}>${this.t('step')}</button>
          <button type="button" class="step-back" ?disabled=${!run?.canStepBack} @click=${() => this.stepBack()}>${this.t('stepBack')}</button>
          <button type="button" class="reset" @click=${() => this.reset()}>${this.t('reset')}</button>
          <label>${this.t('speed')}<input type="range" min="1" max="60" step="1" .value=${String(this.speed)} @input=${(e: Event) => this.onInput('speed', e)}></label>
        </div>
        <p class="status" aria-live="polite">
          <span class="iteration">${this.t('iteration', { k: current?.iteration ?? 0 })}</span>:
          <span class="objective">${this.t('objective')} = ${current ? fmt(current.objective, 5) : '–'}</span>;
          <span class="errors">${current && run ? this.t('errors', { rmse: fmt(current.rmse), psnr: this.num(current.psnr, { maximumFractionDigits: 2, minimumFractionDigits: 2 }), zero: fmt(run.zeroFilledError), zeroPsnr: this.num(run.zeroFilledPsnr, { maximumFractionDigits: 2, minimumFractionDigits: 2 }) }) : ''}</span>
        </p>
        <div part="curves" class="curves">
          ${renderCurve(
            this.t('objective'),
            records.map((r) => r.objective),
            true,
          )}
          ${renderCurve(
            this.t('rmse'),
            records.map((r) => r.rmse),
            false,
            run?.zeroFilledError,
          )}
        </div>
        <div part="rule" class="rule">
          ${renderUpdateRule({ stepSize: fmt(this.stepSize), lambda: fmt(this.lambda), lipschitz: fmt(lipschitz), bound: fmt(1 / lipschitz), regularizer: this.regularizer, epsilon: fmt(this.epsilon) })}
          <p class="note">${this.t('startNote')}</p>
          <p class="note">${this.t('lipschitzNote', { bound: fmt(1 / lipschitz) })}</p>
          <p class="note learned">${this.t('learned')}</p>
        </div>
      </section>
    `;
  }
}
