// `<gd-network>` in headless Chromium (`pnpm bench`): one training epoch of the two
// networks (250 points, batch 10, tanh) through the fused `GdNetworkTrain` kernel on the cpu
// backend, next to the batched-tensor path (cpu and webgl) and the plain-JavaScript references of
// network-workloads.ts, as ratios; and one `GdNetworkGrid` call (every neuron over a G × G grid).
// Wall time, medians of 5 rounds, measured in one run; no assertions on time.
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { ready } from '../src/backend/ready.js';
import { loadNetworkTensorPath } from '../src/network/trainer.js';
import { tf } from '../src/tf.js';
import {
  benchData,
  flatArrayEpoch,
  format,
  NETWORKS,
  objectGraphEpoch,
  PLAYGROUND_MS,
  ratio,
  trainer,
} from './network-workloads.js';
import { medianPerCall, wallMs } from './timing.js';

/** Median over 5 rounds of wall ms per call, each round at least `roundMs` long. */
const perCall = (body: () => unknown, roundMs = 150) => medianPerCall(body, wallMs, roundMs);

it(
  'prints per-epoch training and grid figures of the network engine',
  async () => {
    // The batched-tensor path is its own chunk (pages on the fused kernel never load it).
    await loadNetworkTensorPath();
    const before = tf.memory().numTensors;
    const data = benchData();
    const lines = [
      '### `<gd-network>`: one training epoch (250 points, batch 10, SGD), wall ms in headless Chromium (median of 5)',
      '',
      "Fused: `NetworkTrainer.trainEpoch()` on the cpu backend, one `GdNetworkTrain` call (25 steps). Tensors: the same trainer on batched tfjs ops and autodiff (the path on webgl). Object graph: a neuron-and-link network like TensorFlow Playground's; flat arrays: the same arithmetic over Float64Arrays. Playground: its per-epoch figure from the issue (0.16 ms, 0.7 ms).",
      '',
      '| network | fused ms | tensors cpu ms | tensors webgl ms | object-graph JS ms | flat-array JS ms | fused ÷ object graph | fused ÷ flat arrays | fused ÷ playground | grid G=32 ms | grid G=64 ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const net of NETWORKS) {
      await ready({ prefer: 'cpu' });
      const fused = trainer(net.hidden, 'fused', data);
      const fusedMs = perCall(() => fused.trainEpoch());
      const grid32 = perCall(() => fused.grid(32, [-1.2, 1.2, -1.2, 1.2]));
      const grid64 = perCall(() => fused.grid(64, [-1.2, 1.2, -1.2, 1.2]));
      fused.dispose();
      const tensorCpu = trainer(net.hidden, 'tensor', data);
      const tensorCpuMs = perCall(() => tensorCpu.trainEpoch(), 50);
      tensorCpu.dispose();
      await ready({ prefer: 'webgl' });
      const tensorGl = trainer(net.hidden, 'tensor', data);
      const tensorGlMs = perCall(() => tensorGl.trainEpoch(), 50);
      tensorGl.dispose();
      await ready({ prefer: 'cpu' });
      const objectMs = perCall(objectGraphEpoch(net.hidden, data));
      const flatMs = perCall(flatArrayEpoch(net.hidden, data));
      console.log(`network ${net.label}: fused ${format(fusedMs)} ms, object graph ${format(objectMs)} ms`);
      lines.push(
        `| ${net.label} | ${format(fusedMs)} | ${format(tensorCpuMs)} | ${format(tensorGlMs)} | ${format(objectMs)} | ${format(flatMs)} | ${ratio(fusedMs, objectMs)} | ${ratio(fusedMs, flatMs)} | ${ratio(fusedMs, PLAYGROUND_MS[net.label]!)} | ${format(grid32)} | ${format(grid64)} |`,
      );
    }
    const table = lines.join('\n');
    console.log(`\n${table}\n`);
    await commands.writeFile('bench-results/network.md', `${table}\n`);
    await tf.setBackend('cpu');
    expect(tf.memory().numTensors).toBe(before);
  },
  20 * 60_000,
);
