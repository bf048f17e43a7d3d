import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import '../define/gd-convolution.js';
import {
  checkPageAfterEach,
  clean,
  mounter,
  shadowText,
  shadowTexts,
  sleep,
} from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { ConvolutionStepDetail, GdConvolution } from './gd-convolution.js';

// --- harness ---------------------------------------------------------------------------------------

const mount = mounter<GdConvolution>('gd-convolution', { settle: (element) => element.updateComplete });
const root = (element: GdConvolution) => element.shadowRoot!;
const text = shadowText;
const all = shadowTexts;
/** The outputs of channel 0 as displayed (1-D: y-0-i; 2-D: y-0-r-c). */
const outputs = (element: GdConvolution) => all(element, '[data-key^="y-0-"]');
const press = async (element: GdConvolution, id: string) => {
  root(element).querySelector<HTMLButtonElement>(`#${id}`)!.click();
  await element.updateComplete;
};
const matrixRows = (element: GdConvolution) =>
  [...root(element).querySelectorAll('.matrix tbody tr')].map((row) =>
    [...row.querySelectorAll('td:not(.result)')].map((cell) => clean(cell.textContent)),
  );

checkPageAfterEach();

// --- curriculum golden values (C.7) ---------------------------------------------------------------

describe('<gd-convolution> golden values, read from the rendered widget', () => {
  it('(1, 2, 3, 4, 5) ⋆ (1, 0, −1) = (−2, −2, −2), the first output written out, width 3', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    expect(outputs(element)).toEqual(['−2', '−2', '−2']);
    expect(text(element, '[data-value="products"]')).toBe('1·1 + 2·0 + 3·(−1)');
    expect(text(element, '[data-value="sum"]')).toBe('−2');
    expect(text(element, '[data-value="size-L"]')).toBe('3');
    expect(text(element, '[data-value="shape-input"]')).toBe('(1, 1, 5)');
    expect(text(element, '[data-value="shape-kernel"]')).toBe('(1, 1, 3)');
    expect(text(element, '[data-value="shape-output"]')).toBe('(1, 1, 3)');
  });

  it('shows the banded matrix rows (1, 0, −1, 0, 0), (0, 1, 0, −1, 0), (0, 0, 1, 0, −1)', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    expect(matrixRows(element)).toEqual([
      ['1', '0', '−1', '0', '0'],
      ['0', '1', '0', '−1', '0'],
      ['0', '0', '1', '0', '−1'],
    ]);
    expect(all(element, '.matrix tfoot td.vector')).toEqual(['1', '2', '3', '4', '5']);
    expect(all(element, '[data-value="matrix-y"]')).toEqual(['−2', '−2', '−2']);
  });

  it('padding 1 → (−2, −2, −2, −2, 4); padding 1 and stride 2 → (−2, −2, 4), width 3', async () => {
    const padded = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1', padding: '1' });
    expect(outputs(padded)).toEqual(['−2', '−2', '−2', '−2', '4']);
    expect(text(padded, '[data-value="size-L"]')).toBe('5');
    const strided = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1', padding: '1', stride: '2' });
    expect(outputs(strided)).toEqual(['−2', '−2', '4']);
    expect(text(strided, '[data-value="size-L"]')).toBe('3');
    // The formula with the live numbers: ⌊(5 + 2·1 − 1·(3 − 1) − 1)/2⌋ + 1 = ⌊4/2⌋ + 1 = 3.
    expect(text(strided, '[data-dimension="L"]')).toContain('5+2·1−1·(3−1)−1');
    // Rows shift by the stride over the 7 padded inputs.
    expect(matrixRows(strided)[1]).toEqual(['0', '0', '1', '0', '−1', '0', '0']);
  });

  it('the 4 × 4 input 1 … 16 with the vertical-edge kernel gives a 2 × 2 output of −6 (im2col rows)', async () => {
    const element = await mount({
      input: '1,2,3,4;5,6,7,8;9,10,11,12;13,14,15,16',
      kernel: '1,0,-1;1,0,-1;1,0,-1',
    });
    expect(outputs(element)).toEqual(['−6', '−6', '−6', '−6']);
    expect(text(element, '[data-value="size-H"]')).toBe('2');
    expect(text(element, '[data-value="size-W"]')).toBe('2');
    expect(text(element, '[data-value="shape-input"]')).toBe('(1, 1, 4, 4)');
    expect(matrixRows(element)[0]).toEqual(['1', '2', '3', '5', '6', '7', '9', '10', '11']);
    expect(all(element, '.matrix tfoot td.vector')).toEqual(['1', '0', '−1', '1', '0', '−1', '1', '0', '−1']);
  });

  it('flipping the kernel computes true convolution and says so', async () => {
    const element = await mount({ input: '0,0,1,0,0', kernel: '1,2,3' });
    expect(outputs(element)).toEqual(['3', '2', '1']);
    root(element).querySelector<HTMLInputElement>('#flip')!.click();
    await element.updateComplete;
    expect(outputs(element)).toEqual(['1', '2', '3']);
    expect(element.mode).toBe('convolution');
    expect(text(element, '[data-value="mode"]')).toContain('flipped');
  });

  it('channels: two input and two output channels with PyTorch shape labels', async () => {
    const element = await mount({ input: '1,2,3,4|1,1,1,1', kernel: '1,-1|0,1/1,1|1,1' });
    expect(text(element, '[data-value="shape-input"]')).toBe('(1, 2, 4)');
    expect(text(element, '[data-value="shape-kernel"]')).toBe('(2, 2, 2)');
    expect(text(element, '[data-value="shape-output"]')).toBe('(1, 2, 3)');
    // Output 0: (1 − 2) + 1 = 0 at every position; output 1: x[i] + x[i+1] + 2.
    expect(all(element, '[data-key^="y-0-"]')).toEqual(['0', '0', '0']);
    expect(all(element, '[data-key^="y-1-"]')).toEqual(['5', '7', '9']);
  });

  it('gradients of Σ y²/2 and Σ y, with the autodiff check', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    expect(text(element, '[data-value="loss"]')).toBe('6');
    expect(all(element, '[data-value="d-kernel-0"] td')).toEqual(['−12', '−18', '−24']);
    expect(all(element, '[data-value="d-input-0"] td')).toEqual(['−2', '−2', '0', '2', '2']);
    element.setAttribute('loss', 'sum');
    await element.updateComplete;
    expect(text(element, '[data-value="loss"]')).toBe('−6');
    expect(all(element, '[data-value="d-kernel-0"] td')).toEqual(['6', '9', '12']);
    expect(all(element, '[data-value="d-input-0"] td')).toEqual(['1', '1', '0', '−1', '−1']);
    await vi.waitFor(() => expect(text(element, '[data-value="autodiff"]')).toContain('largest difference'), {
      timeout: 10_000,
    });
  });
});

