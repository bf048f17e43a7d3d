import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-lr-slider.js';
import { checkPageAfterEach, shadowText } from '../internal/element.test-fixtures.js';
import type { GdLrSlider, GdLrSliderDivergedDetail, GdLrSliderStepDetail } from './gd-lr-slider.js';

// --- harness: intent-level helpers -------------------------------------------------------------

/** Mounts a slider with attributes (optionally inside a container with its own attributes) and waits for its session. */
async function mount(
  attributes: Record<string, string> = {},
  container: HTMLElement = document.body,
): Promise<GdLrSlider> {
  const element = document.createElement('gd-lr-slider');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  container.append(element);
  await element.whenReady();
  await element.updateComplete;
  return element;
}

const shadow = (element: GdLrSlider) => element.shadowRoot!;
const slider = (element: GdLrSlider) => shadow(element).querySelector<HTMLInputElement>('[part="slider"]')!;
const entry = (element: GdLrSlider) => shadow(element).querySelector<HTMLInputElement>('[part="entry"]')!;
const text = shadowText;

/** The per-step table as cell texts, one array per row: [step, w, error, update]. */
function readTable(element: GdLrSlider): string[][] {
  return Array.from(shadow(element).querySelectorAll('tbody tr'), (row) =>
    Array.from(row.children, (cell) => {
      const copy = cell.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return (copy.textContent ?? '').trim();
    }),
  );
}

/** The learner types a rate into the entry and presses Enter. */
async function typeLearningRate(element: GdLrSlider, value: string): Promise<void> {
  const input = entry(element);
  await userEvent.clear(input);
  await userEvent.type(input, value);
  await userEvent.keyboard('{Enter}');
  await element.whenReady();
}

/** The learner presses a key on the focused slider. */
async function pressOnSlider(element: GdLrSlider, key: string): Promise<void> {
  slider(element).focus();
  await userEvent.keyboard(`{${key}}`);
  await element.whenReady();
}

/** Plays until the element fires `type`, resolving with its detail. */
function playUntil<T>(element: GdLrSlider, type: string): Promise<T> {
  const fired = new Promise<T>((resolve) =>
    element.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), { once: true }),
  );
  element.play();
  return fired;
}

