import { yieldToMain } from '@gd-playground/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AttributeProblem, Parsed } from './attributes.js';
import { translate } from './i18n/catalogue.js';
import { LangController } from './i18n/index.js';
import { type AttributeSchema, type AttributeSpec, defaultOf } from './schema.js';
import { baseStyles, themeTokens } from './theme.js';

/** A refused attribute value, as the widget shows it. */
export interface ShownProblem extends AttributeProblem {
  readonly attribute: string;
  readonly value: string;
}

/**
 * The base of every gd-* element: theme tokens, sizing to its container, the language of the
 * nearest `lang`, an in-widget error surface for bad attribute values, a polite live region, and
 * `gd-` domain events.
 *
 * A subclass sets `static messagesNamespace` to its tag and registers its messages with
 * `defineMessages`; it declares its parsed attributes once in `static schema` (see `schema.ts`:
 * the base parses them, reports problems, keeps the last good value and restores defaults); it
 * renders `this.renderProblems()` and `this.renderLiveRegion()` in its template.
 */
export class GdElement extends LitElement {
  static override styles = [themeTokens, baseStyles];

  /** The namespace of this element's messages (its tag name by convention). */
  static messagesNamespace = 'common';

  /** This element's parsed attributes, declared once (see `internal/schema.ts`). */
  static schema: AttributeSchema = [];

