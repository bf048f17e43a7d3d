/**
 * The slider's standalone run: gradient descent on the one-point problem, step by step or played,
 * stopping when it comes within the tolerance, reaches the step budget, or diverges; with the
 * events it fires and the status sentence that says where it is.
 */
import {
  type DivergenceReason,
  datasetFromArrays,
  type SessionOptions,
  type StepRecord,
  type TrainingSession,
} from '@gd-playground/core';
import type { ReactiveControllerHost } from 'lit';
import { TrainingController } from '../internal/training-controller.js';
import type { Visit } from './charts.js';
import { optimum } from './regime.js';
import type { Settings } from './settings.js';

/** `detail` of `gd-step`: one step of the standalone run. */
export interface GdLrSliderStepDetail {
  /** 1 for the first update. */
  readonly step: number;
  /** The weight after the step. */
  readonly w: number;
  /** The loss at that weight. */
  readonly loss: number;
}

/** `detail` of `gd-converged`: the run came within `tolerance` of the minimum. */
export interface GdLrSliderConvergedDetail {
  readonly step: number;
  readonly w: number;
  readonly loss: number;
}

/** `detail` of `gd-diverged`: the run stopped because it blew up. */
export interface GdLrSliderDivergedDetail {
  readonly step: number;
  /** `not-finite`: w or the loss stopped being a finite number; `loss-exploded`: the loss grew a million-fold. */
  readonly reason: DivergenceReason;
}

/** Where the standalone run is. */
export type RunStatus = 'ready' | 'running' | 'converged' | 'budget' | 'diverged';

/** A training session for the one-point problem: a linear model without bias, from w = start. */
export function sessionOptions(settings: Settings): SessionOptions {
  return {
    dataset: datasetFromArrays({ features: [[settings.x]], targets: [settings.target] }),
    model: { kind: 'linear', features: 1, bias: false, init: { w: [settings.start] } },
    loss: 'mse',
    lossOptions: { convention: settings.convention },
    optimizer: 'sgd',
    hyperparameters: { learningRate: settings.learningRate },
    historyLimit: Math.max(settings.steps, 100),
  };
}

/** What the run needs from the element. */
export interface RunHooks {
  readonly settings: () => Settings;
  readonly emit: <T>(type: `gd-${string}`, detail: T) => void;
  /** The run reached a new state worth announcing (converged, out of budget, diverged). */
  readonly announce: () => void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class SliderRun {
  readonly controller: TrainingController;
  status: RunStatus = 'ready';
  divergence?: { step: number; reason: DivergenceReason; loss: number };
  /** Where the run first came within the tolerance. */
  convergedAt?: Visit;
  /** Settles when the session for the current settings exists. */
  building: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: Host,
    private readonly hooks: RunHooks,
  ) {
    this.controller = new TrainingController(host, {
      stepsPerFrame: () => 1,
      onRecords: (records) => this.onRecords(records),
      onSettled: (kind, detail) => {
        if (kind === 'diverged')
          this.onDiverged(detail as { step: number; reason: DivergenceReason; loss: number });
      },
    });
  }

  get session(): TrainingSession | undefined {
    return this.controller.session;
  }

  get playing(): boolean {
    return this.controller.playing;
  }

  /** True when a step can be taken: a session, not diverged, and steps left in the budget. */
  get canStep(): boolean {
    const last = this.controller.session?.history.at(-1);
    return !!last && this.status !== 'diverged' && last.step < this.hooks.settings().steps;
  }

