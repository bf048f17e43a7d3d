/**
 * The widget's training run: one core session (through `TrainingController`) kept in step with the
 * parameters the widget shows. When the page or the learner sets weights or the bias, the session
 * restarts from them; when the data change, a new session is built; "reset" goes back to where the
 * last restart began. Results reach the element through the controller's callbacks.
 */
import { ready } from '@gd-playground/core';
import type { ReactiveControllerHost } from 'lit';
import { TrainingController, type TrainingControllerOptions } from '../internal/training-controller.js';
import { buildSessionOptions, type SigmoidData } from './data.js';

/** Weights and bias as plain numbers. */
export interface Params {
  readonly w: readonly number[];
  readonly b: number;
}

/** While playing, training is narrated at most this often (each step is when stepping by hand). */
const NARRATION_INTERVAL_MS = 1500;

export class TrainingRun {
  readonly controller: TrainingController;
  /** Where the run stands: converged runs pause; diverged ones can only be reset. */
  status: 'running' | 'converged' | 'diverged' = 'running';
  /** Parameters the session holds (from its last record, or the restart we asked for). */
  private synced?: Params;
  /** Where "reset" goes back to: the last parameters set by the page or the learner. */
  private start?: Params;
  private knownSession?: unknown;
  private restarting = false;
  private lastNarration = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: TrainingControllerOptions,
  ) {
    this.controller = new TrainingController(host, options);
  }

  /** The parameters to go back to on reset (undefined before the first session). */
  get resetPoint(): Params | undefined {
    return this.start;
  }

  /** True when there is a session, it is not restarting, and it holds `shown`. */
  matches(shown: Params): boolean {
    return this.controller.session !== undefined && !this.restarting && this.inSync(shown);
  }

  /** True when the latest steps should be narrated (and notes the time). */
  narrationDue(): boolean {
    const now = performance.now();
    if (this.controller.playing && now - this.lastNarration < NARRATION_INTERVAL_MS) return false;
    this.lastNarration = now;
    return true;
  }

  /** The session reported these parameters after a step. */
  recorded(params: Params): void {
    this.synced = params;
  }

  /** Forget the session's parameters (a reset is on its way). */
  forget(): void {
    this.synced = undefined;
    this.status = 'running';
  }

  disconnected(): void {
    this.knownSession = undefined;
  }

  /**
   * After each render: applies the learning rate, notes a new session's starting point, and restarts
   * the session when the shown parameters differ from what it holds.
   */
  sync(shown: Params, learningRate: number): void {
    const session = this.controller.session;
    if (!session) return;
    const hyper = session.optimizer.hyperparameters as Record<string, number>;
    if (hyper['learningRate'] !== learningRate) hyper['learningRate'] = learningRate;
    if (session !== this.knownSession) {
      // A new session (first one, or rebuilt after reconnecting): it starts from its options' init.
      this.knownSession = session;
      const init = session.options.model.init as { w: number[]; b?: number[] };
      this.synced = { w: init.w, b: init.b?.[0] ?? 0 };
    }
    if (!this.restarting && !this.inSync(shown)) void this.restart(shown);
  }

  /** Builds a new session on `data` starting at `params`. */
  async configure(data: SigmoidData, params: Params, learningRate: number): Promise<void> {
    const start: Params = { w: [...params.w], b: params.b };
    // Called from updated(): reactive changes wait a microtask, or Lit warns of a change-in-update.
    await Promise.resolve();
    this.controller.pause();
    this.status = 'running';
    this.start = start;
    this.synced = undefined;
    this.knownSession = undefined;
    try {
      await ready();
      await this.controller.configure(
        buildSessionOptions({ data, weights: start.w, bias: start.b, learningRate }),
      );
    } catch (error) {
      console.warn(`<${this.host.localName}>: could not start training: ${(error as Error).message}`);
    }
    this.host.requestUpdate();
  }

  /** Moves the session to parameters the page or the learner chose (training starts again from there). */
  async restart(params: Params): Promise<void> {
    const session = this.controller.session;
    if (!session) return;
    this.restarting = true;
    this.synced = { w: [...params.w], b: params.b };
    // Called from updated(): reactive changes wait a microtask (see configure).
    await Promise.resolve();
    this.controller.pause();
    this.start = this.synced;
    this.status = 'running';
    try {
      await session.restartFrom({ w: [...params.w], b: [params.b] });
    } catch {
      // Disposed meanwhile (disconnected): the next session starts from the shown parameters.
    } finally {
      this.restarting = false;
      this.host.requestUpdate();
    }
  }

  private inSync(shown: Params): boolean {
    const synced = this.synced;
    if (!synced) return false;
    return (
      synced.b === shown.b && synced.w.length === shown.w.length && synced.w.every((v, i) => v === shown.w[i])
    );
  }
}
