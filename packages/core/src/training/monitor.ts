import type { StepRecord } from './record.js';

/** When a run counts as converged or diverged. Every field has a default. */
export interface MonitorOptions {
  /**
   * Converged when the whole-data loss changes by at most `tolerance × max(1, |loss|)` for `patience`
   * steps in a row (default 1e-9: below float32's resolution of a loss near 1, so the run has stopped moving).
   */
  readonly tolerance?: number;
  /** Steps in a row that must satisfy `tolerance` (default 5). */
  readonly patience?: number;
  /**
   * Diverged when the loss exceeds `divergenceFactor ×` the starting loss (default 1e6): a loss that
   * has grown a million-fold is growing without bound for any lesson here.
   */
  readonly divergenceFactor?: number;
}

export type DivergenceReason = 'not-finite' | 'loss-exploded';

export type MonitorVerdict =
  | { readonly kind: 'running' }
  | { readonly kind: 'converged'; readonly step: number; readonly loss: number }
  | {
      readonly kind: 'diverged';
      readonly step: number;
      readonly reason: DivergenceReason;
      readonly loss: number;
    };

/** Watches a run's loss, one record at a time, and says when it has converged or diverged. */
export class RunMonitor {
  private readonly tolerance: number;
  private readonly patience: number;
  private readonly divergenceFactor: number;
  private initialLoss = Number.NaN;
  private previousLoss = Number.NaN;
  private quietSteps = 0;

  constructor(options: MonitorOptions = {}) {
    this.tolerance = options.tolerance ?? 1e-9;
    this.patience = options.patience ?? 5;
    this.divergenceFactor = options.divergenceFactor ?? 1e6;
  }

  /** Starts over from a starting record (step 0, or the step a session rewound to). */
  start(record: StepRecord, initialLoss = record.loss): void {
    this.initialLoss = initialLoss;
    this.previousLoss = record.loss;
    this.quietSteps = 0;
  }

  /** The verdict after one more step. */
  observe(record: StepRecord): MonitorVerdict {
    if (!allFinite(record)) {
      return { kind: 'diverged', step: record.step, reason: 'not-finite', loss: record.loss };
    }
    const ceiling = this.divergenceFactor * Math.max(Math.abs(this.initialLoss), Number.MIN_VALUE);
    if (record.loss > ceiling && record.loss > this.previousLoss) {
      return { kind: 'diverged', step: record.step, reason: 'loss-exploded', loss: record.loss };
    }
    const change = Math.abs(record.loss - this.previousLoss);
    this.quietSteps = change <= this.tolerance * Math.max(1, Math.abs(record.loss)) ? this.quietSteps + 1 : 0;
    this.previousLoss = record.loss;
    if (this.quietSteps >= this.patience) return { kind: 'converged', step: record.step, loss: record.loss };
    return RUNNING;
  }
}

/** The verdict of almost every step: one frozen object rather than one per record. */
const RUNNING: MonitorVerdict = Object.freeze({ kind: 'running' });

/** Loss, batch loss and every parameter finite? Plain loops: this runs for every record, k per frame. */
function allFinite(record: StepRecord): boolean {
  if (!Number.isFinite(record.loss) || !Number.isFinite(record.batchLoss)) return false;
  for (const name in record.parameters) {
    const values = record.parameters[name] as readonly number[];
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  }
  return true;
}
