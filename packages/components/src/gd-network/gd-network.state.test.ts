import { createNetworkData, NetworkError, NetworkTrainer } from '@gd-playground/core';
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-network.js';
import { checkPageAfterEach, mounter, shadowText } from '../internal/element.test-fixtures.js';
import { loadMessages, translate } from '../internal/i18n/index.js';
import { CORE_MESSAGE, coreProblem } from './core-problem.js';
import type { GdNetwork } from './gd-network.js';

// The state string carrying the trained network, and core's refusals shown in the page language.

const mount = mounter<GdNetwork>('gd-network', {
  width: 1100,
  lang: 'en',
  settle: async (element) => {
    await element.whenReady();
    await element.updateComplete;
  },
});
const read = shadowText;

/** What the learner reads of the network's quality: both losses, the status line and the accuracy. */
const shown = (element: GdNetwork) => ({
  train: read(element, '[data-value="train-loss"]'),
  test: read(element, '[data-value="test-loss"]'),
  status: read(element, '[data-value="status"]'),
  accuracy: read(element, '[data-value="accuracy"]'),
});

/** 2-8-8-8 with two classes: 2·8+8 + 8·8+8 + 8·8+8 + 8·2+2 = 186 parameters, plus SGD's one number. */
const SETTINGS = { preset: 'xor', layers: '8,8,8', seed: '3' };

checkPageAfterEach({ settleMs: 20 });

describe('<gd-network>: the state string carries the trained network', () => {
  it('50 steps of 2-8-8-8, copied through `state` to a fresh element, show the same losses and accuracy', async () => {
    const trained = await mount(SETTINGS);
    await trained.step(50);
    const state = trained.stateString;
    const weights = new URLSearchParams(state).get('weights') ?? '';
    // 100 training rows at batch 10: step 50 = epoch 5, cursor 0, 50 updates; 187 float32 = 748 bytes = 998 base64url characters.
    expect(weights.slice(0, weights.lastIndexOf('.'))).toBe('50.5.0.50');
    expect(weights.length - weights.lastIndexOf('.') - 1).toBe(998);
    expect(state.startsWith('preset=xor&seed=3&layers=8,8,8&weights=')).toBe(true);
    const before = shown(trained);
    expect(before.status).toMatch(/^Step 50 · epoch 5 ·/);

    const copy = await mount({ state });
    expect(shown(copy)).toEqual(before);
    // The settings alone start from the seed: other numbers, so the weights did travel.
    const seedOnly = await mount({ state: state.slice(0, state.indexOf('&weights=')) });
    expect(shown(seedOnly).test).not.toBe(before.test);
    expect(shown(seedOnly).status).toMatch(/^Step 0 ·/);
    // The copy trains on from there exactly as the original does.
    await trained.step(7);
    await copy.step(7);
    expect(shown(copy)).toEqual(shown(trained));
  });
});

describe('<gd-network>: core refusals in the page language', () => {
  for (const [lang, expected] of [
    ['en', 'The trained weights in “state” do not fit this network and optimizer, so they were not loaded.'],
    [
      'tr',
      '“state” içindeki eğitilmiş ağırlıklar bu ağa ve optimizasyon yöntemine uymadığı için yüklenmedi.',
    ],
  ] as const) {
    it(`${lang}: weights that do not fit the network are refused by core, named, warned once, the last good network kept`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const trained = await mount(SETTINGS);
      await trained.step(50);
      const good = trained.stateString;
      const element = await mount({ state: good }, lang);
      const before = shown(element);
      // Three float32 fewer (16 base64url characters = 12 bytes): the form is fine, core's loadState refuses it.
      element.setAttribute('state', good.slice(0, -16));
      await element.whenReady();
      await element.updateComplete;
      expect(read(element, '[part="problems"] [data-attribute="state"]')).toBe(expected);
      expect(element.shadowRoot!.querySelector('[data-attribute="state"]')?.getAttribute('data-code')).toBe(
        'core-state',
      );
      expect(shown(element)).toEqual(before);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('The trained weights in “state” do not fit');
    });
  }

  it('every core code has a message in en, tr, pt and ko; real core errors name the attribute', async () => {
    // The other languages' catalogues are fetched on first use.
    await Promise.all(['tr', 'pt', 'ko'].map((lang) => loadMessages(lang, 'gd-network')));
    for (const key of new Set(Object.values(CORE_MESSAGE))) {
      const texts = ['en', 'tr', 'pt', 'ko'].map((lang) =>
        translate(lang, 'gd-network', `error.${key}`, { attribute: 'layers', max: 6 }),
      );
      expect(new Set(texts).size).toBe(4);
      for (const text of texts) expect(text).toContain('“layers”');
    }
    const catchCore = (run: () => unknown): NetworkError => {
      try {
        run();
      } catch (error) {
        if (error instanceof NetworkError) return error;
        throw error;
      }
      throw new Error('core accepted it');
    };
    const data = createNetworkData({ preset: 'xor', size: 20 });
    const cases = [
      [
        () => new NetworkTrainer({ config: { hidden: [2, 2, 2, 2, 2, 2, 2] }, data }),
        'layers',
        'core-layer-count',
      ],
      [() => new NetworkTrainer({ config: { hidden: [9] }, data }), 'layers', 'core-layer-size'],
      [() => new NetworkTrainer({ config: { hidden: [2] }, data, batchSize: 0 }), 'batch-size', 'core-value'],
      [() => createNetworkData({ preset: 'xor', size: 1 }), 'size', 'core-data'],
      [
        () => new NetworkTrainer({ config: { hidden: [2] }, data, hyperparameters: { learningRate: -1 } }),
        'learning-rate',
        'core-value',
      ],
    ] as const;
    const [layerCount] = cases;
    for (const [run, attribute, code] of cases) {
      const { attribute: named, problem } = coreProblem(catchCore(run));
      expect([named, problem.code]).toEqual([attribute, code]);
    }
    const { problem } = coreProblem(catchCore(layerCount[0]));
    expect(
      translate('pt', 'gd-network', `error.${problem.code}`, { attribute: 'layers', ...problem.params }),
    ).toBe('A rede definida por “layers” pode ter no máximo 6 camadas ocultas.');
    expect(
      translate('ko', 'gd-network', `error.${problem.code}`, { attribute: 'layers', ...problem.params }),
    ).toBe('“layers”로 정한 신경망의 은닉층은 최대 6개입니다.');
  });
});
