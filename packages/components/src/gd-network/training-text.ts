/**
 * The trained network inside a state string: the `weights` entry, core's
 * `NetworkTrainer.saveState()` written compactly as `step.epoch.cursor.updates.<base64url>`, where
 * the base64url part holds the parameters followed by the optimizer state as little-endian
 * float32 (exactly the trainer's own float32 values, so a restored network shows the same losses
 * to the last digit). A 2-8-8-8 network with two classes and plain SGD has 186 parameters and one
 * optimizer number: 748 bytes, 998 characters of base64url. Whether the numbers fit the network
 * is core's `loadState` to decide (`invalid-state`); here only the text's form is checked.
 */
import type { NetworkTrainerState, OptimizerKind } from '@gd-playground/core';
import type { Parsed } from '../internal/attributes.js';

/** A decoded `weights` entry: the position in training and every float32 number, not yet split. */
export interface SavedTraining {
  readonly step: number;
  readonly epoch: number;
  readonly cursor: number;
  readonly updates: number;
  /** Parameters, then optimizer state. */
  readonly values: Float32Array;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(
    text
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(text.length / 4) * 4, '='),
  );
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Writes a trainer's saved state as the `weights` text. */
export function encodeTraining(state: NetworkTrainerState): string {
  const count = state.params.length + state.slots.length;
  const view = new DataView(new ArrayBuffer(count * 4));
  const values = [...state.params, ...state.slots];
  for (let i = 0; i < count; i++) view.setFloat32(i * 4, values[i] ?? 0, true);
  const head = [state.step, state.epoch, state.cursor, state.updates].join('.');
  return `${head}.${toBase64Url(new Uint8Array(view.buffer))}`;
}

/** Reads the `weights` text (its form only; core checks that it fits the network). */
export function decodeTraining(text: string): Parsed<SavedTraining> {
  const parts = text.trim().split('.');
  const head = parts.slice(0, 4).map(Number);
  const bytes = parts.length === 5 ? fromBase64Url(parts[4] ?? '') : undefined;
  if (!bytes || bytes.length % 4 !== 0 || !head.every((n) => Number.isInteger(n) && n >= 0))
    return { ok: false, problem: { code: 'weights' } };
  const view = new DataView(bytes.buffer);
  const values = new Float32Array(bytes.length / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
  const [step, epoch, cursor, updates] = head as [number, number, number, number];
  return { ok: true, value: { step, epoch, cursor, updates, values } };
}

/** The saved training as core's state for a network of `parameterCount` parameters. */
export function trainerStateOf(
  saved: SavedTraining,
  optimizer: OptimizerKind,
  parameterCount: number,
): NetworkTrainerState {
  const values = Array.from(saved.values);
  return {
    optimizer,
    step: saved.step,
    epoch: saved.epoch,
    cursor: saved.cursor,
    updates: saved.updates,
    params: values.slice(0, parameterCount),
    slots: values.slice(parameterCount),
  };
}