  /**
   * Whether the element tracks its own width (`this.width`, one layout read before the first render
   * and a ResizeObserver). Inline elements that never lay out by width (formulas) turn it off: a
   * lesson page holds dozens of them, and each read would force a layout.
   */
  static measuresWidth = true;

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass whose schema is observed.
    return [...super.observedAttributes, ...this.schema.map((spec) => spec.attribute)];
  }

  /** Colour scheme: `light`, `dark`, or unset to follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Attributes whose last value was refused, keyed by attribute name. */
  @state() protected problems: ReadonlyMap<string, ShownProblem> = new Map();

  /** The latest narration for screen readers. */
  @state() protected liveMessage = '';

  /** Content-box width in CSS pixels, kept current by a ResizeObserver (0 before the first layout). */
  @state() protected width = 0;

  protected readonly i18n = new LangController(
    this,
    (this.constructor as typeof GdElement).messagesNamespace,
  );
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  private readonly warned = new Set<string>();
  /** The last accepted value of each schema property, kept when a new value is refused. */
  private readonly schemaGood = new Map<string, unknown>();

  private get schemaSpecs(): AttributeSchema {
    return (this.constructor as typeof GdElement).schema;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const spec = this.schemaSpecs.find((entry) => entry.attribute === name);
    if (spec) this.applyAttributeText(spec as unknown as AttributeSpec<unknown>, value);
    else super.attributeChangedCallback(name, old, value);
  }

  /** Parses a schema attribute's text (null: removed) and sets its property, or reports the problem. */
  private applyAttributeText(spec: AttributeSpec<unknown>, raw: string | null): void {
    if (raw === null) {
      this.clearProblem(spec.attribute);
      this.setSchemaValue(spec, defaultOf(spec));
      return;
    }
    const parsed = spec.parse(raw);
    if (parsed.ok) {
      this.clearProblem(spec.attribute);
      this.setSchemaValue(spec, parsed.value);
    } else {
      // The value held now is the last good one: its first `shouldUpdate` (Lit counts an initial
      // value as a change) must not take it for a new good value and clear this problem.
      if (!this.schemaGood.has(spec.property))
        this.schemaGood.set(spec.property, (this as unknown as Record<string, unknown>)[spec.property]);
      this.reportProblem(spec.attribute, raw, parsed.problem);
    }
  }

  /**
   * Stores an accepted schema value. By default it sets the entry's property; an element that keeps
   * its settings elsewhere (one state object) overrides this and calls `super` or `requestUpdate`.
   */
  protected setSchemaValue(spec: AttributeSpec<unknown>, value: unknown): void {
    this.schemaGood.set(spec.property, value);
    (this as unknown as Record<string, unknown>)[spec.property] = value;
  }

  /** True when a property whose schema entry says `resets` changed in this update. */
  protected resetRequested(changed: PropertyValues): boolean {
    return this.schemaSpecs.some((spec) => spec.resets && changed.has(spec.property));
  }

  /**
   * Values set as properties from JavaScript get the same rules as attribute text: an entry's
   * `check` refuses a bad one (shown in the widget, warned once) and the last good value comes back.
   * Runs before `willUpdate`, so elements only ever see accepted values.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const self = this as unknown as Record<string, unknown>;
    for (const entry of this.schemaSpecs) {
      const spec = entry as unknown as AttributeSpec<unknown>;
      if (!changed.has(spec.property)) continue;
      const value = self[spec.property];
      if (this.schemaGood.has(spec.property) && Object.is(this.schemaGood.get(spec.property), value))
        continue;
      const problem = value === undefined ? undefined : spec.check?.(value);
      if (problem) {
        this.reportProblem(spec.attribute, Array.isArray(value) ? value.join(',') : String(value), problem);
        self[spec.property] = this.schemaGood.has(spec.property)
          ? this.schemaGood.get(spec.property)
          : defaultOf(spec);
        this.schemaGood.set(spec.property, self[spec.property]);
      } else {
        // A new good value clears the entry's message; the initial value (nothing accepted yet) does
        // not, or a refused attribute set before the first render would lose its message.
        const replacesGood = this.schemaGood.has(spec.property);
        this.schemaGood.set(spec.property, value);
        if (spec.check && replacesGood) this.clearProblem(spec.attribute);
      }
    }
    return super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!(this.constructor as typeof GdElement).measuresWidth) return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      // Re-render in the next frame, not inside the observer's callback: a layout change there
      // makes the browser report "ResizeObserver loop completed with undelivered notifications".
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        if (next !== this.width) this.width = next;
      });
    });
    this.resizeObserver.observe(this);
  }

  /**
   * Before the first render, reads the real width once (one layout) instead of rendering at a
   * fallback width and again when the observer reports a frame later: for a chart of a thousand
   * points that second render was a large part of the first frame.
   */
  /**
   * Holds an update while the messages of the widget's language are fetched (the first render of a
   * widget on a Turkish page waits for the Turkish catalogue rather than flashing English).
   */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    if (!this.hasUpdated && !this.firstUpdateYielded && this.getRootNode() instanceof Document) {
      // A widget on the page renders first in a task of its own: not in the task that evaluated its
      // code, nor in one task with the other widgets upgraded with it, so a page with a heavy widget
      // (or many) gets its input and paint turns between them. Elements inside another widget
      // (its formulas) render with it, in its task.
      this.firstUpdateYielded = true;
      return yieldToMain().then(() => this.scheduleUpdate());
    }
    const pending = this.i18n.pending;
    if (pending) return pending.then(() => this.updateWithParts());
    return this.updateWithParts();
  }

  private updateWithParts(): Promise<unknown> | undefined {
    const parts = this.partsPending();
    if (parts) return parts.then(() => super.scheduleUpdate());
    super.scheduleUpdate();
    return undefined;
  }

  /**
   * A lazily loaded part the next render needs and that is still on its way (see
   * `internal/lazy-part.ts`): the update waits for it, as for a language, so the part appears with
   * the render that first shows it. Undefined (the default) when nothing is awaited.
   */
  protected partsPending(): Promise<unknown> | undefined {
    return undefined;
  }

  private firstUpdateYielded = false;

  /**
   * Also waits for a language being fetched: after `element.lang = 'ko'`, `await element.updateComplete`
   * resolves once the widget shows Korean (the `lang` change is seen by a MutationObserver, whose
   * microtask runs before this continues).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.i18n.pending) {
      await this.i18n.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override update(changed: PropertyValues): void {
    const measures = (this.constructor as typeof GdElement).measuresWidth;
    if (measures && !this.hasUpdated && this.width === 0 && this.isConnected) {
      const style = getComputedStyle(this);
      const padding =
        (Number.parseFloat(style.paddingLeft) || 0) + (Number.parseFloat(style.paddingRight) || 0);
      const width = Math.round(this.clientWidth - padding);
      if (width > 0) this.width = width;
    }
    super.update(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  /** A message in the widget's language. */
  protected t(key: string, params?: Readonly<Record<string, unknown>>): string {
    return this.i18n.t(key, params);
  }

  /** A number in the widget's locale (decimal comma in tr and pt). */
  protected num(value: number, options?: Intl.NumberFormatOptions): string {
    return this.i18n.number(value, options);
  }

  /**
   * Takes a parsed attribute value: returns it and clears the attribute's problem when it is good;
   * otherwise shows the problem, warns once, and returns undefined so the caller keeps its last good state.
   */
  protected accept<T>(attribute: string, raw: unknown, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) {
      this.clearProblem(attribute);
      return parsed.value;
    }
    this.reportProblem(attribute, String(raw ?? ''), parsed.problem);
    return undefined;
  }

  /** Shows a problem with an attribute in the widget and logs one console warning naming it. */
  protected reportProblem(attribute: string, value: string, problem: AttributeProblem): void {
    const shown: ShownProblem = { ...problem, attribute, value };
    const next = new Map(this.problems);
    next.set(attribute, shown);
    this.problems = next;
    const key = `${attribute}=${value}:${problem.code}`;
    if (!this.warned.has(key)) {
      this.warned.add(key);
      // The element's own catalogue first (its own problem codes), then the common one.
      const namespace = (this.constructor as typeof GdElement).messagesNamespace;
      const message = translate('en', namespace, `error.${problem.code}`, {
        attribute,
        value,
        ...problem.params,
      });
      console.warn(`<${this.localName}>: ${message} The last valid value is kept.`);
    }
  }

  /** Removes an attribute's problem once it has a good value again. */
  protected clearProblem(attribute: string): void {
    if (!this.problems.has(attribute)) return;
    const next = new Map(this.problems);
    next.delete(attribute);
    this.problems = next;
  }

  /** Says something to screen-reader users through the polite live region. */
  protected announce(message: string): void {
    this.liveMessage = message;
  }

  /** Dispatches a `gd-` domain event that bubbles out of the shadow root. */
  protected emit<T>(type: `gd-${string}`, detail: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** The error surface: one localised line per refused attribute, or nothing. */
  protected renderProblems(): TemplateResult | typeof nothing {
    if (this.problems.size === 0) return nothing;
    return html`<div part="problems" role="alert">
      <p><strong>${this.t('problemTitle')}</strong></p>
      ${[...this.problems.values()].map(
        (problem) =>
          html`<p data-attribute=${problem.attribute} data-code=${problem.code}>
            ${this.t(`error.${problem.code}`, { attribute: problem.attribute, value: problem.value, ...problem.params })}
          </p>`,
      )}
      <p>${this.t('keptLastGood')}</p>
    </div>`;
  }

  /** The polite live region; always rendered so that changes to it are announced. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" part="live" aria-live="polite" aria-atomic="true">${this.liveMessage}</div>`;
  }
}
