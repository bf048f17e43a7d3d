import { sheppLogan, tf } from '@gd-playground/core';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/gd-mri.js';
import { checkPageAfterEach, mounter, shadowText, sleep } from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { GdMri, MriStepDetail } from './gd-mri.js';
import { paintError, paintGray, paintKSpace } from './image-view.js';

const mount = mounter<GdMri>('gd-mri', {
  width: 900,
  settle: async (element) => {
    await element.ready();
    await element.updateComplete;
  },
});
const read = shadowText;

checkPageAfterEach();

describe('<gd-mri>', () => {
  it('states the scan-time saving for R = 4 in four languages', async () => {
    const expected: Record<string, string> = {
      en: 'R = 4: 16 of 64 lines, a quarter of the time.',
      tr: 'R = 4: 64 satırın 16 tanesi, sürenin dörtte biri.',
      pt: 'R = 4: 16 de 64 linhas, um quarto do tempo.',
      ko: 'R = 4: 64줄 중 16줄, 시간은 4분의 1.',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const element = await mount({ size: '64' }, lang);
      expect(read(element, '.saving')).toBe(text);
      element.parentElement?.remove();
    }
  });

  it('acceleration 4, random, seed 1: within 100 steps the shown RMSE falls below the zero-filled RMSE', async () => {
    const element = await mount({ acceleration: '4', mask: 'random', seed: '1' });
    const zero = element.zeroFilledError;
    expect(zero).toBeGreaterThan(0.01);
    // The status line shows both numbers; at iteration 0 it shows the zero-filled one.
    expect(read(element, '.errors')).toContain(element.reconstructionError.toPrecision(4).replace(/0+$/, ''));
    const events: MriStepDetail[] = [];
    element.addEventListener('gd-step', (e) => events.push((e as CustomEvent<MriStepDetail>).detail));
    let crossed = 0;
    for (let k = 1; k <= 100 && !crossed; k++) {
      await element.step();
      if (element.reconstructionError < zero) crossed = k;
    }
    await element.updateComplete;
    expect(crossed).toBeGreaterThan(0);
    expect(read(element, '.iteration')).toBe(`Iteration ${crossed}`);
    const last = events.at(-1) as MriStepDetail;
    expect(last.iteration).toBe(crossed);
    expect(last.error).toBe(element.reconstructionError);
    // The objective never rose (η = 0.35 < 1/L = 1/2.6).
    for (let i = 1; i < events.length; i++)
      expect((events[i] as MriStepDetail).objective).toBeLessThanOrEqual(
        (events[i - 1] as MriStepDetail).objective * (1 + 1e-6),
      );
    expect(read(element, '.objective')).toContain(
      new Intl.NumberFormat('en', { maximumSignificantDigits: 5 }).format(last.objective),
    );
  });

  it('a full mask gives a zero-filled image equal to the original', async () => {
    const element = await mount({ size: '64', mask: 'full' });
    expect(element.zeroFilledError).toBeLessThan(1e-5);
    expect(read(element, '.saving')).toBe('Every line measured: the full scan time.');
  });

  it('step back returns to the previous iteration and reset to iteration 0', async () => {
    const element = await mount({ size: '64' });
    const start = element.reconstructionError;
    await element.step();
    await element.step();
    const second = element.reconstructionError;
    await element.step();
    await element.stepBack();
    expect(element.reconstructionError).toBeCloseTo(second, 6);
    await element.reset();
    await element.updateComplete;
    expect(element.reconstructionError).toBeCloseTo(start, 6);
    expect(read(element, '.iteration')).toBe('Iteration 0');
  });

  it('is operated by keyboard: Tab to the step button, Enter steps', async () => {
    const element = await mount({ size: '64' });
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('button.step');
    button?.focus();
    await userEvent.keyboard('{Enter}');
    for (let k = 0; k < 100 && read(element, '.iteration') !== 'Iteration 1'; k++) await sleep(10);
    expect(read(element, '.iteration')).toBe('Iteration 1');
  });

  it('an unreadable file: a message, the last image kept, one warning', async () => {
    const element = await mount({ size: '64' });
    const before = element.zeroFilledError;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not an image'], 'scan.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    for (let k = 0; k < 100 && !element.shadowRoot?.querySelector('.file-problem'); k++) await sleep(10);
    expect(read(element, '.file-problem')).toBe(
      'That file could not be read as an image; the last image is kept.',
    );
    expect(element.zeroFilledError).toBe(before);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('a local image file is used, in grayscale', async () => {
    const element = await mount({ size: '64', mask: 'full' });
    const canvas = document.createElement('canvas');
    canvas.width = 32;
    canvas.height = 32;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#808080';
    context.fillRect(0, 0, 32, 32);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
    const input = element.shadowRoot?.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'grey.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await sleep(200);
    await element.ready();
    // A uniform grey image, fully sampled: zero-filled equals it (error ~0) and the phantom is gone.
    expect(element.zeroFilledError).toBeLessThan(1e-5);
    expect(element.shadowRoot?.querySelector('.file-problem')).toBeNull();
  });

  it('has no axe violations', async () => {
    const element = await mount({ size: '64' });
    const result = await axe.run(element);
    expect(result.violations).toEqual([]);
  });

  it('plays iteration after iteration (a gd-step for each, none skipped) to the numbers stepping gives', async () => {
    const played = await mount({ size: '64' });
    const events: MriStepDetail[] = [];
    played.addEventListener('gd-step', (event) => events.push((event as CustomEvent<MriStepDetail>).detail));
    played.play();
    await vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(6), { timeout: 30_000 });
    played.pause();
    await sleep(100);
    expect(events.map((e) => e.iteration)).toEqual(events.map((_, i) => i + 1));
    // What is shown after pausing is the last iteration computed (drawn at the frame after it).
    await vi.waitFor(() => expect(read(played, '.iteration')).toBe(`Iteration ${events.length}`));
    const stepped = await mount({ size: '64' });
    const steps: MriStepDetail[] = [];
    stepped.addEventListener('gd-step', (event) => steps.push((event as CustomEvent<MriStepDetail>).detail));
    for (let i = 0; i < 6; i++) await stepped.step();
    expect(steps[5]).toEqual(events[5]);
  });

  it('play → pause → remove leaves the tensor count where it began', async () => {
    await sleep(50);
    const before = tf.memory().numTensors;
    const element = await mount({ size: '64', 'data-consistency': 'true' });
    element.play();
    for (
      let k = 0;
      k < 200 && element.shadowRoot?.querySelector('.iteration')?.textContent !== 'Iteration 5';
      k++
    )
      await sleep(20);
    element.pause();
    expect(Number(read(element, '.iteration').replace(/\D/g, ''))).toBeGreaterThanOrEqual(5);
    element.parentElement?.remove();
    await sleep(100);
    expect(tf.memory().numTensors).toBe(before);
  });
});

/** The RGBA bytes a canvas holds, read back from its backing store. */
function pixels(canvas: HTMLCanvasElement | null | undefined): number[] {
  if (!canvas) throw new Error('no canvas');
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  return Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data);
}
/** Opaque RGBA bytes from [r, g, b] triples. */
const opaque = (...rgb: [number, number, number][]) => rgb.flatMap((c) => [...c, 255]);

