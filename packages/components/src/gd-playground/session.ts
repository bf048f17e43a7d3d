// About 500 lines: one concept (the run kept in step with the state: session, landscape, history, stepping); its panels and views live in their own files.
/**
 * The playground's run: one training session kept in step with the state (a new session when the
 * data, model, loss or batching change; a restart when only the start point does; a live optimizer
 * switch or hyperparameter change otherwise), the loss landscape for it, and the run's verbs (play,
 * step, step back, the history scrubber, reset, train until converged) with their events.
 */
import {
  type Dataset,
  type OptimizerKind,
  type ParameterValues,
  ready,
  type StepRecord,
  type TrainingSession,
} from '@gd-playground/core';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { TrainingController } from '../internal/training-controller.js';
import type {
  PlaygroundConvergedDetail,
  PlaygroundDivergedDetail,
  PlaygroundResetDetail,
  PlaygroundStepDetail,
} from './events.js';
import { exactRecord, exactTail } from './exact-ledger.js';
import { type RunControlsContext, type RunOutcome, renderRunControls } from './run-controls.js';
import {
  isSolutionError,
  normalEquationSolution,
  type PlaygroundState,
  type SolutionProblem,
  sessionOptions,
  toOriginalUnits,
  toTrainingUnits,
} from './state.js';
import {
  computePlaygroundLandscape,
  landscapeAxes,
  landscapePoint,
  type PlaygroundLandscape,
} from './views/landscape-source.js';

/** Steps a "train until converged" run takes at most, and per frame at least. */
const TRAIN_LIMIT = 10_000;
const TRAIN_SPEED = 100;
const NARRATION_INTERVAL_MS = 1500;
/** Latest shown records recomputed in float64: the table's rows, the status, the probe and the code. */
const LEDGER_ROWS = 12;

/** The fields of the state whose change needs a new training session. */
function sessionKeyOf(state: PlaygroundState): string {
  // Not the optimizer: switching it keeps the run going (`session.setOptimizer`).
  const { data, model, bias, loss, convention, delta, batching, seed, standardize } = state;
  return JSON.stringify({ data, model, bias, loss, convention, delta, batching, seed, standardize });
}

/** The fields of the state whose change needs a new loss landscape. */
function landscapeKeyOf(state: PlaygroundState): string {
  const { data, model, bias, loss, convention, delta, standardize, start } = state;
  return JSON.stringify({ data, model, bias, loss, convention, delta, standardize, start });
}

