// CPU time (process.cpuUsage, steady on a shared machine) of one training epoch of the
// `<gd-network>` networks in Node on the cpu backend: the fused kernel, the batched-tensor path and
// the two plain-JavaScript references of network-workloads.ts. Part of `pnpm bench`; no assertions.
import { expect, it } from 'vitest';
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
import { cpuMs, medianPerCall } from './timing.js';

/** Median over 5 rounds of CPU ms per epoch, each round at least 150 ms of CPU. */
const perEpoch = (body: () => unknown) => medianPerCall(body, cpuMs);

it('prints per-epoch CPU time of the network trainers', async () => {
  // The batched-tensor path is its own chunk (pages on the fused kernel never load it).
  await loadNetworkTensorPath();
  const before = tf.memory().numTensors;
  const data = benchData();
  const lines = [
    '### `<gd-network>`: one training epoch (250 points, batch 10, SGD), CPU ms in Node, cpu backend (median of 5)',
    '',
    '| network | fused kernel ms | batched tensors ms | object-graph JS ms | flat-array JS ms | fused ÷ object graph | fused ÷ flat arrays | fused ÷ playground (Chromium figure) | tensors ÷ fused |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const net of NETWORKS) {
    const fused = trainer(net.hidden, 'fused', data);
    const tensor = trainer(net.hidden, 'tensor', data);
    const fusedMs = perEpoch(() => fused.trainEpoch());
    const tensorMs = perEpoch(() => tensor.trainEpoch());
    fused.dispose();
    tensor.dispose();
    const objectMs = perEpoch(objectGraphEpoch(net.hidden, data));
    const flatMs = perEpoch(flatArrayEpoch(net.hidden, data));
    lines.push(
      `| ${net.label} | ${format(fusedMs)} | ${format(tensorMs)} | ${format(objectMs)} | ${format(flatMs)} | ${ratio(fusedMs, objectMs)} | ${ratio(fusedMs, flatMs)} | ${ratio(fusedMs, PLAYGROUND_MS[net.label]!)} | ${ratio(tensorMs, fusedMs)} |`,
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
  expect(tf.memory().numTensors).toBe(before);
}, 600_000);
