/**
 * A layered left-to-right layout of the expression DAG (a small Sugiyama-style layout written
 * here rather than a library, to stay within the page budget): op nodes sit one layer right of
 * their deepest operand (longest path), each leaf one layer left of its first consumer, and nodes
 * within a layer are ordered by the barycentre of their neighbours in a few alternating sweeps,
 * which removes most edge crossings in graphs of this size.
 */

export interface LayoutInput {
  readonly id: number;
  readonly inputs: readonly number[];
}

export interface NodePosition {
  readonly layer: number;
  /** Rank within the layer, 0 at the top. */
  readonly rank: number;
  /** Centre in layout units: x = layer, y = rank centred against the tallest layer. */
  readonly x: number;
  readonly y: number;
}

export interface GraphLayout {
  readonly positions: readonly NodePosition[];
  readonly layers: number;
  /** Rows of the tallest layer. */
  readonly rows: number;
  /** Node ids per layer, top to bottom. */
  readonly order: readonly (readonly number[])[];
}

const SWEEPS = 4;

/** Lays out nodes given in topological order (inputs before the nodes that use them). */
export function layeredLayout(nodes: readonly LayoutInput[]): GraphLayout {
  const consumers: number[][] = nodes.map(() => []);
  for (const node of nodes) for (const input of new Set(node.inputs)) consumers[input]?.push(node.id);
  const layer = nodes.map(() => 0);
  for (const node of nodes) {
    if (node.inputs.length > 0) layer[node.id] = 1 + Math.max(...node.inputs.map((i) => layer[i] ?? 0));
  }
  // Leaves move right, next to their first consumer (reverse order: consumers are placed first).
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id] as LayoutInput;
    const users = consumers[id] ?? [];
    if (node.inputs.length === 0 && users.length > 0)
      layer[id] = Math.min(...users.map((u) => layer[u] ?? 0)) - 1;
  }
  const layers = Math.max(0, ...layer) + 1;
  const order: number[][] = Array.from({ length: layers }, () => []);
  for (const node of nodes) order[layer[node.id] ?? 0]?.push(node.id);
  const rank = nodes.map(() => 0);
  const assignRanks = () => {
    for (const ids of order) {
      ids.forEach((id, r) => {
        rank[id] = r;
      });
    }
  };
  assignRanks();
  const barycentre = (ids: readonly number[], fallback: number) =>
    ids.length === 0 ? fallback : ids.reduce((sum, id) => sum + (rank[id] ?? 0), 0) / ids.length;
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const forward = sweep % 2 === 0;
    for (let l = forward ? 1 : layers - 2; forward ? l < layers : l >= 0; l += forward ? 1 : -1) {
      const ids = order[l] as number[];
      const key = new Map(
        ids.map((id) => {
          const neighbours = forward ? (nodes[id]?.inputs ?? []) : (consumers[id] ?? []);
          return [id, barycentre(neighbours, rank[id] ?? 0)];
        }),
      );
      ids.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a - b);
      assignRanks();
    }
  }
  const rows = Math.max(1, ...order.map((ids) => ids.length));
  const positions = nodes.map((node): NodePosition => {
    const l = layer[node.id] ?? 0;
    const count = order[l]?.length ?? 1;
    const r = rank[node.id] ?? 0;
    return { layer: l, rank: r, x: l, y: r + (rows - count) / 2 };
  });
  return { positions, layers, rows, order };
}

/** The node an arrow key leads to from `id`: Left/Right to the nearest node of the next layer, Up/Down within the layer. */
export function neighbourOf(layout: GraphLayout, id: number, key: string): number | undefined {
  const here = layout.positions[id];
  if (!here) return undefined;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const ids = layout.order[here.layer] ?? [];
    return ids[here.rank + (key === 'ArrowUp' ? -1 : 1)];
  }
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
  const step = key === 'ArrowLeft' ? -1 : 1;
  for (let l = here.layer + step; l >= 0 && l < layout.layers; l += step) {
    const ids = layout.order[l] ?? [];
    if (ids.length === 0) continue;
    let best = ids[0] as number;
    for (const candidate of ids) {
      const d = Math.abs((layout.positions[candidate]?.y ?? 0) - here.y);
      if (d < Math.abs((layout.positions[best]?.y ?? 0) - here.y)) best = candidate;
    }
    return best;
  }
  return undefined;
}