  /** Resolves when the session for the current settings exists. */
  async whenBuilt(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.building;
      await seen;
    } while (seen !== this.building);
  }

  play(): void {
    if (!this.canStep) return;
    this.setStatus('running');
    this.controller.play();
  }

  pause(): void {
    this.controller.pause();
  }

  /** Runs `count` steps now, never beyond the budget. */
  async step(count: number): Promise<void> {
    const session = this.controller.session;
    if (!session || !this.canStep) return;
    const steps = this.hooks.settings().steps;
    const remaining = steps - (session.history.at(-1)?.step ?? steps);
    if (remaining <= 0) return;
    if (this.status === 'ready') this.setStatus('running');
    await this.controller.step(Math.min(Math.max(1, Math.round(count)), remaining));
  }

  /** Starts over from the start weight (same rate). */
  async reset(): Promise<void> {
    const session = this.controller.session;
    if (!session) return;
    this.restart();
    await session.reset();
    this.host.requestUpdate();
  }

  /** A new session for new settings (the problem changed), or none in linked mode. */
  configure(settings: Settings | undefined): void {
    if (settings) this.restart();
    this.building = this.controller.configure(settings ? sessionOptions(settings) : undefined);
  }

  /** A new rate on the same problem: the live optimizer takes it and the run starts over. */
  changeRate(rate: number): void {
    const session = this.controller.session;
    this.restart();
    if (!session) return;
    (session.optimizer.hyperparameters as Record<string, number>).learningRate = rate;
    this.building = session.reset().then(() => this.host.requestUpdate());
  }

  /** Forgets how the previous run ended (a new rate, problem or reset starts a new run). */
  restart(): void {
    this.setStatus(this.controller.playing ? 'running' : 'ready');
    this.divergence = undefined;
    this.convergedAt = undefined;
  }

  /** The weights visited so far, with their losses. */
  visits(): Visit[] {
    const history = this.controller.session?.history ?? [];
    return history.map((record) => ({
      step: record.step,
      w: record.parameters.w?.[0] ?? Number.NaN,
      loss: record.loss,
    }));
  }

  private setStatus(status: RunStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private onRecords(records: readonly StepRecord[]): void {
    const settings = this.hooks.settings();
    const best = optimum(settings);
    for (const record of records) {
      const w = record.parameters.w?.[0] ?? Number.NaN;
      this.hooks.emit<GdLrSliderStepDetail>('gd-step', { step: record.step, w, loss: record.loss });
      if (this.status === 'diverged') continue;
      if (!this.convergedAt && Math.abs(w - best) <= settings.tolerance) {
        this.convergedAt = { step: record.step, w, loss: record.loss };
        this.setStatus('converged');
        this.controller.pause();
        this.hooks.emit<GdLrSliderConvergedDetail>('gd-converged', {
          step: record.step,
          w,
          loss: record.loss,
        });
        this.hooks.announce();
      }
    }
    const last = records[records.length - 1];
    if (last && this.status !== 'diverged' && last.step >= settings.steps) {
      this.controller.pause();
      if (this.status !== 'converged') {
        this.setStatus('budget');
        this.hooks.announce();
      }
    }
  }

  private onDiverged(detail: { step: number; reason: DivergenceReason; loss: number }): void {
    this.divergence = detail;
    this.setStatus('diverged');
    this.hooks.emit<GdLrSliderDivergedDetail>('gd-diverged', { step: detail.step, reason: detail.reason });
    this.hooks.announce();
  }
}

type Translate = (key: string, params?: Readonly<Record<string, unknown>>) => string;
type Format = (value: number, options?: Intl.NumberFormatOptions) => string;

/** Decimals that show w to the tolerance's resolution (0.01 → 2). */
function toleranceDigits(tolerance: number): number {
  return Math.min(10, Math.max(0, Math.ceil(-Math.log10(tolerance) - 1e-9)));
}

/** The sentence that says where the run is. */
export function statusText(run: SliderRun, settings: Settings, t: Translate, num: Format): string {
  const visits = run.visits();
  const last = visits[visits.length - 1];
  const best = optimum(settings);
  const w = last ? num(last.w) : '';
  switch (run.status) {
    case 'converged':
      return t('status.converged', {
        tol: num(settings.tolerance),
        optimum: num(best),
        step: num(run.convergedAt?.step ?? 0),
        w: num(run.convergedAt?.w ?? Number.NaN, {
          maximumFractionDigits: toleranceDigits(settings.tolerance),
        }),
      });
    case 'budget':
      return t('status.budget', {
        step: num(last?.step ?? 0),
        w,
        distance: num(Math.abs((last?.w ?? Number.NaN) - best), { maximumSignificantDigits: 3 }),
        optimum: num(best),
      });
    case 'diverged':
      return t(`status.${run.divergence?.reason ?? 'not-finite'}`, {
        step: num(run.divergence?.step ?? 0),
        loss: num(run.divergence?.loss ?? Number.NaN, { notation: 'scientific', maximumFractionDigits: 2 }),
      });
    case 'running':
      return t('status.running', {
        step: num(last?.step ?? 0),
        budget: num(settings.steps),
        w,
        loss: num(last?.loss ?? Number.NaN),
      });
    default:
      return t('status.ready', { start: num(settings.start) });
  }
}
