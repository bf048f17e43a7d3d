// `<gd-network>` on the CPU backend: (1) training alone, one epoch of 250 training points at batch
// 10 for TensorFlow Playground's 2-4-2-1 and 2-8-8-8-1 tanh networks (core's fused kernel, one
// call per epoch); (2) the mounted element playing 2-8-8-8 on 250 training points at one epoch per
// frame: frame work (the training call, the read-backs, one grid evaluation for every neuron's
// heat map, Lit's render and the canvas painting), rAF gaps and long tasks, beside an empty page's
// rAF gaps and lighter variants measured in the same run (the machine is shared: compare ratios).
// Prints a markdown table and writes bench-results/network.md. No timing assertions.
import { createNetworkData, NetworkTrainer, ready, tf } from '@gd-playground/core';
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../src/define/gd-network.js';
import { frameGaps, nextFrame, watchLongTasks } from './frames.js';

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * q))] ?? Number.NaN;
};
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const FRAMES = 150;

/** Mounts, plays FRAMES frames, and measures frame work, rAF gaps, long tasks and epochs per second. */
async function play(attributes: Record<string, string>) {
  const host = document.createElement('div');
  host.style.width = '1100px';
  const element = document.createElement('gd-network');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  host.append(element);
  document.body.append(host);
  await element.whenReady();
  for (let f = 0; f < 5; f++) await nextFrame();
  const work: number[] = [];
  const original = window.requestAnimationFrame.bind(window);
  // Frame work: each training frame's rAF callback plus the Lit update (render, canvases) it
  // queued; other rAF callbacks (resize, focus) are not counted.
  const run = (element as unknown as { run: { trainer?: { step: number } } }).run;
  window.requestAnimationFrame = (callback) =>
    original((time) => {
      const before = run.trainer?.step;
      const start = performance.now();
      callback(time);
      if (run.trainer?.step !== before)
        void element.updateComplete.then(() => work.push(performance.now() - start));
    });
  const longTasks = watchLongTasks();
  const began = performance.now();
  element.play();
  const gaps = await frameGaps(FRAMES);
  element.pause();
  const seconds = (performance.now() - began) / 1000;
  window.requestAnimationFrame = original;
  longTasks.stop();
  const status = (element.shadowRoot?.querySelector('[data-value="status"]')?.textContent ?? '').replace(
    /\s+/g,
    ' ',
  );
  const epochs = Number(status.match(/epoch ([\d.,]+)/)?.[1]?.replace(/,/g, '') ?? 0);
  host.remove();
  return {
    work: work.slice(5),
    gaps: gaps.slice(5),
    longTasks: longTasks.durations,
    epochsPerSecond: epochs / seconds,
  };
}

it('gd-network: epoch time, frame work and long tasks while playing 2-8-8-8 on 250 points', async () => {
  await ready({ prefer: 'cpu' });
  expect(tf.getBackend()).toBe('cpu');
  const rows: string[] = [];
  const data = createNetworkData({ preset: 'circles', size: 500, seed: 1, trainRatio: 0.5 });
  for (const hidden of [
    [4, 2],
    [8, 8, 8],
  ]) {
    const trainer = new NetworkTrainer({
      config: { hidden, activation: 'tanh', output: 'sigmoid', seed: 1 },
      data,
      hyperparameters: { learningRate: 0.03 },
      batchSize: 10,
    });
    const times: number[] = [];
    for (let k = 0; k < 230; k++) {
      const start = performance.now();
      trainer.trainEpoch();
      if (k >= 30) times.push(performance.now() - start);
    }
    trainer.dispose();
    rows.push(
      `| training alone: one epoch, 2-${hidden.join('-')}-1 tanh, 250 points, batch 10 | ${ms(quantile(times, 0.5) * 1000)} µs median | ${ms(quantile(times, 0.9) * 1000)} µs p90 | |`,
    );
  }
  const idle = await frameGaps(FRAMES);
  rows.push(
    `| idle page: rAF gap (the machine's load) | | ${ms(quantile(idle, 0.5))} ms median gap, ${ms(quantile(idle, 0.9))} p90 | |`,
  );
  const base = {
    preset: 'circles',
    size: '500',
    'train-ratio': '0.5',
    layers: '8,8,8',
    activation: 'tanh',
    'batch-size': '10',
    speed: '25',
  };
  for (const [label, attributes] of [
    ['2-8-8-8, 250 training points, 1 epoch a frame', base],
    ['same, hide-network (no graph, no heat maps)', { ...base, 'hide-network': '' }],
  ] as const) {
    const r = await play(attributes);
    rows.push(
      `| playing ${label} | ${ms(quantile(r.work, 0.5))} ms median, ${ms(quantile(r.work, 0.9))} p90, ${ms(Math.max(...r.work))} max frame work | ${ms(quantile(r.gaps, 0.5))} ms median gap, ${ms(quantile(r.gaps, 0.9))} p90 | ${r.longTasks.length} long tasks (longest ${r.longTasks.length ? ms(Math.max(...r.longTasks)) : '–'} ms); ${r.epochsPerSecond.toFixed(1)} epochs/s |`,
    );
  }
  const table = [
    '| measure | frame work | rAF gap | long tasks, epochs |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(table);
  await commands.writeFile('bench-results/network.md', `${table}\n`);
}, 300_000);
