/**
 * What the learner does to the network's inputs and with its result, apart from the element's
 * wiring: adding, dragging and deleting points, pasting CSV, growing or shrinking the layers,
 * probing a point, asking for its backward pass, and sharing (link, embed snippet, PNG). Each edit
 * goes through the host's `set`, which applies it as the attribute would and fires `change`.
 */
import type { AttributeProblem } from '../internal/attributes.js';
import type { MovePhase } from '../internal/plot/index.js';
import { type NetworkRow, parseDataText } from './data-text.js';
import type { NetworkBackpropDetail, NetworkProbeDetail } from './events.js';
import { sharing } from './lazy-parts.js';
import type { NetworkRun } from './network-run.js';
import { MAX_LAYERS, MAX_NEURONS, type NetworkSettings } from './settings.js';

/** What the edits need of the element (closures over its protected members). */
export interface EditHost {
  readonly element: HTMLElement;
  readonly run: NetworkRun;
  /** Class given to points the learner adds. */
  addClass(): number;
  probe(): number[] | undefined;
  setProbe(point: number[]): void;
  /** Sets a setting as its attribute would and fires `change`. */
  set(name: keyof NetworkSettings, value: unknown): void;
  emit<T>(type: `gd-${string}`, detail: T): void;
  /** Shows (or, without a problem, clears) a problem with the `data` attribute. */
  dataProblem(value: string, problem?: AttributeProblem): void;
  /** Says the message `key` in the live region. */
  say(key: string): void;
  stateString(): string;
  canvases(): [HTMLCanvasElement | undefined, HTMLCanvasElement | undefined];
  preset(): string;
}

export class LearnerEdits {
  constructor(private readonly host: EditHost) {}

  private rows(): NetworkRow[] {
    return this.host.run.rows.map((row) => ({ x: [...row.x], y: row.y }));
  }

  moveProbe(point: number[]): void {
    this.host.setProbe(point);
    const trace = this.host.run.trace(point);
    if (trace)
      this.host.emit<NetworkProbeDetail>('gd-probe', {
        point: [...point],
        probabilities: [...trace.probabilities],
        predicted: trace.predicted,
      });
  }

  addPoint(x: number, y: number): void {
    const regression = this.host.run.inputs === 1;
    const rows = this.rows();
    rows.push({ x: regression ? [x] : [x, y], y: regression ? y : this.host.addClass() });
    this.host.set('data', rows);
  }

  /** Drags a point: shown while moving, set as data when the drag ends. */
  movePoint(index: number, x: number, y: number, phase: MovePhase): void {
    const rows = this.rows();
    const row = rows[index];
    if (!row) return;
    rows[index] = this.host.run.inputs === 1 ? { x: [x], y } : { x: [x, y], y: row.y };
    if (phase === 'change') this.host.set('data', rows);
    else this.host.run.previewRows(rows);
  }

  /** Removes a point (two always stay). */
  deletePoint(index: number): void {
    const rows = this.rows();
    if (rows.length <= 2) return;
    rows.splice(index, 1);
    this.host.set('data', rows);
  }

  pasteCsv(text: string): void {
    const parsed = parseDataText(text);
    if (parsed.ok) {
      this.host.dataProblem(text);
      this.host.set('data', parsed.value);
    } else this.host.dataProblem(text.slice(0, 60), parsed.problem);
  }

  changeLayers(next: number[]): void {
    if (next.length > MAX_LAYERS || next.some((size) => size < 1 || size > MAX_NEURONS)) return;
    this.host.set('layers', next);
  }

  /** Copies a link or the embed snippet, or saves the PNG (the sharing chunk is fetched on first use). */
  async share(kind: 'link' | 'embed' | 'png'): Promise<void> {
    const { element } = this.host;
    const share = await sharing.load();
    if (!share) return;
    if (kind === 'png') {
      share.savePng(...this.host.canvases(), `gd-network-${this.host.preset()}.png`);
      return;
    }
    const state = this.host.stateString();
    const text =
      kind === 'link'
        ? share.linkWithState(location.href, share.fragmentKey(element.id), state)
        : share.embedSnippet(element.localName, state);
    if (await share.copyText(text)) this.host.say('copied');
  }

  requestBackprop(): void {
    const probe = this.host.probe();
    const trace = probe ? this.host.run.trace(probe) : undefined;
    if (!trace || !probe) return;
    this.host.emit<NetworkBackpropDetail>('gd-backprop-request', {
      state: this.host.stateString(),
      point: [...probe],
      label: trace.predicted,
    });
  }
}
