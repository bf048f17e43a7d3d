/**
 * A tiny scalar automatic-differentiation engine in the style of Karpathy's micrograd: every
 * arithmetic operation on a {@link Value} records its inputs and how to push a gradient back to
 * them, so `backward()` can apply the chain rule through the whole expression, node by node.
 * Plain JavaScript numbers (float64), no tensors: small enough to read in one sitting and to draw.
 */

/** One node of an expression graph, as plain data a lesson can draw. */
export interface GraphNode {
  /** Position in topological order (inputs before the nodes that use them). */
  readonly id: number;
  /** The node's label (`w`, `x`, `loss`…), or '' when none was given. */
  readonly label: string;
  /** The operation that produced it (`+`, `-`, `*`, `/`, `^2`, `neg`, `exp`, `log`, `tanh`, `sigmoid`, `relu`), '' for inputs and constants. */
  readonly op: string;
  /** Forward value. */
  readonly data: number;
  /** ∂output/∂node after the last `backward()`, 0 before. */
  readonly grad: number;
  /** Ids of the operands, in order (an operand used twice appears twice). */
  readonly inputs: readonly number[];
}

/** An edge from an operand to the node it feeds. */
export interface GraphEdge {
  readonly from: number;
  readonly to: number;
  /** Which operand of `to` this is (0 = left, 1 = right). */
  readonly operand: number;
}

/** A whole expression graph, nodes in topological order, the output last. */
export interface ExpressionGraph {
  readonly nodes: readonly GraphNode[];
  /** Ordered by target node, then operand. */
  readonly edges: readonly GraphEdge[];
}

/**
 * A scalar that remembers how it was computed.
 *
 * @example
 * const w = new Value(2, 'w'), x = new Value(3, 'x'), b = new Value(1, 'b');
 * const z = w.mul(x).add(b).labelled('z');  // z = w·x + b = 7
 * const loss = z.sub(10).pow(2).labelled('L'); // (z − 10)² = 9
 * loss.backward();
 * w.grad;                                   // ∂L/∂w = 2(z − 10)·x = −18
 * loss.graph();                             // nodes and edges to draw, in topological order
 */
export class Value {
  /** Forward value. */
  data: number;
  /** ∂(the value `backward()` was last called on)/∂(this). */
  grad = 0;
  /** The operation that produced this value, '' for inputs and constants. */
  readonly op: string;
  /** The operands this value was computed from. */
  readonly inputs: readonly Value[];
  /** A name to draw next to the node (`w`, `x`, `loss`…), '' when none. */
  label: string;
  /** Adds this node's contribution to its inputs' gradients (the local chain rule). */
  #backward: () => void = () => {};

  /** An input (leaf) value, optionally labelled. */
  constructor(data: number, label = '') {
    this.data = data;
    this.label = label;
    this.op = '';
    this.inputs = [];
  }

  /** Wraps a number as a constant leaf labelled with its value; returns a Value unchanged. */
  static from(x: Value | number): Value {
    return x instanceof Value ? x : new Value(x, String(x));
  }