describe('gd-mri painting, read back with getImageData', () => {
  it('paintGray maps the range linearly onto 0 … 255 and clamps outside it', () => {
    const canvas = document.createElement('canvas');
    // Range [2, 7]: 51 grey levels per unit.
    paintGray(canvas, [2, 3, 5, 7, 8, 1, 4.2, 6, 2], 3, { low: 2, high: 7 });
    expect([canvas.width, canvas.height]).toEqual([3, 3]);
    expect(pixels(canvas)).toEqual(
      opaque(
        [0, 0, 0],
        [51, 51, 51],
        [153, 153, 153],
        [255, 255, 255],
        [255, 255, 255],
        [0, 0, 0],
        [112, 112, 112],
        [204, 204, 204],
        [0, 0, 0],
      ),
    );
    // Repainting at another size resizes the canvas.
    paintGray(canvas, [0, 0.2, 0.6, 1], 2, { low: 0, high: 1 });
    expect(pixels(canvas)).toEqual(opaque([0, 0, 0], [51, 51, 51], [153, 153, 153], [255, 255, 255]));
  });

  it('paintError: black where a = b, (255·√t, 160·t, 0) with t = |a − b| / high, capped at 1', () => {
    const canvas = document.createElement('canvas');
    paintError(canvas, [0.5, 0.51, 0.75, 2], [0.5, 0.5, 0.5, 0], 2, 0.25);
    // t = 0, 0.04, 1, 1 (capped): √0.04 = 0.2 → 51, 160 · 0.04 = 6.4 → 6.
    expect(pixels(canvas)).toEqual(opaque([0, 0, 0], [51, 6, 0], [255, 160, 0], [255, 160, 0]));
  });

  it('paintKSpace: measured rows in grey, unmeasured rows dimmed and tinted', () => {
    const canvas = document.createElement('canvas');
    // Largest log-magnitude 5 → grey g = 51 · value; row 0 unmeasured, row 1 measured.
    paintKSpace(canvas, [1, 3, 0, 5], Uint8Array.from([0, 1]), 2);
    // Unmeasured: (40 + 0.15 g, 20 + 0.1 g, 60 + 0.25 g); g = 51 → (47.65, 25.1, 72.75), g = 153 → (62.95, 35.3, 98.25).
    expect(pixels(canvas)).toEqual(opaque([48, 25, 73], [63, 35, 98], [0, 0, 0], [255, 255, 255]));
  });

  it('the element paints the phantom in grey (255 · value, clamped) and, with every line measured, the same zero-filled image', async () => {
    const element = await mount({ size: '64', mask: 'full' });
    const canvas = (name: string) => element.shadowRoot?.querySelector<HTMLCanvasElement>(`canvas.${name}`);
    const original = pixels(canvas('original'));
    const expected = Uint8ClampedArray.from(sheppLogan(64), (v) => 255 * v);
    expect(original.length).toBe(64 * 64 * 4);
    expect(original.filter((_, i) => i % 4 === 0)).toEqual(Array.from(expected));
    expect(original.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
    // The zero-filled image equals the original to within float32 error: at most one grey level apart.
    const zero = pixels(canvas('zero'));
    expect(Math.max(...zero.map((byte, i) => Math.abs(byte - (original[i] as number))))).toBeLessThanOrEqual(
      1,
    );
  });
});

describeSchema('gd-mri', {
  size: { good: '64', bad: '300' },
  mask: { good: 'equispaced', bad: 'spiral' },
  acceleration: { good: '8', bad: '9' },
  center: { good: '0.1', bad: '0.9' },
  seed: { good: '3', bad: 'x' },
  'step-size': { good: '0.5', bad: '0' },
  lambda: { good: '0.01', bad: '-1' },
  epsilon: { good: '0.05', bad: '0' },
  regularizer: { good: 'tikhonov', bad: 'l1' },
  'data-consistency': { good: 'true', bad: 'maybe', value: true },
});
