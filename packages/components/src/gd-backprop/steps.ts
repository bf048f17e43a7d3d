/**
 * The step-by-step model of `<gd-backprop>`: a position on the sequence "forward, node by node in
 * topological order; then backward: the seed ∂L/∂L = 1 and each op node in reverse order", what is
 * known at that position, and the sentence each step says (localised by the caller's `t`).
 */
import type { BackwardStep, ScalarGraph, ScalarNode } from '@gd-playground/core';

export type Pass = 'forward' | 'backward';

/** What the graph shows at a position. */
export interface ShownState {
  /** Value computed (forward reached the node). */
  readonly known: readonly boolean[];
  /** ∂L/∂node as accumulated so far, or undefined before any contribution reached it. */
  readonly grads: readonly (number | undefined)[];
  /** The step that was just taken, if any. */
  readonly current?: { readonly pass: Pass; readonly node: number; readonly index: number };
}

/** Forward steps (one per node), then backward steps (seed + one per op node). */
export function totalSteps(graph: ScalarGraph, backward: readonly BackwardStep[]): number {
  return graph.nodes.length + backward.length;
}

export function stateAt(graph: ScalarGraph, backward: readonly BackwardStep[], position: number): ShownState {
  const n = graph.nodes.length;
  const forwardDone = Math.min(position, n);
  const known = graph.nodes.map((node) => node.id < forwardDone);
  const grads: (number | undefined)[] = graph.nodes.map(() => undefined);
  const backwardDone = Math.max(0, Math.min(position - n, backward.length));
  for (let i = 0; i < backwardDone; i++) {
    const step = backward[i] as BackwardStep;
    if (step.seed) grads[step.node] = 1;
    for (const c of step.contributions) grads[c.input] = c.after;
  }
  if (position <= 0) return { known, grads };
  if (position <= n)
    return { known, grads, current: { pass: 'forward', node: position - 1, index: position - 1 } };
  const index = backwardDone - 1;
  return { known, grads, current: { pass: 'backward', node: (backward[index] as BackwardStep).node, index } };
}

/** The position at which a phase is shown completed. */
export function positionOfPhase(
  phase: 'none' | 'forward' | 'backward',
  graph: ScalarGraph,
  backward: readonly BackwardStep[],
): number {
  return phase === 'none' ? 0 : phase === 'forward' ? graph.nodes.length : totalSteps(graph, backward);
}

const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³', '-1': '⁻¹' };

/** The operation's symbol as a lesson writes it. */
export function opSymbol(op: string): string {
  if (op === '*') return '·';
  if (op === '-' || op === 'neg') return '−';
  if (op === 'sigmoid') return 'σ';
  if (op === 'relu') return 'ReLU';
  if (op.startsWith('^')) return SUPERSCRIPTS[op.slice(1)] ?? `^${op.slice(1)}`;
  return op;
}

/** `a · b`, `σ(d)`, `d²`, `−x`, with operand texts given (labels or numbers). */
export function formulaOf(node: ScalarNode, operands: readonly string[]): string {
  const [a = '', b = ''] = operands;
  if (['+', '-', '*', '/'].includes(node.op)) return `${a} ${opSymbol(node.op)} ${b}`;
  if (node.op === 'neg') return `−${a}`;
  if (node.op.startsWith('^')) {
    const symbol = opSymbol(node.op);
    return symbol.startsWith('^') ? `${a}${symbol}` : `${a}${symbol}`;
  }
  return `${opSymbol(node.op)}(${a})`;
}

/** Numbers as operands: parenthesised when negative inside a power or after a unary minus. */
function operandText(value: string, node: ScalarNode): string {
  return value.startsWith('−') && (node.op.startsWith('^') || node.op === 'neg') ? `(${value})` : value;
}

export interface SentenceContext {
  readonly t: (key: string, params?: Readonly<Record<string, unknown>>) => string;
  readonly fmt: (value: number) => string;
}

/** "e = a · b = 2 · −3 = −6"; for an input "a = 2". */
export function forwardSentence(graph: ScalarGraph, id: number, c: SentenceContext): string {
  const node = graph.nodes[id] as ScalarNode;
  if (node.kind === 'variable') return c.t('forwardInput', { label: node.label, value: c.fmt(node.value) });
  if (node.kind === 'constant') return c.t('forwardConstant', { value: c.fmt(node.value) });
  const labels = node.inputs.map((i) => graph.nodes[i]?.label ?? '');
  const values = node.inputs.map((i) => operandText(c.fmt(graph.nodes[i]?.value ?? Number.NaN), node));
  return `${node.label} = ${formulaOf(node, labels)} = ${formulaOf(node, values)} = ${c.fmt(node.value)}`;
}

/**
 * The chain rule of one backward step, one sentence per operand that is not a constant:
 * "∂L/∂a = ∂L/∂e · ∂e/∂a = −2 · −3 = 6", or with an accumulation "… so ∂L/∂a = 1 + 4 = 5".
 */
export function backwardSentences(
  graph: ScalarGraph,
  backward: readonly BackwardStep[],
  index: number,
  c: SentenceContext,
): string[] {
  const step = backward[index];
  if (!step) return [];
  if (step.seed) return [c.t('backwardSeed')];
  const out = graph.nodes[step.node]?.label ?? '';
  return step.contributions.flatMap((contribution) => {
    const input = graph.nodes[contribution.input] as ScalarNode;
    if (input.kind === 'constant') return [];
    const params = {
      in: input.label,
      out,
      upstream: c.fmt(step.upstream),
      local: c.fmt(contribution.local),
      result: c.fmt(contribution.contribution),
      limit: c.fmt(step.override?.limit ?? 1),
    };
    const rule = step.override?.rule;
    let sentence: string;
    if (rule === 'formula') {
      const local = step.upstream === 0 ? Number.NaN : contribution.contribution / step.upstream;
      sentence = c.t('chainFormula', { ...params, local: c.fmt(local) });
    } else if (rule) {
      sentence = c.t(
        rule === 'straight-through'
          ? 'chainStraight'
          : rule === 'wrong-sign'
            ? 'chainWrongSign'
            : 'chainClipped',
        params,
      );
    } else {
      sentence = c.t('chain', params);
    }
    if (contribution.before === 0 && !receivedEarlier(backward, index, contribution)) return [sentence];
    return [
      `${sentence}; ${c.t('accumulate', {
        in: input.label,
        before: c.fmt(contribution.before),
        contribution: c.fmt(contribution.contribution),
        total: c.fmt(contribution.after),
      })}`,
    ];
  });
}

/** Whether the operand already received a contribution (possibly 0) earlier in the pass. */
function receivedEarlier(
  backward: readonly BackwardStep[],
  index: number,
  contribution: BackwardStep['contributions'][number],
): boolean {
  for (let i = 0; i <= index; i++) {
    for (const other of backward[i]?.contributions ?? []) {
      if (other === contribution) return false;
      if (other.input === contribution.input) return true;
    }
  }
  return false;
}
