// Frame time of the playground's engine path at N = 1,000, on WebGL and CPU: per frame one
// `session.step(k)` (k steps, one read-back) plus the data view's and loss curve's updates, as
// `<gd-playground>`'s training loop does; then how many such playgrounds one page can run at 60 fps
// (CPU, k = 10); then the mounted `<gd-playground>` itself (time to its first frame, frame
// intervals while playing). Prints markdown tables and writes bench-results/playground.md.
// No timing assertions: figures depend on the machine.

import { type Dataset, probeWebGL, ready, type StepRecord, TrainingSession, tf } from '@gd-playground/core';
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import {
  buildDataset,
  DEFAULT_STATE,
  type PlaygroundState,
  sessionOptions,
  toOriginalUnits,
} from '../src/gd-playground/state.js';
import { GdPlaygroundDataView } from '../src/gd-playground/views/data-view.js';
import { GdPlaygroundLossCurve } from '../src/gd-playground/views/loss-curve.js';
import { nextFrame } from './frames.js';

type Backend = 'cpu' | 'webgl';
const N = 1_000;
const FRAMES = 120;
const WARM_UP = 10;
const BUDGET_MS = 1000 / 60;

// Subclasses: a constructor can be registered once, and `<gd-playground>` registers the originals.
class BenchDataView extends GdPlaygroundDataView {}
class BenchLossCurve extends GdPlaygroundLossCurve {}
if (!customElements.get('bench-data-view')) customElements.define('bench-data-view', BenchDataView);
if (!customElements.get('bench-loss-curve')) customElements.define('bench-loss-curve', BenchLossCurve);

const STATE: PlaygroundState = {
  ...DEFAULT_STATE,
  data: { kind: 'preset', preset: 'linear', seed: 1, size: N, noise: 1 },
  hyperparameters: { learningRate: 0.01 },
  batching: { mode: 'full', batchSize: 16 },
};

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');

/** One playground's engine and views: a session, a data view and a loss curve, mounted. */
interface Rig {
  readonly session: TrainingSession;
  readonly dataset: Dataset;
  readonly dataView: GdPlaygroundDataView;
  readonly lossCurve: GdPlaygroundLossCurve;
  readonly losses: number[];
  readonly host: HTMLElement;
}

async function createRig(): Promise<Rig> {
  const dataset = buildDataset(STATE);
  const session = await TrainingSession.create(sessionOptions(STATE, dataset));
  const host = document.createElement('div');
  host.style.width = '480px';
  const dataView = document.createElement('bench-data-view') as GdPlaygroundDataView;
  dataView.data = dataset;
  dataView.model = 'linear';
  dataView.locked = false;
  const lossCurve = document.createElement('bench-loss-curve') as GdPlaygroundLossCurve;
  host.append(dataView, lossCurve);
  document.body.append(host);
  const losses = session.history.map((r) => r.loss);
  return { session, dataset, dataView, lossCurve, losses, host };
}

/** One frame's work for a rig: k steps with one read-back, then the views' updates. */
async function frame(rig: Rig, k: number): Promise<void> {
  const records: StepRecord[] = await rig.session.step(k);
  const last = records[records.length - 1];
  for (const record of records) rig.losses.push(record.loss);
  if (last) {
    rig.dataView.parameters = toOriginalUnits(STATE, rig.dataset, last.parameters);
    rig.dataView.batch = last.batch;
  }
  rig.lossCurve.losses = [...rig.losses];
  await Promise.all([rig.dataView.updateComplete, rig.lossCurve.updateComplete]);
}

function disposeRig(rig: Rig): void {
  rig.session.dispose();
  rig.host.remove();
}

/** Frame work (ms) of `rigs` stepping together, FRAMES frames after WARM_UP, a rAF between frames. */
async function measure(rigs: readonly Rig[], k: number): Promise<number[]> {
  const times: number[] = [];
  for (let f = 0; f < WARM_UP + FRAMES; f++) {
    await nextFrame();
    const start = performance.now();
    await Promise.all(rigs.map((rig) => frame(rig, k)));
    if (f >= WARM_UP) times.push(performance.now() - start);
  }
  return times;
}