async function noAxeViolations(element: HTMLElement): Promise<void> {
  const result = await axe.run(element);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

// --- tests -----------------------------------------------------------------------------------

describe('<gd-lr-slider>', () => {
  let tensorsAtStart = 0;

  checkPageAfterEach();

  describe('curriculum A.5: one weight, y = 2x at x = 1, ½(y − ŷ)², α = 0.1', () => {
    it('from w = 5 the table reads 5, 4.7, 4.43 with the errors and updates of the course', async () => {
      const element = await mount();
      await element.step(2);
      expect(readTable(element)).toEqual([
        ['0', '5', '-3', '-0.3'],
        ['1', '4.7', '-2.7', '-0.27'],
        ['2', '4.43', '-2.43', '-0.243'],
      ]);
    });

    it('from w = 5 it comes within 0.01 of w* = 2 at w = 2.01 after 55 steps', async () => {
      const element = await mount();
      const detail = await playUntil<{ step: number; w: number }>(element, 'gd-converged');
      await element.updateComplete;
      expect(detail.step).toBe(55);
      expect(detail.w).toBeCloseTo(2.0091, 4);
      expect(text(element, '[part="status"]')).toBe('Within 0.01 of w* = 2 after 55 steps: w = 2.01.');
      expect(readTable(element).at(-1)?.slice(0, 2)).toEqual(['55', '2.0091']);
    });

    it('from w = 1 the table reads 1, 1.1, 1.19 and the run ends at 1.99', async () => {
      const element = await mount({ start: '1' });
      await element.step(2);
      expect(readTable(element).map((row) => row[1])).toEqual(['1', '1.1', '1.19']);
      await element.step(42);
      expect(text(element, '[part="status"]')).toBe('Within 0.01 of w* = 2 after 44 steps: w = 1.99.');
    });

    it('says which convention it uses, shows the update rule, and the next step with live numbers', async () => {
      const element = await mount();
      const maths = Array.from(shadow(element).querySelectorAll('gd-math'), (m) => m.tex);
      expect(maths[0]).toContain('\\tfrac{1}{2}');
      expect(maths[1]).toContain('w + \\alpha\\,(y - \\hat{y})\\,x');
      expect(maths[2]).toBe('w_{1} = 5 + 0.1 \\cdot (2 - 5 \\cdot 1) \\cdot 1 = 4.7');
      const checked = shadow(element).querySelector<HTMLInputElement>('input[name="convention"]:checked');
      expect(checked?.value).toBe('half');
    });

    it('under convention="mean" the gradient doubles: 5 → 4.4, and h = 2x²', async () => {
      const element = await mount({ convention: 'mean' });
      await element.step(1);
      expect(readTable(element)[1]?.[1]).toBe('4.4');
      expect(text(element, '[part="regime"] p:nth-child(2)')).toContain('h = L″(w) = 2x² = 2, so α·h = 0.2.');
      expect(shadow(element).querySelectorAll('gd-math')[1]?.tex).toContain('2\\alpha');
    });

    it('the learner can switch the convention with the radio buttons', async () => {
      const element = await mount();
      const mean = shadow(element).querySelector<HTMLInputElement>('input[value="mean"]')!;
      await userEvent.click(mean);
      await element.whenReady();
      expect(element.convention).toBe('mean');
      await element.step(1);
      expect(readTable(element)[1]?.[1]).toBe('4.4');
    });
  });

  describe('curriculum A.6: the regime follows from the curvature', () => {
    const cases: [string, string, string][] = [
      ['0.001', 'Too slow', 'shrinks only ×0.999 a step: about 5,701 steps would be needed'],
      ['0.1', 'Converges', 'multiplied by 0.9 at every step: about 55 steps'],
      ['1.5', 'Oscillates', 'multiplied by -0.5 at every step: w overshoots'],
      ['2.5', 'Diverges', 'Since |-1.5| ≥ 1'],
    ];
    for (const [rate, regime, explanation] of cases) {
      it(`α = ${rate}: ${regime}`, async () => {
        const element = await mount({ 'learning-rate': rate });
        expect(text(element, '.regime-name')).toBe(regime);
        expect(text(element, '[part="regime"]')).toContain(explanation);
      });
    }

    it('the regime depends on the curvature, not on fixed thresholds: x = 2 makes α = 0.3 oscillate', async () => {
      const element = await mount({ x: '2', target: '4', 'learning-rate': '0.3' });
      expect(text(element, '.regime-name')).toBe('Oscillates');
      expect(text(element, '[part="regime"]')).toContain('x² = 4, so α·h = 1.2');
    });

    it('α = 1.5 oscillates: w alternates sides of w* = 2', async () => {
      const element = await mount({ 'learning-rate': '1.5' });
      await element.step(3);
      expect(readTable(element).map((row) => row[1])).toEqual(['5', '0.5', '2.75', '1.625']);
    });

    it('α = 2.5 diverges: the run stops, says why and fires gd-diverged', async () => {
      const element = await mount({ 'learning-rate': '2.5' });
      const detail = await playUntil<GdLrSliderDivergedDetail>(element, 'gd-diverged');
      await element.updateComplete;
      expect(detail).toEqual({ step: 18, reason: 'loss-exploded' });
      expect(text(element, '[part="status"]')).toContain(
        'The run stopped at step 18: the loss grew more than a million-fold',
      );
      const [play, step] = shadow(element).querySelectorAll('[part="controls"] button');
      expect((play as HTMLButtonElement).disabled).toBe(true);
      expect((step as HTMLButtonElement).disabled).toBe(true);
    });

    it('too slow: stops at the step budget and says how far it still is', async () => {
      const element = await mount({ 'learning-rate': '0.001', steps: '20' });
      await element.step(50);
      expect(readTable(element)).toHaveLength(21);
      expect(text(element, '[part="status"]')).toMatch(
        /^Stopped after 20 steps, the step budget: w = 4\.94\d* is still 2\.94 away/,
      );
    });
  });

  describe('attributes', () => {
    it('min and max set the slider range on a log scale, with decade labels', async () => {
      const element = await mount({ min: '0.0001', max: '1' });
      expect(slider(element).min).toBe('-4');
      expect(slider(element).max).toBe('0');
      expect(Number(slider(element).value)).toBeCloseTo(-1, 9);
      const labels = Array.from(
        shadow(element).querySelectorAll('.decades span'),
        (span) => span.textContent,
      );
      expect(labels).toEqual(['0.0001', '0.001', '0.01', '0.1', '1']);
    });

    it('x, target and start define the problem; steps is the budget', async () => {
      const element = await mount({ x: '2', target: '6', start: '0', 'learning-rate': '0.05', steps: '3' });
      await element.step(10);
      const rows = readTable(element);
      expect(rows).toHaveLength(4);
      // w ← w + α (y − wx) x = 0 + 0.05 · 6 · 2 = 0.6
      expect(rows[1]?.[1]).toBe('0.6');
      expect(text(element, '[part="regime"]')).toContain('w* = 3');
    });

    it('tolerance sets when the run counts as arrived', async () => {
      const element = await mount({ tolerance: '0.5' });
      await element.step(20);
      expect(text(element, '[part="status"]')).toBe('Within 0.5 of w* = 2 after 18 steps: w = 2.5.');
    });

    it('hide-table and hide-chart remove those parts', async () => {
      const element = await mount({ 'hide-table': '', 'hide-chart': '' });
      expect(shadow(element).querySelector('[part="table"]')).toBeNull();
      expect(shadow(element).querySelector('[part="charts"]')).toBeNull();
      element.hideTable = false;
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="table"]')).not.toBeNull();
    });

    it('the charts draw the parabola, one arrow per step, and name themselves with the numbers', async () => {
      const element = await mount();
      await element.step(3);
      const curve = shadow(element).querySelector('svg.curve')!;
      expect(curve.querySelectorAll('line.hop')).toHaveLength(3);
      expect(curve.querySelectorAll('circle.visit')).toHaveLength(4);
      expect(curve.getAttribute('aria-label')).toContain('now w = 4.187');
      expect(shadow(element).querySelector('svg.loss')?.getAttribute('aria-label')).toContain(
        '4.5 at step 0',
      );
    });

    it('theme="dark" switches the colours', async () => {
      const light = await mount({ theme: 'light' });
      const dark = await mount({ theme: 'dark' });
      expect(getComputedStyle(dark).backgroundColor).not.toBe(getComputedStyle(light).backgroundColor);
      expect(getComputedStyle(dark).backgroundColor).toBe('rgb(13, 17, 23)');
    });
  });

  describe('keyboard', () => {
    it('arrows move between nice rates, Page Up/Down by a decade, Home/End to the ends', async () => {
      const element = await mount();
      await pressOnSlider(element, 'ArrowUp');
      expect(element.learningRate).toBe(0.12);
      await pressOnSlider(element, 'ArrowRight');
      expect(element.learningRate).toBe(0.15);
      await pressOnSlider(element, 'ArrowDown');
      await pressOnSlider(element, 'ArrowLeft');
      expect(element.learningRate).toBe(0.1);
      await pressOnSlider(element, 'PageUp');
      expect(element.learningRate).toBe(1);
      await pressOnSlider(element, 'PageDown');
      await pressOnSlider(element, 'PageDown');
      expect(element.learningRate).toBe(0.01);
      await pressOnSlider(element, 'End');
      expect(element.learningRate).toBe(10);
      await pressOnSlider(element, 'Home');
      expect(element.learningRate).toBe(0.001);
      expect(slider(element).getAttribute('aria-valuetext')).toBe('0.001');
    });

    it('a new rate restarts the run and updates the regime', async () => {
      const element = await mount();
      await element.step(3);
      await pressOnSlider(element, 'PageUp');
      expect(readTable(element)).toHaveLength(1);
      expect(text(element, '.regime-name')).toBe('Converges');
      expect(text(element, '[part="regime"]')).toContain('multiplied by 0 at every step');
      await element.step(1);
      expect(readTable(element)[1]?.[1]).toBe('2');
    });

    it('the typed entry takes the rate in the reader’s format and commits on Enter', async () => {
      const element = await mount();
      await typeLearningRate(element, '0.25');
      expect(element.learningRate).toBe(0.25);
      expect(slider(element).getAttribute('aria-valuetext')).toBe('0.25');
    });

    it('an unusable typed rate is marked invalid and reverts on Enter', async () => {
      const element = await mount();
      await userEvent.clear(entry(element));
      await userEvent.type(entry(element), '0');
      await element.updateComplete;
      expect(entry(element).getAttribute('aria-invalid')).toBe('true');
      expect(text(element, '.hint')).toBe('Type a number between 0.001 and 10.');
      await userEvent.keyboard('{Enter}');
      await element.updateComplete;
      expect(element.learningRate).toBe(0.1);
      expect(entry(element).value).toBe('0.1');
      expect(entry(element).getAttribute('aria-invalid')).toBe('false');
    });

    it('Play, Step and Reset are buttons reached with Tab and pressed with the keyboard', async () => {
      const element = await mount();
      const step = Array.from(shadow(element).querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === 'Step',
      )!;
      step.focus();
      await userEvent.keyboard('{Enter}');
      await element.whenReady();
      await vi.waitFor(() => expect(readTable(element)).toHaveLength(2), { timeout: 10_000 });
      await userEvent.tab();
      await userEvent.keyboard(' ');
      await vi.waitFor(() => expect(readTable(element)).toHaveLength(1), { timeout: 10_000 });
    });
  });

  describe('events', () => {
    it('keys fire input and change; programmatic changes fire nothing', async () => {
      const element = await mount();
      const seen: string[] = [];
      for (const type of ['input', 'change']) element.addEventListener(type, () => seen.push(type));
      element.learningRate = 0.5;
      await element.updateComplete;
      expect(seen).toEqual([]);
      await pressOnSlider(element, 'ArrowUp');
      expect(seen).toEqual(['input', 'change']);
      expect(element.learningRate).toBe(0.6);
    });

    it('typing fires input per usable value and one change on Enter', async () => {
      const element = await mount();
      const seen: string[] = [];
      for (const type of ['input', 'change']) element.addEventListener(type, () => seen.push(type));
      await typeLearningRate(element, '0.35');
      expect(seen.filter((t) => t === 'change')).toEqual(['change']);
      expect(seen.filter((t) => t === 'input').length).toBeGreaterThanOrEqual(1);
      expect(element.learningRate).toBe(0.35);
    });

    it('dragging fires input while moving (snapped to nice rates) and change on release', async () => {
      const element = await mount();
      const seen: string[] = [];
      for (const type of ['input', 'change']) element.addEventListener(type, () => seen.push(type));
      const range = slider(element);
      range.value = String(Math.log10(0.031));
      range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      range.value = String(Math.log10(0.049));
      range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      range.dispatchEvent(new Event('change', { bubbles: true }));
      expect(seen).toEqual(['input', 'input', 'change']);
      expect(element.learningRate).toBe(0.05);
    });

    it('the radio buttons’ own input events do not leak out as learning-rate input', async () => {
      const element = await mount();
      const seen: string[] = [];
      element.addEventListener('input', () => seen.push('input'));
      await userEvent.click(shadow(element).querySelector<HTMLInputElement>('input[value="mean"]')!);
      expect(seen).toEqual([]);
    });

    it('gd-step reports step, w and loss; the events bubble out of the shadow root', async () => {
      const element = await mount();
      const steps: GdLrSliderStepDetail[] = [];
      document.body.addEventListener('gd-step', (event) => steps.push((event as CustomEvent).detail));
      await element.step(2);
      expect(steps.map((s) => s.step)).toEqual([1, 2]);
      expect(steps[0]?.w).toBeCloseTo(4.7, 5);
      expect(steps[0]?.loss).toBeCloseTo(0.5 * 2.7 * 2.7, 4);
    });
  });

  describe('languages', () => {
    const labels: [string, string, string, string][] = [
      ['en', 'Learning rate α', '0.1', '4.7'],
      ['tr', 'Öğrenme oranı α', '0,1', '4,7'],
      ['pt', 'Taxa de aprendizado α', '0,1', '4,7'],
      ['ko', '학습률 α', '0.1', '4.7'],
    ];
    for (const [lang, label, rate, w] of labels) {
      it(`${lang}: translated label and regime, locale numbers in entry, slider text and table`, async () => {
        const container = document.createElement('div');
        container.lang = lang;
        document.body.append(container);
        const element = await mount({}, container);
        await element.step(1);
        expect(text(element, 'label[for="slider"]')).toBe(label);
        expect(entry(element).value).toBe(rate);
        expect(slider(element).getAttribute('aria-valuetext')).toBe(rate);
        expect(readTable(element)[1]?.[1]).toBe(w);
        if (lang !== 'en') expect(text(element, '.regime-name')).not.toBe('Converges');
      });
    }

    it('switching lang on an ancestor re-renders in place', async () => {
      const container = document.createElement('div');
      container.lang = 'en';
      document.body.append(container);
      const element = await mount({}, container);
      await element.step(1);
      container.lang = 'pt';
      await vi.waitFor(() => expect(text(element, 'label[for="slider"]')).toBe('Taxa de aprendizado α'), {
        timeout: 10_000,
      });
      expect(text(element, '.regime-name')).toBe('Converge');
      expect(readTable(element)[1]?.[1]).toBe('4,7');
      expect(shadow(element).querySelectorAll('gd-math')[2]?.tex).toContain('4{,}7');
    });

    it('typing 0,2 in Turkish sets α = 0.2', async () => {
      const element = await mount({ lang: 'tr' });
      await typeLearningRate(element, '0,2');
      expect(element.learningRate).toBe(0.2);
      expect(entry(element).value).toBe('0,2');
    });
  });

  describe('bad input', () => {
    const bad: [Record<string, string>, string, string][] = [
      [{ 'learning-rate': 'fast' }, 'learning-rate', 'not-a-number'],
      [{ 'learning-rate': '-0.1' }, 'learning-rate', 'not-positive'],
      [{ 'learning-rate': '0' }, 'learning-rate', 'not-positive'],
      [{ 'learning-rate': '50' }, 'learning-rate', 'out-of-range'],
      [{ min: '0.01', max: '0.001' }, 'max', 'out-of-range'],
      [{ max: 'Infinity' }, 'max', 'not-finite'],
      [{ x: '0' }, 'x', 'not-positive'],
      [{ start: 'NaN' }, 'start', 'not-a-number'],
      [{ steps: '0' }, 'steps', 'out-of-range'],
      [{ tolerance: '-1' }, 'tolerance', 'not-positive'],
      [{ convention: 'quarter' }, 'convention', 'unknown-option'],
    ];
    for (const [attributes, attribute, code] of bad) {
      it(`${JSON.stringify(attributes)} → ${code} on "${attribute}", one warning, defaults kept`, async () => {
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        const element = await mount(attributes);
        const problem = shadow(element).querySelector(`[part="problems"] [data-attribute="${attribute}"]`);
        expect(problem?.getAttribute('data-code')).toBe(code);
        expect(problem?.textContent).toContain(`“${attribute}”`);
        expect(warn).toHaveBeenCalledTimes(1);
        expect(String(warn.mock.calls[0]?.[0])).toContain(`“${attribute}”`);
        // The widget still works from the last good state: the curriculum's first step.
        await element.step(1);
        expect(readTable(element)[1]?.[1]).toBe('4.7');
      });
    }

    it('a bad value later keeps the last good one and a good value clears the message', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ 'learning-rate': '0.5' });
      element.setAttribute('learning-rate', 'oops');
      await element.whenReady();
      expect(element.learningRate).toBe(0.5);
      expect(entry(element).value).toBe('0.5');
      expect(warn).toHaveBeenCalledTimes(1);
      element.learningRate = Number.NaN;
      await element.updateComplete;
      expect(element.learningRate).toBe(0.5);
      element.setAttribute('learning-rate', '0.2');
      await element.whenReady();
      expect(shadow(element).querySelector('[part="problems"]')).toBeNull();
      expect(element.learningRate).toBe(0.2);
    });

    it('the problem message is localised', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ lang: 'tr', 'learning-rate': 'hızlı' });
      expect(text(element, '[part="problems"]')).toContain('“learning-rate” özniteliği bir sayı bekliyor');
    });
  });

  describe('linked mode', () => {
    class RateTarget extends HTMLElement {
      learningRate = 0;
    }
    beforeAll(() => {
      if (!customElements.get('lr-test-target')) customElements.define('lr-test-target', RateTarget);
    });

    it('for="id" sets the target’s learningRate, hides the standalone views, dispatches nothing on it', async () => {
      const target = document.createElement('lr-test-target') as RateTarget;
      target.id = 'model';
      const dispatch = vi.spyOn(target, 'dispatchEvent');
      document.body.append(target);
      const element = await mount({ for: 'model', 'learning-rate': '0.05' });
      expect(target.learningRate).toBe(0.05);
      expect(shadow(element).querySelector('[part="regime"]')).toBeNull();
      expect(shadow(element).querySelector('[part="table"]')).toBeNull();
      expect(shadow(element).querySelector('[part="charts"]')).toBeNull();
      await pressOnSlider(element, 'ArrowUp');
      expect(target.learningRate).toBe(0.06);
      element.learningRate = 0.3;
      await element.updateComplete;
      expect(target.learningRate).toBe(0.3);
      expect(dispatch).not.toHaveBeenCalled();
    });

    it('inside a <gd-playground> it drives the playground', async () => {
      const playground = document.createElement('gd-playground') as HTMLElement & { learningRate?: number };
      document.body.append(playground);
      const element = await mount({ 'learning-rate': '0.02' }, playground);
      expect(playground.learningRate).toBe(0.02);
      expect(shadow(element).querySelector('[part="controls"]')).toBeNull();
    });

    it('for naming no element shows the no-target problem and warns once', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ for: 'nowhere' });
      expect(shadow(element).querySelector('[data-attribute="for"]')?.getAttribute('data-code')).toBe(
        'no-target',
      );
      expect(warn).toHaveBeenCalledTimes(1);
      const late = document.createElement('lr-test-target') as RateTarget;
      late.id = 'nowhere';
      document.body.append(late);
      await vi.waitFor(() => expect(late.learningRate).toBe(0.1), { timeout: 10_000 });
      await element.updateComplete;
      expect(shadow(element).querySelector('[data-attribute="for"]')).toBeNull();
    });
  });

  describe('accessibility', () => {
    it('two sliders on one page name their tables apart (axe landmark-unique)', async () => {
      const first = await mount();
      const second = await mount();
      const name = (element: GdLrSlider) =>
        shadow(element).querySelector('[part="table"]')?.getAttribute('aria-label');
      expect([name(first), name(second)]).toEqual([
        'Every step of gradient descent 1',
        'Every step of gradient descent 2',
      ]);
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

    it('axe finds no violations with a problem shown and in linked mode', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ 'learning-rate': 'x', for: 'none' });
      await noAxeViolations(element);
    });

    it('the slider and the entry have labels; the slider speaks the real rate', async () => {
      const element = await mount({ 'learning-rate': '0.003' });
      expect(slider(element).labels?.[0]?.textContent).toBe('Learning rate α');
      expect(entry(element).getAttribute('aria-label')).toBe('Learning rate, typed');
      expect(slider(element).getAttribute('aria-valuetext')).toBe('0.003');
    });
  });

  describe('tensors', () => {
    it('mount → train → remove leaves tf.memory() where it began', async () => {
      tensorsAtStart = tf.memory().numTensors;
      const element = await mount();
      await element.step(5);
      await pressOnSlider(element, 'PageUp');
      await element.step(2);
      element.convention = 'mean';
      await element.whenReady();
      await element.step(2);
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(tf.memory().numTensors).toBe(tensorsAtStart);
    });

    it('removing while playing or diverged leaks nothing either', async () => {
      tensorsAtStart = tf.memory().numTensors;
      const element = await mount({ 'learning-rate': '5' });
      await playUntil(element, 'gd-diverged');
      const other = await mount();
      other.play();
      await new Promise((resolve) => setTimeout(resolve, 60));
      element.remove();
      other.remove();
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(tf.memory().numTensors).toBe(tensorsAtStart);
    });
  });
});