/** What the run needs from the element. */
export interface SessionHooks {
  /** The state in use. */
  readonly state: () => PlaygroundState;
  /** The data set in original units, once built. */
  readonly points: () => Dataset | undefined;
  /** Identifies the data set (the solution is cached per data set, model and bias). */
  readonly datasetKey: () => string;
  /** True while attribute changes wait to be composed into the state. */
  readonly pending: () => boolean;
  /** A rewind went back past an optimizer switch: the state takes back that optimizer. */
  readonly adoptOptimizer: (kind: OptimizerKind, hyperparameters: Readonly<Record<string, number>>) => void;
  readonly emit: <T>(type: `gd-${string}`, detail: T) => void;
  /** Narrates a message (by key) through the live region. */
  readonly say: (key: string, params?: Readonly<Record<string, unknown>>) => void;
  readonly fmt: (value: number, digits?: number) => string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class PlaygroundSession {
  readonly training: TrainingController;
  private outcomeValue?: RunOutcome;
  private viewStepValue?: number;
  private landscapeValue?: PlaygroundLandscape;
  private configuring = false;
  private restarting = false;
  private untilConverged = false;
  private trainedSteps = 0;
  private lastNarration = 0;
  private sessionKey = '';
  private startKey = '';
  private landscapeKey = '';
  private landscapeGeneration = 0;
  /** Cancels the landscape being refined when the data, loss or model change, or the element leaves. */
  private landscapeAbort?: AbortController;
  private keysMemo?: { state: PlaygroundState; session: string; start: string; landscape: string };
  private solutionCache?: { key: string; value: ParameterValues | SolutionProblem };

  constructor(
    private readonly host: Host,
    private readonly hooks: SessionHooks,
  ) {
    this.training = new TrainingController(host, {
      stepsPerFrame: () => {
        const speed = this.hooks.state().speed;
        return this.untilConverged ? Math.max(TRAIN_SPEED, speed) : speed;
      },
      onRecords: (records, session) => this.onRecords(records, session),
      onSettled: (kind, detail) => this.onSettled(kind, detail as PlaygroundDivergedDetail),
    });
  }

  // --- what the views show ------------------------------------------------------------------

  /** The live session, or undefined while it is being built. */
  get session(): TrainingSession | undefined {
    return this.training.session;
  }

  get playing(): boolean {
    return this.training.playing;
  }

  /** True when the session exists and is neither being built nor restarted. */
  get ready(): boolean {
    return Boolean(this.training.session) && !this.configuring && !this.restarting;
  }

  /** The kept history (empty while not ready), and the part of it up to the scrubbed step. */
  histories(): { kept: readonly StepRecord[]; shown: readonly StepRecord[] } {
    const session = this.training.session;
    const kept = this.ready && session ? session.history : [];
    const index = this.viewStep === undefined ? -1 : kept.findIndex((r) => r.step === this.viewStep);
    const shown = index < 0 ? kept : kept.slice(0, index + 1);
    // The ledger's latest rows in float64 (exact-ledger.ts); the curve's older points need no more.
    if (!session || shown.length === 0) return { kept, shown };
    return { kept, shown: exactTail(this.hooks.state(), session.options.dataset, shown, LEDGER_ROWS) };
  }

  /** Why the last run stopped by itself. */
  get outcome(): RunOutcome | undefined {
    return this.outcomeValue;
  }

  private set outcome(value: RunOutcome | undefined) {
    if (value === this.outcomeValue) return;
    this.outcomeValue = value;
    this.host.requestUpdate();
  }

  /** The step the history scrubber shows, when it is not the latest (nothing is dropped until the run continues). */
  get viewStep(): number | undefined {
    return this.viewStepValue;
  }

  private set viewStep(value: number | undefined) {
    if (value === this.viewStepValue) return;
    this.viewStepValue = value;
    this.host.requestUpdate();
  }

  /** The loss landscape around the run, once computed (undefined with one parameter). */
  get landscape(): PlaygroundLandscape | undefined {
    return this.landscapeValue;
  }

  private set landscape(value: PlaygroundLandscape | undefined) {
    this.landscapeValue = value;
    this.host.requestUpdate();
  }

  /** The run controls (play, step, step back, reset, train, scrubber) for the shown step. */
  renderControls(c: Pick<RunControlsContext, 't' | 'fmt' | 'locked' | 'speed' | 'onSpeed'>): TemplateResult {
    const { kept, shown } = this.histories();
    const record = shown[shown.length - 1];
    return renderRunControls({
      ...c,
      ready: this.ready,
      playing: this.playing,
      step: record?.step ?? 0,
      loss: record?.loss,
      canStepBack: shown.length > 1,
      history: {
        first: kept[0]?.step ?? 0,
        last: kept[kept.length - 1]?.step ?? 0,
        shown: record?.step ?? 0,
      },
      outcome: this.outcome,
      onScrub: (step) => this.showStep(step),
      onPlay: () => (this.playing ? this.pause() : this.play()),
      onStep: () => void this.step(1),
      onStepBack: () => void this.stepBack(),
      onReset: () => void this.reset(),
      onTrain: () => this.trainUntilConverged(),
    });
  }

  // --- the run's verbs ----------------------------------------------------------------------

  play(): void {
    this.continueFromView();
    if (this.outcome?.kind === 'diverged') return;
    this.untilConverged = false;
    this.training.play();
  }

  pause(): void {
    this.untilConverged = false;
    this.training.pause();
  }

  async step(count: number): Promise<void> {
    await this.whenReady();
    this.continueFromView();
    await this.training.step(count);
    await this.host.updateComplete;
  }

  async stepBack(): Promise<void> {
    await this.whenReady();
    const session = this.training.session;
    if (!session) return;
    const first = session.history[0]?.step ?? 0;
    const step = this.viewStep ?? session.current.step;
    if (step <= first) return;
    this.pause();
    this.rewindSession(session, step - 1);
    this.narrate(step - 1, session.current.loss);
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  showStep(step: number): void {
    const session = this.training.session;
    if (!session || !Number.isFinite(step)) return;
    this.pause();
    const first = session.history[0]?.step ?? 0;
    const shown = Math.max(first, Math.round(step));
    this.viewStep = shown >= session.current.step ? undefined : shown;
    const record = session.history.find((r) => r.step === shown) ?? session.current;
    this.narrate(record.step, record.loss);
  }

  async reset(): Promise<void> {
    this.pause();
    await this.whenReady();
    const session = this.training.session;
    if (!session) return;
    this.outcome = undefined;
    this.viewStep = undefined;
    this.restarting = true;
    try {
      await session.reset();
    } finally {
      this.restarting = false;
    }
    this.hooks.emit<PlaygroundResetDetail>('gd-reset', { step: 0 });
    this.hooks.say('run.resetDone');
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  trainUntilConverged(): void {
    this.continueFromView();
    if (this.outcome?.kind === 'diverged') return;
    this.untilConverged = true;
    this.trainedSteps = 0;
    this.training.play();
  }

  /** Resolves once the session matches the state (and the landscape is being computed for it). */
  async whenReady(): Promise<void> {
    for (let i = 0; i < 500; i++) {
      await this.host.updateComplete;
      const keys = this.keysOf(this.hooks.state());
      if (
        this.ready &&
        !this.hooks.pending() &&
        this.sessionKey === keys.session &&
        this.startKey === keys.start
      ) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private narrate(step: number, loss: number): void {
    this.hooks.say('run.narrate', { step: this.hooks.fmt(step), loss: this.hooks.fmt(loss, 4) });
  }

  /** If the scrubber shows an earlier step, makes it the current one (later steps are dropped). */
  private continueFromView(): void {
    const session = this.training.session;
    const step = this.viewStep;
    this.viewStep = undefined;
    if (session && step !== undefined && step < session.current.step) this.rewindSession(session, step);
  }

  /** Rewinds the run, and takes back the optimizer that made that step if the learner switched since. */
  private rewindSession(session: TrainingSession, step: number): void {
    this.viewStep = undefined;
    session.rewind(step);
    this.outcome = undefined;
    const live = session.optimizer;
    if (live.kind !== this.hooks.state().optimizer)
      this.hooks.adoptOptimizer(live.kind, live.hyperparameters);
    this.hooks.emit<PlaygroundResetDetail>('gd-reset', { step });
  }

  // --- keeping the session in step with the state -------------------------------------------

  /** What decides a new session, a restart and a new landscape: computed once per state object, not per frame. */
  private keysOf(state: PlaygroundState): { session: string; start: string; landscape: string } {
    if (this.keysMemo?.state !== state) {
      this.keysMemo = {
        state,
        session: sessionKeyOf(state),
        start: JSON.stringify(state.start),
        landscape: landscapeKeyOf(state),
      };
    }
    return this.keysMemo;
  }

  /** After each render: a new session, a restart, or the live optimizer updated; a new landscape when due. */
  sync(state: PlaygroundState, points: Dataset | undefined): void {
    const { session: sessionKey, start: startKey, landscape: landscapeKey } = this.keysOf(state);
    const session = this.training.session;
    if (points && sessionKey !== this.sessionKey) {
      this.sessionKey = sessionKey;
      this.startKey = startKey;
      void this.configureSession(state, points);
    } else if (points && session && startKey !== this.startKey && !this.configuring) {
      this.startKey = startKey;
      void this.restartFrom(session, state, points);
    }
    // Not while restarting: the session's history is empty until its new step 0 is recorded.
    if (session && !this.configuring && !this.restarting) {
      const wanted = sessionOptions(state, points ?? session.options.dataset).hyperparameters ?? {};
      // A new optimizer joins the run where it is: parameters and history stay, its state starts at zero.
      if (session.optimizer.kind !== state.optimizer) session.setOptimizer(state.optimizer, wanted);
      // Hyperparameters go to the live optimizer: a slider takes effect from the next step.
      const live = session.optimizer.hyperparameters as Record<string, number>;
      for (const [name, value] of Object.entries(wanted)) {
        if (live[name] !== value) live[name] = value;
      }
      if (this.landscapeKey !== landscapeKey && points) void this.computeLandscape(state, points, session);
    }
  }

  /** The element left the page: everything is built again when it comes back. */
  forget(): void {
    this.sessionKey = '';
    this.startKey = '';
    this.landscapeKey = '';
    this.landscapeGeneration++;
    this.landscapeAbort?.abort();
  }

  private async configureSession(state: PlaygroundState, dataset: Dataset): Promise<void> {
    this.configuring = true;
    this.landscapeKey = '';
    // Called from updated(): reactive changes wait a microtask, or Lit warns of a change-in-update.
    await Promise.resolve();
    this.training.pause();
    this.untilConverged = false;
    this.outcome = undefined;
    this.viewStep = undefined;
    try {
      await ready();
      await this.training.configure(sessionOptions(state, dataset));
    } catch (error) {
      console.warn(`<${this.host.localName}>: could not start training: ${(error as Error).message}`);
    } finally {
      this.configuring = false;
      this.host.requestUpdate();
    }
  }

  private async restartFrom(
    session: TrainingSession,
    state: PlaygroundState,
    dataset: Dataset,
  ): Promise<void> {
    this.restarting = true;
    // Called from updated(): reactive changes wait a microtask (see configureSession).
    await Promise.resolve();
    this.training.pause();
    this.untilConverged = false;
    this.outcome = undefined;
    this.viewStep = undefined;
    try {
      if (state.start === null) await session.reset();
      else await session.restartFrom(toTrainingUnits(state, dataset, state.start));
      this.hooks.emit<PlaygroundResetDetail>('gd-reset', { step: 0 });
    } catch (error) {
      console.warn(`<${this.host.localName}>: could not restart: ${(error as Error).message}`);
    } finally {
      this.restarting = false;
      this.host.requestUpdate();
    }
  }

  private async computeLandscape(state: PlaygroundState, dataset: Dataset, session: TrainingSession) {
    this.landscapeKey = landscapeKeyOf(state);
    const generation = ++this.landscapeGeneration;
    // Called from updated(): `this.landscape` is set a microtask later at the earliest.
    await Promise.resolve();
    const start = session.history[0]?.parameters;
    if (generation !== this.landscapeGeneration) return;
    if (!start) {
      this.landscapeKey = ''; // restarting meanwhile: computed again once step 0 is recorded
      return;
    }
    const include: { x: number; y: number }[] = [];
    const solution = this.solution(state, dataset);
    try {
      const axes = landscapeAxes(state, dataset);
      if (solution) {
        const point = landscapePoint(
          { xParameter: axes.x, yParameter: axes.y },
          toTrainingUnits(state, dataset, solution),
        );
        include.push(point);
      }
      this.landscapeAbort?.abort();
      const controller = new AbortController();
      this.landscapeAbort = controller;
      // The coarse picture shows within a few ms; refined rows follow in slices between frames.
      let shownAt = 0;
      const landscape = await computePlaygroundLandscape(state, dataset, start, {
        include,
        signal: controller.signal,
        onProgress: (picture, progress) => {
          if (generation !== this.landscapeGeneration) return;
          // Redrawing the landscape (heatmap and contours of the whole grid) costs a task of its
          // own: show the coarse picture at once, then a refined one at most every 500 ms.
          const now = performance.now();
          if (progress.stage === 'refining' && now - shownAt < 500) return;
          shownAt = now;
          this.landscape = picture;
        },
      });
      if (generation === this.landscapeGeneration) this.landscape = landscape;
    } catch {
      // One parameter (no 2-D landscape), or the data changed meanwhile: no parameter view.
      if (generation === this.landscapeGeneration) this.landscape = undefined;
    }
  }

  // --- the normal-equation solution ---------------------------------------------------------

  /** The normal-equation solution in original units (linear models), or why there is none. */
  solutionOrProblem(state: PlaygroundState, dataset: Dataset): ParameterValues | SolutionProblem {
    const key = `${this.hooks.datasetKey()}|${state.model}|${state.bias}`;
    if (this.solutionCache?.key !== key) {
      this.solutionCache = { key, value: normalEquationSolution(state, dataset) };
    }
    return this.solutionCache.value;
  }

  /** The normal-equation solution in original units (linear models), or undefined. */
  solution(state: PlaygroundState, dataset: Dataset): ParameterValues | undefined {
    const result = this.solutionOrProblem(state, dataset);
    return isSolutionError(result) ? undefined : result;
  }

  // --- what the session reports -------------------------------------------------------------

  private onRecords(records: readonly StepRecord[], session: TrainingSession): void {
    const float32Last = records[records.length - 1];
    const points = this.hooks.points();
    if (!float32Last || !points) return;
    const kept = session.history;
    const last = exactRecord(this.hooks.state(), session.options.dataset, float32Last, kept[kept.length - 2]);
    this.viewStep = undefined;
    const parameters = toOriginalUnits(this.hooks.state(), points, last.parameters);
    this.hooks.emit<PlaygroundStepDetail>('gd-step', { step: last.step, loss: last.loss, parameters });
    if (this.untilConverged) {
      this.trainedSteps += records.length;
      if (this.trainedSteps >= TRAIN_LIMIT || session.status === 'converged') this.pause();
    }
    const now = performance.now();
    if (!this.training.playing || now - this.lastNarration >= NARRATION_INTERVAL_MS) {
      this.lastNarration = now;
      this.narrate(last.step, last.loss);
    }
  }

  private onSettled(kind: 'converged' | 'diverged', detail: PlaygroundDivergedDetail): void {
    const { fmt } = this.hooks;
    if (kind === 'converged') {
      this.outcome = { kind, step: detail.step, loss: detail.loss };
      if (this.untilConverged) this.pause();
      this.hooks.emit<PlaygroundConvergedDetail>('gd-converged', { step: detail.step, loss: detail.loss });
      this.hooks.say('run.converged', { step: fmt(detail.step), loss: fmt(detail.loss, 4) });
    } else {
      this.untilConverged = false;
      this.outcome = { kind, step: detail.step, loss: detail.loss, reason: detail.reason };
      this.hooks.emit<PlaygroundDivergedDetail>('gd-diverged', {
        step: detail.step,
        loss: detail.loss,
        reason: detail.reason,
      });
      this.hooks.say(detail.reason === 'not-finite' ? 'run.divergedNotFinite' : 'run.diverged', {
        step: fmt(detail.step),
      });
    }
    this.host.requestUpdate();
  }
}
