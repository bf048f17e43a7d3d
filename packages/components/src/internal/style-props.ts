import { type AttributePart, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

/** CSS property name (kebab-case or `--custom`) to value; undefined or null removes it. */
export type StyleProps = Readonly<Record<string, string | number | undefined | null>>;

/**
 * `style=${styleProps({ left: '25%', '--gd-x': 3 })}`: inline styles set through the CSSOM
 * (`style.setProperty`) on every render, the first included. Lit's own `styleMap` writes its first
 * value as a `style` attribute string, which a strict Content-Security-Policy (`style-src 'self'`,
 * no `'unsafe-inline'`) blocks; the CSSOM is always allowed.
 */
class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style')
      throw new Error('styleProps() belongs in a binding of the style attribute');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) {
      if (props[name] === undefined || props[name] === null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      this.applied.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
