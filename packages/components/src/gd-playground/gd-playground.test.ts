import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-playground.js';
import type {
  PlaygroundDivergedDetail,
  PlaygroundResetDetail,
  PlaygroundStepDetail,
} from './gd-playground.js';
import {
  A5,
  A9,
  button,
  cell,
  clean,
  eachTestLeavesNoTensors,
  MATRIX,
  mount,
  next,
  noAxeViolations,
  part,
  press,
  shadow,
} from './harness.test-fixtures.js';

// --- tests -----------------------------------------------------------------------------------

describe('<gd-playground>', () => {
  eachTestLeavesNoTensors();

  describe('curriculum through the rendered per-step table', () => {
    it('A.5 matrix form: w from (2, 2, 2) to (2.10, 2.14, 2.18), MSE 4 → 0.59', async () => {
      const element = await mount(A5);
      expect(cell(element, 0, 'parameters')).toBe('w: 2, 2, 2');
      expect(cell(element, 0, 'loss')).toBe('4');
      await press(element, 'run-step');
      expect(cell(element, 1, 'gradient')).toBe('w: -10, -14, -18');
      expect(cell(element, 1, 'parameters')).toBe('w: 2.1, 2.14, 2.18');
      expect(Number(cell(element, 1, 'loss'))).toBeCloseTo(0.5994, 3);
    });

    it('A.9 logistic step: w from (2, 2, 2) to (1.95, 1.90, 1.85)', async () => {
      const element = await mount(A9);
      await element.step(1);
      expect(cell(element, 1, 'parameters')).toBe('w: 1.95, 1.9, 1.85');
    });

    it('formats the table with decimal commas in Turkish', async () => {
      const box = document.createElement('div');
      box.lang = 'tr';
      document.body.append(box);
      const element = await mount(A5, box);
      await element.step(1);
      expect(cell(element, 1, 'parameters')).toBe('w: 2,1; 2,14; 2,18');
      expect(clean(button(element, 'run-step').textContent)).toBe('Bir adım');
    });
  });

  describe('run controls and events', () => {
    it('step fires gd-step with the step, loss and parameters in original units', async () => {
      const element = await mount(A5);
      const fired = next<PlaygroundStepDetail>(element, 'gd-step');
      await press(element, 'run-step');
      const detail = await fired;
      expect(detail.step).toBe(1);
      expect(detail.parameters['w']?.map((v) => Number(v.toFixed(4)))).toEqual([2.1, 2.14, 2.18]);
      expect(detail.loss).toBeCloseTo(0.5994, 3);
      expect(clean(part(element, 'status')?.textContent)).toContain('1');
    });

    it('step back returns to the previous step and fires gd-reset', async () => {
      const element = await mount(A5);
      await element.step(3);
      const fired = next<PlaygroundResetDetail>(element, 'gd-reset');
      await press(element, 'run-back');
      expect((await fired).step).toBe(2);
      expect(element.session?.current.step).toBe(2);
      expect(shadow(element).querySelector('tr[data-step="3"]')).toBeNull();
      await element.step(1);
      expect(cell(element, 3, 'parameters')).not.toBe('');
    });

    it('reset goes back to step 0 with the same start', async () => {
      const element = await mount(A5);
      await element.step(4);
      const fired = next<PlaygroundResetDetail>(element, 'gd-reset');
      await press(element, 'run-reset');
      expect((await fired).step).toBe(0);
      expect(element.session?.history.length).toBe(1);
      expect(cell(element, 0, 'parameters')).toBe('w: 2, 2, 2');
    });

    it('a learning rate too large diverges: the run stops, says why, and fires gd-diverged', async () => {
      const element = await mount({ ...A5, 'learning-rate': '1', speed: '20' });
      const fired = next<PlaygroundDivergedDetail>(element, 'gd-diverged');
      await press(element, 'run-play');
      const detail = await fired;
      expect(['loss-exploded', 'not-finite']).toContain(detail.reason);
      await element.updateComplete;
      expect(element.playing).toBe(false);
      const alert = clean(part(element, 'alert')?.textContent);
      expect(alert).toContain('learning rate is too large');
      expect(button(element, 'run-play').disabled).toBe(true);
    });

    it('train until converged stops at convergence and fires gd-converged', async () => {
      const element = await mount();
      const fired = next<{ step: number; loss: number }>(element, 'gd-converged');
      await press(element, 'run-train');
      const detail = await fired;
      expect(detail.step).toBeGreaterThan(0);
      await vi.waitFor(() => expect(element.playing).toBe(false), { timeout: 10_000 });
      // House prices are exactly y = 5x + 150: the converged loss is (nearly) 0.
      expect(detail.loss).toBeLessThan(1);
    });

    it('mount → play 1,000 steps → remove leaves no tensors behind', async () => {
      const element = await mount({ speed: '200' });
      element.play();
      await vi.waitFor(() => expect(element.session?.current.step ?? 0).toBeGreaterThanOrEqual(1000), {
        timeout: 20_000,
      });
      element.pause();
      element.remove();
    });

    it('the learning-rate slider changes the live optimizer without a new session', async () => {
      const element = await mount(A5);
      const session = element.session;
      const entry = shadow(element).querySelector<HTMLInputElement>('#hp-learningRate-entry')!;
      const change = vi.fn();
      element.addEventListener('change', change);
      entry.value = '0.02';
      entry.dispatchEvent(new Event('change'));
      await element.whenReady();
      await vi.waitFor(() => expect(session?.optimizer.hyperparameters['learningRate']).toBe(0.02), {
        timeout: 10_000,
      });
      expect(element.session).toBe(session);
      expect(change).toHaveBeenCalled();
    });
  });

  describe('authoring', () => {
    it('hide-… removes a part and lock-… disables it', async () => {
      const element = await mount({ 'hide-table': '', 'hide-share': '', 'lock-optimizer-controls': '' });
      expect(part(element, 'table')).toBeNull();
      expect(part(element, 'share')).toBeNull();
      const optimizer = part(element, 'optimizer-controls') as HTMLFieldSetElement;
      expect(optimizer.disabled).toBe(true);
      expect((part(element, 'model-controls') as HTMLFieldSetElement).disabled).toBe(false);
      element.removeAttribute('hide-table');
      await element.whenReady();
      expect(part(element, 'table')).not.toBeNull();
    });

    it('the state round-trips exactly through the URL fragment', async () => {
      const first = await mount({
        preset: 'blobs',
        seed: '7',
        optimizer: 'adam',
        'learning-rate': '0.05',
        batching: 'mini-batch',
        'batch-size': '8',
        speed: '5',
        'loss-scale': 'log',
        'lock-data-controls': '',
        'sync-url': '',
      });
      await first.updateComplete;
      expect(location.hash).toMatch(/^#gd-playground=/);
      const state = first.playgroundState;
      expect(state.model).toBe('logistic');
      first.remove();
      const second = await mount({ 'sync-url': '' });
      expect(second.playgroundState).toEqual(state);
      expect(second.encodedState).toBe(first.encodedState);
    });

    it('the state attribute wins over the others', async () => {
      const source = await mount({ preset: 'moons', optimizer: 'momentum', momentum: '0.5' });
      const encoded = source.encodedState;
      source.remove();
      const element = await mount({ state: encoded, optimizer: 'adam' });
      expect(element.playgroundState).toEqual(source.playgroundState);
    });

    it('reads data from a child script', async () => {
      const element = document.createElement('gd-playground');
      element.setAttribute('no-bias', '');
      element.setAttribute('start', '2,2,2');
      element.setAttribute('learning-rate', '0.01');
      element.setAttribute('standardize', 'false');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = MATRIX;
      element.append(script);
      document.body.append(element);
      await element.whenReady();
      await element.step(1);
      expect(cell(element, 1, 'parameters')).toBe('w: 2.1, 2.14, 2.18');
    });

    it('copies a link and an embed snippet, with a visible fallback without a clipboard', async () => {
      const element = await mount({ preset: 'linear', id: 'lesson' });
      const written: string[] = [];
      vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
        written.push(text);
      });
      await press(element, 'share-link');
      await press(element, 'share-embed');
      expect(written[0]).toContain(`#gd-playground-lesson=${element.encodedState}`);
      expect(written[1]).toContain(`<gd-playground state="${element.encodedState}"></gd-playground>`);
      expect(written[1]).toContain('<script type="module" src=');
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
      await press(element, 'share-link');
      const fallback = shadow(element).querySelector<HTMLTextAreaElement>('#share-output');
      expect(fallback?.value).toContain('#gd-playground-lesson=');
    });

    it('exports the views as a PNG', async () => {
      const element = await mount();
      await element.step(2);
      const blob = await element.toPng();
      expect(blob?.type).toBe('image/png');
      expect(blob?.size ?? 0).toBeGreaterThan(1000);
    });
  });

  describe('bad input', () => {
    it('a bad attribute shows a localised message, warns once and keeps the last good state', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ 'learning-rate': '0.05' });
      element.setAttribute('learning-rate', 'fast');
      await element.whenReady();
      const problem = shadow(element).querySelector('[data-attribute="learning-rate"]');
      expect(problem?.getAttribute('data-code')).toBe('not-a-number');
      expect(element.playgroundState.hyperparameters['learningRate']).toBe(0.05);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('learning-rate');
    });

    it('a model that does not fit the data is refused by name', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ model: 'logistic' });
      expect(shadow(element).querySelector('[data-attribute="model"]')).not.toBeNull();
      expect(element.playgroundState.model).toBe('linear');
    });

    it('unknown options, broken JSON and a broken state are each reported', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ optimizer: 'newton', data: '{oops', state: '!!!' });
      const codes = (name: string) =>
        shadow(element).querySelector(`[data-attribute="${name}"]`)?.getAttribute('data-code');
      expect(codes('optimizer')).toBe('unknown-option');
      expect(codes('data')).toBe('not-json');
      expect(codes('state')).toBe('not-json');
      expect(element.session).toBeDefined();
    });

    it('a bad CSV says which line and column', async () => {
      const element = await mount();
      const area = shadow(element).querySelector<HTMLTextAreaElement>('#data-csv')!;
      await userEvent.type(area, 'x,y\n1,2\nabc,3');
      shadow(element).querySelector<HTMLButtonElement>('[part="data-controls"] .row button')!.click();
      // The CSV reader is a chunk of its own: whenReady() waits for the pasted text to be judged.
      await element.whenReady();
      await element.updateComplete;
      const error = clean(shadow(element).querySelector('#data-csv-error')?.textContent);
      expect(error).toMatch(/Line 3, column 1/);
      expect(error).toContain('abc');
    });

    it('a good CSV replaces the data', async () => {
      const element = await mount();
      const area = shadow(element).querySelector<HTMLTextAreaElement>('#data-csv')!;
      await userEvent.type(area, 'x,y\n1,3\n2,5\n3,7');
      shadow(element).querySelector<HTMLButtonElement>('[part="data-controls"] .row button')!.click();
      await element.whenReady();
      expect(element.playgroundState.data.kind).toBe('points');
      expect(element.session?.options.dataset.targets).toHaveLength(3);
    });
  });

  describe('accessibility', () => {
    it('two playgrounds on one page name their scroll regions apart (axe landmark-unique)', async () => {
      const first = await mount();
      const second = await mount();
      const names = (element: typeof first) =>
        ['rule', 'table'].map((name) => part(element, name)?.getAttribute('aria-label'));
      expect(names(first)).toEqual(['Update rule with the current numbers 1', 'Per-step table 1']);
      expect(names(second)).toEqual(['Update rule with the current numbers 2', 'Per-step table 2']);
      const result = await axe.run(document.body, { runOnly: ['landmark-unique'] });
      expect(result.violations).toEqual([]);
    });

    for (const theme of ['light', 'dark']) {
      it(`axe finds no violations in the ${theme} theme, mid-run`, async () => {
        const element = await mount({ theme });
        await element.step(3);
        await noAxeViolations(element);
      });
    }

    it('the controls are reachable and operable with the keyboard', async () => {
      const element = await mount(A5);
      button(element, 'run-play').focus();
      await userEvent.keyboard('{Tab}');
      expect(shadow(element).activeElement?.id).toBe('run-step');
      await userEvent.keyboard('{Enter}');
      await element.whenReady();
      await vi.waitFor(() => expect(element.session?.current.step).toBe(1), { timeout: 10_000 });
      const select = shadow(element).querySelector<HTMLSelectElement>('#optimizer-kind')!;
      select.focus();
      await userEvent.keyboard('{ArrowDown}');
      await element.whenReady();
      expect(element.playgroundState.optimizer).toBe('momentum');
    });
  });
});