// --- stepping, events, receptive fields -------------------------------------------------------------

describe('<gd-convolution> by hand', () => {
  it('step, step back, reset and the scrubber move the kernel, light the matrix row and fire gd-step', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1', padding: '1' });
    const events: ConvolutionStepDetail[] = [];
    element.addEventListener('gd-step', (event) =>
      events.push((event as CustomEvent<ConvolutionStepDetail>).detail),
    );
    await press(element, 'step');
    await press(element, 'step');
    expect(text(element, '[data-value="products"]')).toBe('2·1 + 3·0 + 4·(−1)');
    expect(root(element).querySelector('.matrix tr.current')?.getAttribute('data-row')).toBe('2');
    expect(
      [...root(element).querySelectorAll('[data-key^="x-0-"].window')].map((n) => n.getAttribute('data-key')),
    ).toEqual(['x-0-2', 'x-0-3', 'x-0-4']);
    await press(element, 'step-back');
    const scrubber = root(element).querySelector<HTMLInputElement>('#scrubber')!;
    scrubber.value = '4';
    scrubber.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(text(element, '[data-value="products"]')).toBe('4·1 + 5·0 + 0·(−1)');
    expect(text(element, '[data-value="sum"]')).toBe('4');
    await press(element, 'reset');
    expect(events.map((e) => e.index)).toEqual([1, 2, 1, 4, 0]);
    expect(events[3]).toEqual({ index: 4, outChannel: 0, row: 0, col: 4, value: 4 });
  });

  it('play walks to the last output and stops', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    const speed = root(element).querySelector<HTMLSelectElement>('#speed')!;
    speed.value = '8';
    speed.dispatchEvent(new Event('change'));
    const seen: number[] = [];
    element.addEventListener('gd-step', (event) =>
      seen.push((event as CustomEvent<ConvolutionStepDetail>).detail.index),
    );
    await press(element, 'play');
    await vi.waitFor(() => expect(seen).toEqual([1, 2]), { timeout: 5000 });
    await vi.waitFor(() => expect(text(element, '#play')).toBe('Play'));
  });

  it('focusing an output lights its receptive field; focusing an input lights the outputs it feeds; arrows move', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1', padding: '1', stride: '2' });
    const output = root(element).querySelector<HTMLElement>('[data-key="y-0-1"]')!;
    output.focus();
    await element.updateComplete;
    const field = () =>
      [...root(element).querySelectorAll('.cell.field')].map((n) => n.getAttribute('data-key'));
    expect(field()).toEqual(['x-0-2', 'x-0-3', 'x-0-4']);
    output.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).activeElement?.getAttribute('data-key')).toBe('y-0-2');
    expect(field()).toEqual(['x-0-4', 'x-0-5', 'x-0-6']);
    // Padded x̃[4] (= x[3] = 4) feeds outputs 1 and 2 with stride 2.
    root(element).querySelector<HTMLElement>('[data-key="x-0-4"]')!.focus();
    await element.updateComplete;
    expect([...root(element).querySelectorAll('.cell.fed')].map((n) => n.getAttribute('data-key'))).toEqual([
      'y-0-1',
      'y-0-2',
    ]);
    expect(
      [...root(element).querySelectorAll('.matrix tr.fed')].map((n) => n.getAttribute('data-row')),
    ).toEqual(['1', '2']);
  });

  it('edits cells by keyboard (+, −, Enter and the field) and by pointer', async () => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    const cell = root(element).querySelector<HTMLElement>('[data-key="x-0-0"]')!;
    cell.focus();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await element.updateComplete;
    expect(outputs(element)).toEqual(['−1', '−2', '−2']);
    root(element).querySelector<HTMLElement>('[data-key="x-0-2"]')!.click();
    await element.updateComplete;
    const editor = root(element).querySelector<HTMLInputElement>('#cell-editor')!;
    expect(editor.value).toBe('3');
    editor.value = '−1,5';
    editor.dispatchEvent(new Event('change'));
    await element.updateComplete;
    // x = (2, 2, −1.5, 4, 5): y0 = 2 + 1.5 = 3.5.
    expect(outputs(element)).toEqual(['3,5'.replace(',', '.'), '−2', '−6,5'.replace(',', '.')]);
  });

  it('kernel and input presets switch to 2-D: Sobel x on the edge', async () => {
    const element = await mount();
    const kernel = root(element).querySelector<HTMLSelectElement>('#kernel-preset')!;
    kernel.value = 'sobel-x';
    kernel.dispatchEvent(new Event('change'));
    await element.updateComplete;
    // The edge 0,0,0,9,9,9 (6 rows): Sobel x gives 0, 36, 36, 0 in every row.
    expect(outputs(element).slice(0, 4)).toEqual(['0', '36', '36', '0']);
    const input = root(element).querySelector<HTMLSelectElement>('#input-preset')!;
    input.value = 'picture';
    input.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text(element, '[data-value="shape-input"]')).toBe('(1, 1, 8, 8)');
    expect(outputs(element)).toHaveLength(36);
  });
});

