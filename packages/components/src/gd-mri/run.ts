/**
 * One reconstruction run of `<gd-mri>`: the core reconstruction, what was read back per iteration,
 * and snapshots for stepping back (the element plays it through `internal/frame-budget.ts`).
 */
import {
  fftshift2,
  type MaskOptions,
  MriReconstruction,
  psnr,
  type ReconstructionSettings,
  rmse,
  samplingLines,
  tf,
  yieldToMain,
} from '@gd-playground/core';

export interface IterationRecord {
  iteration: number;
  objective: number;
  rmse: number;
  psnr: number;
}

/** How many past images step back can return to. */
const SNAPSHOTS = 200;

export class MriRun {
  readonly size: number;
  readonly truth: Float32Array;
  readonly lines: Uint8Array;
  readonly reconstruction: MriReconstruction;
  /** Centred log |F x_true| for the k-space picture. */
  kSpace: Float32Array = new Float32Array();
  zeroFilled: Float32Array = new Float32Array();
  zeroFilledError = 0;
  zeroFilledPsnr = 0;
  /** The current image as read back. */
  image: Float32Array = new Float32Array();
  readonly records: IterationRecord[] = [];
  private readonly snapshots: Float32Array[] = [];

  constructor(
    truth: Float32Array,
    size: number,
    mask: Omit<MaskOptions, 'size'>,
    settings: ReconstructionSettings,
  ) {
    this.size = size;
    this.truth = truth;
    this.lines = samplingLines({ ...mask, size });
    this.reconstruction = new MriReconstruction(truth, this.lines, settings);
  }

  /** Reads the fixed pictures and iteration 0 (one read-back). */
  async start(): Promise<void> {
    const k = this.reconstruction.kSpaceLogMagnitude();
    const zero = this.reconstruction.zeroFilled();
    const [kValues, zValues] = await Promise.all([k.data(), zero.data()]);
    tf.dispose([k, zero]);
    this.kSpace = fftshift2(kValues as Float32Array, this.size);
    this.zeroFilled = zValues as Float32Array;
    this.zeroFilledError = rmse(this.zeroFilled, this.truth);
    this.zeroFilledPsnr = psnr(this.zeroFilled, this.truth);
    await this.record();
  }

  /** Reads back the current image and the objective's terms together, and records them. */
  private async record(): Promise<IterationRecord> {
    const terms = this.reconstruction.terms();
    const [image, data, reg] = await Promise.all([
      this.reconstruction.image.data(),
      terms.data.data(),
      terms.regularizer.data(),
    ]);
    tf.dispose([terms.data, terms.regularizer]);
    this.image = image as Float32Array;
    const record: IterationRecord = {
      iteration: this.reconstruction.iteration,
      objective: this.reconstruction.objectiveFrom(data[0] as number, reg[0] as number),
      rmse: rmse(this.image, this.truth),
      psnr: psnr(this.image, this.truth),
    };
    this.records.length = record.iteration;
    this.records.push(record);
    return record;
  }

  get current(): IterationRecord {
    return this.records[this.records.length - 1] as IterationRecord;
  }

  get canStepBack(): boolean {
    return this.snapshots.length > 0;
  }

  /**
   * One iteration and its read-back, in two tasks: the update (two FFTs and the regulariser's
   * gradient), then the objective's terms and the image (one more forward transform), so neither
   * task holds the main thread for a whole iteration.
   */
  async step(): Promise<IterationRecord> {
    this.snapshots.push(this.image);
    if (this.snapshots.length > SNAPSHOTS) this.snapshots.shift();
    this.reconstruction.step();
    await yieldToMain();
    return this.record();
  }

  /** Back one iteration, to the image saved before it. */
  async stepBack(): Promise<IterationRecord | undefined> {
    const previous = this.snapshots.pop();
    if (!previous) return undefined;
    this.reconstruction.setImage(
      tf.tensor2d(previous, [this.size, this.size]),
      this.reconstruction.iteration - 1,
    );
    return this.record();
  }

  /** Back to iteration 0, the zero-filled start. */
  async restart(): Promise<IterationRecord> {
    this.snapshots.length = 0;
    this.reconstruction.restart();
    return this.record();
  }

  dispose(): void {
    this.reconstruction.dispose();
  }
}
