/**
 * Inline style values that survive a strict Content-Security-Policy (`style-src 'self'`).
 *
 * Chromium refuses a `style` attribute written from markup or `setAttribute('style')`, and Lit's
 * `styleMap` writes one on its first render (it returns the style text; only later renders use the
 * CSSOM), so under such a policy its first values are dropped with a console violation. This
 * element directive always goes through the CSSOM (`style.setProperty`), which the policy allows:
 *
 *   html`<div ${styleProps({ '--gd-band': gradient, left: '40%' })}></div>`
 *
 * Property names are CSS names (`margin-left`, `--custom`); undefined or null removes one.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | undefined | null>>;

class StylePropsDirective extends Directive {
  /** What was set last: an unchanged value is not written again (each write restyles the element). */
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('styleProps goes on an element itself, not in an attribute value.');
  }

  override render(_props: StyleProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      const text = String(value);
      next.set(name, text);
      if (this.previous.get(name) !== text) style.setProperty(name, text);
    }
    for (const name of this.previous.keys()) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

/** Sets inline style properties through the CSSOM on every render (CSP-safe, unlike `styleMap`'s first render). */
export const styleProps = directive(StylePropsDirective);