// --- bad input, languages, accessibility, tensors ------------------------------------------------

describe('<gd-convolution> bad input', () => {
  it.each([
    ['input', '1,2;3', 'ragged-rows'],
    ['input', '1,x,3', 'not-numbers'],
    ['kernel', '1,2,3,4,5,6,7', 'kernel-too-large'],
    ['stride', '0', 'stride-zero'],
  ])(
    '%s="%s": a message naming the attribute, the last good state, one warning',
    async (attribute, value, code) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
      element.setAttribute(attribute, value);
      await element.updateComplete;
      await element.updateComplete;
      const problem = root(element).querySelector(`[part="problems"] [data-attribute="${attribute}"]`);
      expect(problem?.getAttribute('data-code')).toBe(code);
      expect(clean(problem?.textContent)).toContain(`“${attribute}”`);
      expect(outputs(element)).toEqual(['−2', '−2', '−2']);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain(attribute);
      expect(String(warn.mock.calls[0]?.[0])).not.toContain('error.');
    },
  );

  it('a kernel too big for the input is cleared once padding makes it fit', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ input: '1,2,3', kernel: '1,0,-1' });
    element.setAttribute('kernel', '1,1,1,1,1');
    await element.updateComplete;
    expect(text(element, '[data-attribute="kernel"]')).toContain('5');
    element.setAttribute('padding', '1');
    await element.updateComplete;
    expect(root(element).querySelector('[part="problems"]')).toBeNull();
    expect(outputs(element)).toEqual(['6']);
  });
});

