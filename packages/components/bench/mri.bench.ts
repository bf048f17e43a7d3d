// `<gd-mri>` at 128 × 128 on the CPU backend: the time of one reconstruction iteration (two FFTs
// and the TV gradient, then one read-back of the image and the objective), and the longest
// main-thread task while the mounted element plays (PerformanceObserver 'longtask' plus the
// longest rAF-to-rAF gap). Prints a markdown table; no timing assertions.
import { MriReconstruction, ready, samplingLines, sheppLogan, tf } from '@gd-playground/core';
import { expect, it } from 'vitest';
import '../src/define/gd-mri.js';
import { frameGaps, nextFrame, watchLongTasks } from './frames.js';

it('gd-mri: per-iteration time and the longest task while playing (128 × 128, CPU)', async () => {
  await ready({ prefer: 'cpu' });
  expect(tf.getBackend()).toBe('cpu');
  const rows: string[] = [];
  for (const dataConsistency of [false, true]) {
    const n = 128;
    const r = new MriReconstruction(
      sheppLogan(n),
      samplingLines({ size: n, kind: 'random', acceleration: 4, center: 0.08, seed: 1 }),
      {
        regularizer: 'tv',
        lambda: 0.002,
        epsilon: 0.01,
        stepSize: 0.35,
        dataConsistency,
      },
    );
    const times: number[] = [];
    for (let k = 0; k < 60; k++) {
      const start = performance.now();
      r.step();
      const terms = r.terms();
      await Promise.all([r.image.data(), terms.data.data(), terms.regularizer.data()]);
      tf.dispose([terms.data, terms.regularizer]);
      if (k >= 10) times.push(performance.now() - start);
    }
    r.dispose();
    times.sort((a, b) => a - b);
    rows.push(
      `| iteration + read-back, data consistency ${dataConsistency ? 'on' : 'off'} | ${times[times.length >> 1]?.toFixed(2)} ms median | ${times.at(-1)?.toFixed(2)} ms max |`,
    );
  }

  const element = document.createElement('gd-mri');
  document.body.append(element);
  await element.ready();
  for (let f = 0; f < 10; f++) await nextFrame();
  // Observed from here: only the tasks while playing, not the mount.
  const watch = watchLongTasks();
  element.play();
  // The first 11 gaps are the run starting up, not playing.
  const gaps = (await frameGaps(240)).slice(11);
  element.pause();
  const iterations = element.shadowRoot?.querySelector('.iteration')?.textContent ?? '';
  element.remove();
  watch.stop();
  const longTasks = watch.durations;
  rows.push(
    `| playing 240 frames (${iterations.trim()}) | longest frame gap ${Math.max(...gaps).toFixed(1)} ms | long tasks ≥ 50 ms: ${longTasks.length} (longest ${longTasks.length ? Math.max(...longTasks).toFixed(1) : '–'} ms) |`,
  );
  console.log(['| measure | value | value |', '|---|---|---|', ...rows].join('\n'));
});
