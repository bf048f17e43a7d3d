import type { ConvTraceStep } from '@gd-playground/core';
import type { ConvModel, Position } from '../model.js';

/** What every view of `<gd-convolution>` reads from the element, and the callbacks it may call. */
export interface ConvViewContext {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  /** A number in the widget's locale, with a typographic minus. */
  readonly fmt: (value: number) => string;
  /** A region's accessible name, told apart from the same region of other widgets on the page. */
  readonly regionName: (name: string) => string;
  readonly model: ConvModel;
  readonly outChannel: number;
  /** The output the kernel is on (the cursor of play / step / scrubber). */
  readonly current: ConvTraceStep;
  /** Padded-input cells under the kernel at the cursor (position keys). */
  readonly window: ReadonlySet<string>;
  /** Receptive field of the output under the pointer or focus (position keys). */
  readonly field: ReadonlySet<string>;
  /** Outputs fed by the input cell under the pointer or focus (patch indices). */
  readonly fed: ReadonlySet<number>;
  /** The output under the pointer or focus, if any. */
  readonly pointedPatch: number | undefined;
  /** The input cell under the pointer or focus, if any. */
  readonly pointedInput: Position | undefined;
  /** Roving Tab stops. */
  readonly activeInput: Position;
  readonly activePatch: number;
  readonly onInputEnter: (at: Position, by: 'focus' | 'hover') => void;
  readonly onOutputEnter: (outChannel: number, patch: number, by: 'focus' | 'hover') => void;
  readonly onLeave: () => void;
  /** A click on an output moves the cursor there. */
  readonly onPickOutput: (outChannel: number, patch: number) => void;
  readonly onPickInput: (at: Position) => void;
  readonly onEditInput: (at: Position, action: 'increment' | 'decrement' | 'open') => void;
  readonly updated: () => Promise<unknown>;
}

/** Classes of a padded-input cell. */
export function inputClasses(c: ConvViewContext, at: Position, isPad: boolean): string {
  const key = `${at[0]}:${at[1]}:${at[2]}`;
  const pointed = c.pointedInput;
  return [
    isPad ? 'pad' : '',
    c.window.has(key) ? 'window' : '',
    c.field.has(key) ? 'field' : '',
    pointed && pointed[0] === at[0] && pointed[1] === at[1] && pointed[2] === at[2] ? 'source' : '',
  ].join(' ');
}

/** Classes of an output cell. */
export function outputClasses(c: ConvViewContext, outChannel: number, patch: number): string {
  const mine = outChannel === c.outChannel;
  return [
    mine && patch === c.current.patch ? 'current' : '',
    mine && c.fed.has(patch) ? 'fed' : '',
    mine && c.pointedPatch === patch ? 'source' : '',
  ].join(' ');
}
