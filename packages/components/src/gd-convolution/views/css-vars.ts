import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), including on
 * the first render. Lit's `styleMap` writes a `style` attribute the first time, which a strict
 * Content-Security-Policy (no 'unsafe-inline' styles) blocks.
 */
class CssVarsDirective extends Directive {
  /** What was set last, so an unchanged value is not written again (each write restyles the element). */
  private previous: Record<string, string | undefined> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssVars() must be bound to an element, not to an attribute or text.');
  }

  render(_vars: Readonly<Record<string, string | undefined>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<string, string | undefined>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(vars)) {
      if (this.previous[name] === value) continue;
      this.previous[name] = value;
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    return noChange;
  }
}

/** `<div ${cssVars({ '--cols': '5' })}>`: custom properties set through the CSSOM. */
export const cssVars = directive(CssVarsDirective);