describe('<gd-convolution> languages, accessibility and tensors', () => {
  it.each([
    ['en', 'Output', '−2'],
    ['tr', 'Çıktı', '−2'],
    ['pt', 'Saída', '−2'],
    ['ko', '출력', '−2'],
  ])('%s: labels in the language, numbers in its locale', async (lang, label, value) => {
    const element = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1', padding: '1', stride: '2' }, lang);
    expect(text(element, '.one-d .view-label:last-of-type')).toBe(label);
    expect(outputs(element)).toEqual([value, value, '4']);
  });

  // The page's default width stacks the panels under the views; 1000 px puts them in their 20rem
  // column beside the views, where 'Preenchimento p' and '스트라이드 s' used to wrap.
  it.each([
    ['the page width', mount],
    [
      '1000 px',
      mounter<GdConvolution>('gd-convolution', { width: 1000, settle: (element) => element.updateComplete }),
    ],
  ])(
    'at %s, the padding, stride and dilation inputs line up under one-line labels in every language',
    async (_, mountAt) => {
      for (const lang of ['en', 'tr', 'pt', 'ko']) {
        const element = await mountAt({ input: '1,2,3,4,5', kernel: '1,0,-1' }, lang);
        const ids = ['stride', 'padding', 'dilation'];
        const tops = ids.map((id) => root(element).getElementById(id)!.getBoundingClientRect().top);
        expect(Math.max(...tops) - Math.min(...tops), `${lang} input tops ${tops.join(', ')}`).toBeLessThan(
          0.5,
        );
        for (const id of ids) {
          const label = root(element).querySelector<HTMLLabelElement>(`label[for="${id}"]`)!;
          const lineBox = Number.parseFloat(getComputedStyle(label).lineHeight);
          expect(lineBox, `${lang} ${id} line-height`).toBeGreaterThan(10);
          expect(
            label.getBoundingClientRect().height,
            `${lang} ${id}: "${clean(label.textContent)}"`,
          ).toBeLessThanOrEqual(lineBox + 0.5);
          // One line and still inside its fieldset: nowrap must not push the row out of the panel.
          const fieldset = label.closest('fieldset')!.getBoundingClientRect();
          expect(label.getBoundingClientRect().right, `${lang} ${id} right edge`).toBeLessThanOrEqual(
            fieldset.right,
          );
        }
        element.parentElement!.remove();
      }
    },
  );

  it('decimal commas in Turkish and Portuguese', async () => {
    const element = await mount({ input: '1.5,2,3', kernel: '1,1' }, 'pt');
    expect(outputs(element)).toEqual(['3,5', '5']);
  });

  it.each(['light', 'dark'])('has no axe violations (%s, 1-D and 2-D)', async (theme) => {
    const one = await mount({ theme, input: '1,2,3,4,5', kernel: '1,0,-1', padding: '1' });
    const first = await axe.run(one);
    expect(first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    const two = await mount({
      theme,
      input: '1,2,3,4;5,6,7,8;9,10,11,12;13,14,15,16',
      kernel: '1,0,-1;1,0,-1;1,0,-1',
    });
    const second = await axe.run(two);
    expect(second.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  it('two widgets on one page name their regions apart (axe landmark-unique); a lone one keeps plain names', async () => {
    const first = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    const second = await mount({ input: '1,2,3,4,5', kernel: '1,0,-1' });
    await first.updateComplete;
    const names = (element: GdConvolution) =>
      ['[part="view"]', '[part="formula"]', '.matrix-scroll', '[part="gradients"]'].map((selector) =>
        root(element).querySelector(selector)?.getAttribute('aria-label'),
      );
    expect(names(first)).toEqual([
      'The kernel sliding over the input 1',
      'Output size and shapes 1',
      expect.stringMatching(/ 1$/),
      'Gradients 1',
    ]);
    expect(names(second)[1]).toBe('Output size and shapes 2');
    const result = await axe.run(document.body, { runOnly: ['landmark-unique'] });
    expect(result.violations).toEqual([]);
    second.remove();
    await first.updateComplete;
    expect(names(first)[1]).toBe('Output size and shapes');
  });

  it('mount → step → play → remove leaves the tensor count where it began', async () => {
    const before = tf.memory().numTensors;
    const element = await mount({ input: '1,2,3,4;5,6,7,8;9,10,11,12', kernel: '1,0;0,-1' });
    await vi.waitFor(() => expect(text(element, '[data-value="autodiff"]')).toContain('largest difference'), {
      timeout: 10_000,
    });
    await press(element, 'step');
    await press(element, 'play');
    element.setAttribute('padding', '1');
    await element.updateComplete;
    element.remove();
    await sleep(200);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describeSchema('gd-convolution', {
  input: { good: '2,4,6,8', bad: '1,2;3' },
  kernel: { good: '1,1', bad: '1,,x' },
  padding: { good: '2', bad: '-1' },
  stride: { good: '2', bad: '0' },
  dilation: { good: '2', bad: '1.5' },
  mode: { good: 'convolution', bad: 'flipped' },
  loss: { good: 'sum', bad: 'cube' },
});
