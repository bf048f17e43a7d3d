/**
 * The text forms of `<gd-convolution>`'s input and kernel, and the presets.
 *
 * A matrix is rows separated by `;`, numbers by `,` (or spaces): `"1,2,3"` is a 1-D signal,
 * `"1,2;3,4"` a 2 × 2 image. Channels are separated by `|`; the kernel's output channels by `/`,
 * each holding one slice per input channel: `"1,0,-1|0,1,0/1,1,1|0,0,0"` is 2 × 2 × 3.
 */
import type { FilterBank, Volume } from '@gd-playground/core';
import { fail, type Parsed } from '../internal/attributes.js';

/** Parses one matrix; rows of unequal length and non-numbers are refused with the row named. */
function parseMatrix(text: string, channel: number): Parsed<number[][]> {
  const rows = text.split(';').map((row) => row.trim());
  const matrix: number[][] = [];
  for (const [r, row] of rows.entries()) {
    const tokens = row
      .replace(/\u2212/g, '-')
      .split(/[,\s]+/)
      .filter((token) => token !== '');
    if (tokens.length === 0) return fail('empty-row', { row: r + 1, channel: channel + 1 });
    const values = tokens.map(Number);
    const bad = values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) return fail('not-numbers', { token: tokens[bad] as string });
    const first = matrix[0];
    if (first && values.length !== first.length)
      return fail('ragged-rows', { row: r + 1, actual: values.length, expected: first.length });
    matrix.push(values);
  }
  return { ok: true, value: matrix };
}

function parseChannels(text: string, offset = 0): Parsed<number[][][]> {
  if (text.trim() === '') return fail('empty');
  const channels: number[][][] = [];
  for (const [c, part] of text.split('|').entries()) {
    const parsed = parseMatrix(part, offset + c);
    if (!parsed.ok) return parsed;
    const first = channels[0];
    if (first && (parsed.value.length !== first.length || parsed.value[0]?.length !== first[0]?.length))
      return fail('ragged-channels', { channel: c + 1 });
    channels.push(parsed.value);
  }
  return { ok: true, value: channels };
}

/** The `input` attribute: channels × rows × columns. */
export function parseInputText(text: string): Parsed<Volume> {
  return parseChannels(text);
}

/** The `kernel` attribute: output channels × input channels × rows × columns. */
export function parseKernelText(text: string): Parsed<FilterBank> {
  if (text.trim() === '') return fail('empty');
  const bank: number[][][][] = [];
  for (const part of text.split('/')) {
    const parsed = parseChannels(part);
    if (!parsed.ok) return parsed;
    const first = bank[0];
    if (first && parsed.value.length !== first.length)
      return fail('ragged-channels', { channel: bank.length + 1 });
    if (
      first &&
      (parsed.value[0]?.length !== first[0]?.length || parsed.value[0]?.[0]?.length !== first[0]?.[0]?.length)
    )
      return fail('ragged-channels', { channel: bank.length + 1 });
    bank.push(parsed.value);
  }
  return { ok: true, value: bank };
}

/** A whole number from `min` to `max`; stride 0 gets its own explanation. */
export function parseWhole(text: string, min: number, max: number, zeroCode?: string): Parsed<number> {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || Number.isNaN(value)) return fail('not-a-number');
  if (value === 0 && zeroCode) return fail(zeroCode);
  if (!Number.isInteger(value)) return fail('not-whole', { min, max });
  if (value < min || value > max) return fail('out-of-range', { min, max });
  return { ok: true, value };
}

/** Writes a volume back as attribute text (for messages and the "copy settings" of stories). */
export function volumeText(volume: Volume): string {
  return volume.map((channel) => channel.map((row) => row.join(',')).join(';')).join('|');
}

/** Writes a filter bank back as attribute text. */
export function bankText(bank: FilterBank): string {
  return bank.map((filter) => volumeText(filter)).join('/');
}

/** The 2-D kernel presets. */
export const KERNEL_PRESETS = {
  identity: [
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ],
  'box-blur': [
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ],
  sharpen: [
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ],
  'sobel-x': [
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ],
  'sobel-y': [
    [-1, -2, -1],
    [0, 0, 0],
    [1, 2, 1],
  ],
  laplacian: [
    [0, 1, 0],
    [1, -4, 1],
    [0, 1, 0],
  ],
} as const satisfies Record<string, readonly (readonly number[])[]>;
export type KernelPreset = keyof typeof KERNEL_PRESETS;

/** The 2-D input presets, generated in code. */
export const INPUT_PRESETS = ['edge', 'checkerboard', 'picture'] as const;
export type InputPreset = (typeof INPUT_PRESETS)[number];

/** A small grayscale picture (0 … 9): a bright disc, lit from the upper left, on a dark ground with a bar. */
function picture(size = 8): number[][] {
  const centre = (size - 1) / 2;
  return Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_c, c) => {
      const inside = Math.hypot(r - centre, c - centre) <= size / 2.6;
      const light = inside ? 9 - Math.round((r + c) / 3) : 1;
      return r === size - 1 ? 4 : Math.max(0, light);
    }),
  );
}

/** The input of a preset, one channel. */
export function inputPreset(preset: InputPreset): number[][] {
  switch (preset) {
    case 'edge':
      return Array.from({ length: 6 }, () => [0, 0, 0, 9, 9, 9]);
    case 'checkerboard':
      return Array.from({ length: 6 }, (_, r) =>
        Array.from({ length: 6 }, (_c, c) => ((r + c) % 2 === 0 ? 9 : 0)),
      );
    case 'picture':
      return picture();
  }
}

/** Typed entry: a decimal comma and the Unicode minus are accepted, as readers in tr/pt/ko type them. */
export function parseTyped(text: string): number | undefined {
  let cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/\s/g, '');
  if (cleaned.includes(',') && !cleaned.includes('.')) cleaned = cleaned.replace(',', '.');
  const value = cleaned === '' ? Number.NaN : Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The settings a preset sets: its own side, and when the current shapes are not a one-channel 2-D
 * pair (`mustPair`), a partner for the other side (the edge input, or the Sobel x kernel).
 */
export function presetSettings(
  kind: 'kernel' | 'input',
  name: string,
  mustPair: boolean,
): { input?: number[][][]; kernel?: number[][][][] } {
  const copy = (m: readonly (readonly number[])[]) => m.map((row) => [...row]);
  if (kind === 'kernel') {
    const preset = KERNEL_PRESETS[name as KernelPreset];
    if (!preset) return {};
    return { kernel: [[copy(preset)]], ...(mustPair ? { input: [inputPreset('edge')] } : {}) };
  }
  if (!(INPUT_PRESETS as readonly string[]).includes(name)) return {};
  return {
    input: [inputPreset(name as InputPreset)],
    ...(mustPair ? { kernel: [[copy(KERNEL_PRESETS['sobel-x'])]] } : {}),
  };
}