  /** A node computed by `op` from `inputs`; `backward` distributes `out.grad` to the inputs. */
  static #node(data: number, op: string, inputs: Value[], backward: (out: Value) => void): Value {
    const out = new Value(data);
    (out as { op: string }).op = op;
    (out as { inputs: readonly Value[] }).inputs = inputs;
    out.#backward = () => backward(out);
    return out;
  }

  /** Sets the label and returns this, so it chains: `w.mul(x).labelled('z')`. */
  labelled(label: string): this {
    this.label = label;
    return this;
  }

  /** this + other. ∂/∂this = 1, ∂/∂other = 1. */
  add(other: Value | number): Value {
    const o = Value.from(other);
    return Value.#node(this.data + o.data, '+', [this, o], (out) => {
      this.grad += out.grad;
      o.grad += out.grad;
    });
  }

  /** this − other. ∂/∂this = 1, ∂/∂other = −1. */
  sub(other: Value | number): Value {
    const o = Value.from(other);
    return Value.#node(this.data - o.data, '-', [this, o], (out) => {
      this.grad += out.grad;
      o.grad -= out.grad;
    });
  }

  /** this · other. ∂/∂this = other, ∂/∂other = this. */
  mul(other: Value | number): Value {
    const o = Value.from(other);
    return Value.#node(this.data * o.data, '*', [this, o], (out) => {
      this.grad += o.data * out.grad;
      o.grad += this.data * out.grad;
    });
  }

  /** this / other. ∂/∂this = 1/other, ∂/∂other = −this/other². */
  div(other: Value | number): Value {
    const o = Value.from(other);
    return Value.#node(this.data / o.data, '/', [this, o], (out) => {
      this.grad += out.grad / o.data;
      o.grad -= (this.data / (o.data * o.data)) * out.grad;
    });
  }

  /** thisᵏ for a constant exponent k. ∂/∂this = k·thisᵏ⁻¹. */
  pow(k: number): Value {
    return Value.#node(this.data ** k, `^${k}`, [this], (out) => {
      this.grad += k * this.data ** (k - 1) * out.grad;
    });
  }

  /** −this. ∂/∂this = −1. */
  neg(): Value {
    return Value.#node(-this.data, 'neg', [this], (out) => {
      this.grad -= out.grad;
    });
  }

  /** eᵗʰⁱˢ. ∂/∂this = eᵗʰⁱˢ (the output itself). */
  exp(): Value {
    return Value.#node(Math.exp(this.data), 'exp', [this], (out) => {
      this.grad += out.data * out.grad;
    });
  }

  /** ln this (NaN for negative values, −∞ at 0). ∂/∂this = 1/this. */
  log(): Value {
    return Value.#node(Math.log(this.data), 'log', [this], (out) => {
      this.grad += out.grad / this.data;
    });
  }

  /** tanh this. ∂/∂this = 1 − tanh². */
  tanh(): Value {
    return Value.#node(Math.tanh(this.data), 'tanh', [this], (out) => {
      this.grad += (1 - out.data * out.data) * out.grad;
    });
  }

  /** σ(this) = 1/(1 + e⁻ᵗʰⁱˢ). ∂/∂this = σ(1 − σ). */
  sigmoid(): Value {
    return Value.#node(1 / (1 + Math.exp(-this.data)), 'sigmoid', [this], (out) => {
      this.grad += out.data * (1 - out.data) * out.grad;
    });
  }

  /** max(0, this). ∂/∂this = 1 where this > 0, else 0. */
  relu(): Value {
    return Value.#node(Math.max(0, this.data), 'relu', [this], (out) => {
      this.grad += (this.data > 0 ? 1 : 0) * out.grad;
    });
  }

  /**
   * Every node this value depends on, itself last, each after all of its inputs (a depth-first
   * topological sort, iterative so that long chains cannot overflow the call stack).
   */
  topologicalOrder(): Value[] {
    const order: Value[] = [];
    const visited = new Set<Value>();
    // Each entry: a node and whether its inputs have already been pushed.
    const stack: [Value, boolean][] = [[this, false]];
    while (stack.length > 0) {
      const [node, expanded] = stack.pop() as [Value, boolean];
      if (expanded) {
        order.push(node);
        continue;
      }
      if (visited.has(node)) continue;
      visited.add(node);
      stack.push([node, true]);
      for (let i = node.inputs.length - 1; i >= 0; i--) {
        const input = node.inputs[i] as Value;
        if (!visited.has(input)) stack.push([input, false]);
      }
    }
    return order;
  }

  /**
   * Backpropagation: sets every gradient in the graph to ∂this/∂node. Gradients are recomputed
   * from zero on each call, then accumulated with `+=` inside the pass, so a value used twice
   * (`a.add(a)`) receives both contributions.
   */
  backward(): void {
    const order = this.topologicalOrder();
    for (const node of order) node.grad = 0;
    this.grad = 1;
    for (let i = order.length - 1; i >= 0; i--) (order[i] as Value).#backward();
  }

  /** The expression graph as plain data (nodes in topological order, the output last). */
  graph(): ExpressionGraph {
    const order = this.topologicalOrder();
    const ids = new Map(order.map((node, i) => [node, i]));
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    order.forEach((node, id) => {
      const inputs = node.inputs.map((input) => ids.get(input) ?? -1);
      nodes.push({ id, label: node.label, op: node.op, data: node.data, grad: node.grad, inputs });
      inputs.forEach((from, operand) => {
        edges.push({ from, to: id, operand });
      });
    });
    return { nodes, edges };
  }

  toString(): string {
    return `Value(${this.label ? `${this.label} = ` : ''}${this.data}, grad ${this.grad})`;
  }
}

/** A leaf {@link Value}: `value(2, 'w')`. */
export function value(data: number, label = ''): Value {
  return new Value(data, label);
}
