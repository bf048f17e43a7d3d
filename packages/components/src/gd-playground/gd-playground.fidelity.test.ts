// CURRICULUM A fidelity through the rendered element: the exact ledger (A.9 with either BCE form),
// the prediction probe (A.2, A.4), the data as a matrix (A.4) and the step as code (A.5, A.9).
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-playground.js';
import { A9, cell, clean, eachTestLeavesNoTensors, mount, part } from './harness.test-fixtures.js';

eachTestLeavesNoTensors();

describe('<gd-playground> exact ledger', () => {
  it.each(['bce', 'bce-logits'])(
    'A.9 with loss="%s" shows 6 before the step and 5.65 after (CURRICULUM "Logistic step, exact")',
    async (loss) => {
      const element = await mount({ ...A9, loss });
      expect(cell(element, 0, 'loss')).toBe('6');
      expect(clean(part(element, 'status')?.textContent)).toContain('6');
      expect(clean(part(element, 'status')?.textContent)).not.toContain('6.0004');
      await element.step(1);
      expect(cell(element, 1, 'batch-loss')).toBe('6');
      expect(cell(element, 1, 'loss')).toBe('5.65');
      expect(cell(element, 1, 'parameters')).toBe('w: 1.95, 1.9, 1.85');
      const status = clean(part(element, 'status')?.textContent);
      expect(status).toContain('5.65');
      expect(status).not.toMatch(/5\.649|5\.6501/);
    },
  );
});

/** CURRICULUM A.4 as a data set: size (m²) and rooms → price, exactly ŷ = 5.1·x₁ + 6.5·x₂ + 133. */
const A4_DATA = JSON.stringify({
  features: [
    [50, 1],
    [60, 2],
    [70, 2],
    [90, 3],
    [100, 3],
  ],
  targets: [394.5, 452, 503, 611.5, 662.5],
  featureNames: ['size (m²)', 'rooms'],
});
const probeLine = (element: HTMLElement, which: string) =>
  clean(element.shadowRoot!.querySelector(`[part="probe"] [data-probe="${which}"]`)?.textContent);

describe('<gd-playground> prediction probe', () => {
  it('A.2: house prices at w = 5, b = 150 predict 750 for 120 m², written out', async () => {
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    expect(probeLine(element, 'prediction')).toMatch(/5·120\+150=750$/);
  });

  it('A.4: b = 133, w = (5.1, 6.5) predict 528.5 for (75, 2)', async () => {
    const element = await mount({ data: A4_DATA, start: '5.1,6.5,133', probe: '75,2' });
    expect(probeLine(element, 'prediction')).toMatch(/5\.1·75\+6\.5·2\+133=528\.5$/);
  });

  it('A.8: logistic w = (2.8, −4.5), b = 0.4 at (1, 1.5): z = −3.55, σ(z) ≈ 0.028, class 0', async () => {
    const data = JSON.stringify({
      features: [
        [0, 0],
        [1, 1],
        [2, 0],
        [0, 2],
      ],
      targets: [0, 1, 1, 0],
    });
    const element = await mount({ data, model: 'logistic', start: '2.8,-4.5,0.4', probe: '1,1.5' });
    expect(probeLine(element, 'logit')).toMatch(/=−3\.55$/);
    expect(probeLine(element, 'probability')).toMatch(/=0\.0279$/);
    expect(probeLine(element, 'class')).toContain('Class: 0');
  });

  it('follows training: the prediction after a step uses the new parameters', async () => {
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    await element.step(1);
    const w = element.session!.current.parameters['w']![0]!;
    const b = element.session!.current.parameters['b']![0]!;
    const shown = probeLine(element, 'prediction').split('=').pop()!;
    expect(Number(shown)).toBeCloseTo(w * 120 + b, 3);
  });

  it('the learner types an input and the data view marks it; Pick then a click sets feature 1', async () => {
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#probe-0')!;
    input.value = '80';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(probeLine(element, 'prediction')).toMatch(/=550$/);
    const view = element.shadowRoot!.querySelector('gd-playground-data-view')!;
    await (view as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(view.shadowRoot!.querySelector('[data-probe-mark]')).not.toBeNull();
    const pick = element.shadowRoot!.querySelector<HTMLButtonElement>('#probe-pick')!;
    pick.focus();
    pick.click();
    await element.updateComplete;
    expect(pick.getAttribute('aria-pressed')).toBe('true');
    const svgEl = view.shadowRoot!.querySelector('svg')!;
    const box = svgEl.getBoundingClientRect();
    svgEl.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        composed: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + box.height / 2,
      }),
    );
    await element.updateComplete;
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    const x = Number(input.value);
    expect(x).toBeGreaterThan(50);
    expect(x).toBeLessThan(100);
    expect(element.playgroundState.data).toMatchObject({ kind: 'preset' }); // no point was added
    expect(Number(probeLine(element, 'prediction').split('=').pop())).toBeCloseTo(5 * x + 150, 3);
  });

  it('a bad probe is refused by name, keeping the last good one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({
      preset: 'house-prices',
      standardize: 'false',
      start: '5,150',
      probe: '120',
    });
    element.setAttribute('probe', '12o');
    await element.updateComplete;
    expect(clean(part(element, 'problems')?.textContent)).toContain('probe');
    expect(probeLine(element, 'prediction')).toMatch(/=750$/);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
