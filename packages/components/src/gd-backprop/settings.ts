/**
 * Attribute parsers and presets of `<gd-backprop>`: the expression (with the column of a syntax
 * error), the variable values, the phase shown completed, and the presets of the lesson.
 */
import {
  type BackwardOverride,
  ExpressionError,
  type ExpressionNode,
  type NetworkSpec,
  parseExpression,
} from '@gd-playground/core';
import { type Parsed, parseOption } from '../internal/attributes.js';

/** A parsed expression with the text it came from (the text is what the widget shows). */
export interface ParsedExpression {
  readonly source: string;
  readonly tree: ExpressionNode;
}

/** `(a*b + c)*f`; a syntax error becomes `expression-<code>` with the 1-based column. */
export function parseExpressionAttribute(text: string): Parsed<ParsedExpression> {
  try {
    return { ok: true, value: { source: text.trim(), tree: parseExpression(text) } };
  } catch (error) {
    if (error instanceof ExpressionError) {
      return {
        ok: false,
        problem: {
          code: `expression-${error.code}`,
          params: { column: error.column, token: String(error.details['token'] ?? '') },
        },
      };
    }
    throw error;
  }
}

/** `a=2, b=-3`: names and finite numbers, separated by commas or semicolons. */
export function parseValues(text: string): Parsed<Record<string, number>> {
  const values: Record<string, number> = {};
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, problem: { code: 'empty' } };
  for (const part of parts) {
    const match = /^([A-Za-z_\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*)\s*=\s*(\S+)$/.exec(part);
    const value = Number(match?.[2]?.replace('−', '-'));
    if (!match || !Number.isFinite(value))
      return { ok: false, problem: { code: 'not-assignments', params: { part } } };
    values[match[1] as string] = value;
  }
  return { ok: true, value: values };
}

/** The values as attribute text again: `a=2, b=-3`. */
export function formatValues(values: Readonly<Record<string, number>>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}

export const PHASES = ['none', 'forward', 'backward'] as const;
export type Phase = (typeof PHASES)[number];
export const parsePhase = (text: string): Parsed<Phase> => parseOption(text, PHASES);

export const PRESETS = ['none', 'neuron', 'logistic-step', 'network'] as const;
export type Preset = (typeof PRESETS)[number];
export const parsePreset = (text: string): Parsed<Preset> => parseOption(text, PRESETS);

export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];
export const parseActivation = (text: string): Parsed<ActivationName> => parseOption(text, ACTIVATIONS);

/** A scalar preset: expression, values, and which variables a gradient step updates. */
export interface ScalarPreset {
  readonly expression: string;
  readonly values: Readonly<Record<string, number>>;
  readonly parameters: readonly string[];
  readonly learningRate: number;
}

export const SCALAR_PRESETS: Readonly<Record<'neuron' | 'logistic-step', ScalarPreset>> = {
  /** One sigmoid neuron with a squared-error loss: L = (σ(w·x + b) − y)². */
  neuron: {
    expression: '(sigmoid(w*x + b) - y)^2',
    values: { w: 0.5, x: 2, b: -1, y: 1 },
    parameters: ['w', 'b'],
    learningRate: 0.5,
  },
  /**
   * Curriculum A.9: mean BCE of two rows x = (1, 2, 3), y = 0 and x = (4, 5, 6), y = 1 at
   * w = (2, 2, 2), no bias; one step with α = 0.1 gives w = (1.95, 1.90, 1.85).
   */
  'logistic-step': {
    expression: '-(log(1 - sigmoid(w1*1 + w2*2 + w3*3)) + log(sigmoid(w1*4 + w2*5 + w3*6)))/2',
    values: { w1: 2, w2: 2, w3: 2 },
    parameters: ['w1', 'w2', 'w3'],
    learningRate: 0.1,
  },
};

/** The network preset: 2 inputs, 3 hidden units, 3 classes, one example of class 2. */
export function networkPreset(activation: ActivationName): NetworkSpec {
  return {
    x: [0.5, -1],
    w1: [
      [0.2, -0.4],
      [0.7, 0.1],
      [-0.5, 0.3],
    ],
    b1: [0.1, 0, -0.1],
    activation,
    w2: [
      [0.3, -0.2, 0.5],
      [-0.6, 0.4, 0.1],
      [0.2, 0.7, -0.3],
    ],
    b2: [0, 0.1, -0.1],
    target: 2,
  };
}

/** A typed backward rule (in x and y): the override, or the column where it stops parsing. */
export function parseFormula(text: string): { override: BackwardOverride } | { column: number } {
  try {
    return { override: { rule: 'formula', formula: parseExpression(text) } };
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { column: error.column };
  }
}