/** The mounted `<gd-playground>`: time from import to first render, and frame intervals while playing. */
async function measureElement(lines: string[]): Promise<void> {
  lines.push('', '### `<gd-playground>` itself (N = 1,000, preset `linear`)', '');
  try {
    const t0 = performance.now();
    await import('../src/define/gd-playground.js');
    const imported = performance.now() - t0;
    const element = document.createElement('gd-playground') as HTMLElement & {
      updateComplete: Promise<boolean>;
      whenReady(): Promise<void>;
      play(): void;
      pause(): void;
    };
    element.setAttribute('preset', 'linear');
    element.setAttribute('size', String(N));
    element.setAttribute('speed', '10');
    element.setAttribute('learning-rate', '0.01');
    element.style.width = '960px';
    document.body.append(element);
    await element.updateComplete;
    const firstRender = performance.now() - t0;
    await element.whenReady();
    const sessionReady = performance.now() - t0;
    lines.push(
      '| from the script’s import to | ms |',
      '|---|---:|',
      `| module evaluated (dev server: modules transformed on demand) | ${ms(imported)} |`,
      `| first rendered frame (controls and views on screen, interactive) | ${ms(firstRender)} |`,
      `| training session ready | ${ms(sessionReady)} |`,
    );
    // Frame work of the element itself: from the start of the animation-frame callback that steps
    // to the end of the element's and its views' updates. The bench waits with timers, not rAF, so
    // the element's callbacks are the only ones timed.
    const stamps: number[] = [];
    const works: number[] = [];
    let callbackStart = 0;
    const realRaf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      realRaf((time) => {
        callbackStart = performance.now();
        callback(time);
      });
    const onStep = () => {
      const start = callbackStart;
      stamps.push(performance.now());
      const root = element.shadowRoot!;
      const views = [...root.querySelectorAll('.view')] as unknown as { updateComplete: Promise<boolean> }[];
      void Promise.all([element.updateComplete, ...views.map((v) => v.updateComplete)]).then(() =>
        works.push(performance.now() - start),
      );
    };
    element.addEventListener('gd-step', onStep);
    for (const speed of [1, 10, 100]) {
      element.setAttribute('speed', String(speed));
      await element.whenReady();
      stamps.length = 0;
      works.length = 0;
      element.play();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      element.pause();
      const intervals = stamps.slice(WARM_UP + 1).map((t, i) => t - stamps[WARM_UP + i]!);
      const work = works.slice(WARM_UP);
      lines.push(
        `| frame work at ${speed} steps/frame (step + element and views updated): median / p90 (${work.length} frames) | ${ms(quantile(work, 0.5))} / ${ms(quantile(work, 0.9))} |`,
        `| interval between gd-step frames at ${speed} steps/frame: median / p90 (backend ${tf.getBackend()}) | ${ms(quantile(intervals, 0.5))} / ${ms(quantile(intervals, 0.9))} |`,
      );
    }
    window.requestAnimationFrame = realRaf;
    element.removeEventListener('gd-step', onStep);
    element.remove();
  } catch (error) {
    lines.push(`Not measured: ${(error as Error).message}`);
  }
}

it(
  'prints frame times of the playground’s engine path and of <gd-playground>',
  async () => {
    const webgl = probeWebGL();
    const lines: string[] = [
      `Renderer: ${webgl.renderer ?? 'none'} (software: ${webgl.softwareEmulated ?? 'n/a'}). Frame work = one session.step(k) (one read-back) + data view and loss curve updates; target p90 < ${BUDGET_MS.toFixed(1)} ms.`,
      '',
      `### Engine path, N = ${N.toLocaleString('en')}, linear, MSE, full batch, ${FRAMES} frames`,
      '',
      '| backend | steps/frame | median ms | p90 ms | steps/s at p90 | holds 60 fps |',
      '|---|---:|---:|---:|---:|---|',
    ];
    const elementLines: string[] = [];
    await measureElement(elementLines);
    const tensorsAtStart = tf.memory().numTensors;
    for (const backend of ['webgl', 'cpu'] as Backend[]) {
      const report = await ready({ prefer: backend });
      for (const k of [1, 10, 100]) {
        const rig = await createRig();
        const times = await measure([rig], k);
        disposeRig(rig);
        const median = quantile(times, 0.5);
        const p90 = quantile(times, 0.9);
        const line = `| ${report.backend} | ${k} | ${ms(median)} | ${ms(p90)} | ${((1000 * k) / p90).toFixed(0)} | ${p90 < BUDGET_MS ? 'yes' : 'no'} |`;
        console.log(line);
        lines.push(line);
      }
    }

    lines.push(
      '',
      '### Playgrounds on one page (CPU, 10 steps/frame each, N = 1,000 each)',
      '',
      '| playgrounds | median ms | p90 ms | holds 60 fps |',
      '|---:|---:|---:|---|',
    );
    await ready({ prefer: 'cpu' });
    let holding = 1;
    for (const count of [2, 4, 8, 16]) {
      const rigs = await Promise.all(Array.from({ length: count }, () => createRig()));
      const times = await measure(rigs, 10);
      for (const rig of rigs) disposeRig(rig);
      const p90 = quantile(times, 0.9);
      if (p90 < BUDGET_MS && count > holding) holding = count;
      const line = `| ${count} | ${ms(quantile(times, 0.5))} | ${ms(p90)} | ${p90 < BUDGET_MS ? 'yes' : 'no'} |`;
      console.log(line);
      lines.push(line);
    }
    lines.push('', `Most playgrounds measured that still hold 60 fps: ${holding}.`);
    expect(tf.memory().numTensors).toBe(tensorsAtStart);

    lines.push(...elementLines);

    const table = lines.join('\n');
    console.log(`\n${table}\n`);
    await commands.writeFile('bench-results/playground.md', `${table}\n`);
  },
  15 * 60_000,
);
