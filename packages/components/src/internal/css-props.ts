/**
 * `cssProps({ '--_at': '25%' })`: sets custom properties on an element through the CSSOM
 * (`style.setProperty`), on the first render too. Lit's `styleMap` writes its first value as a
 * `style` attribute (`setAttribute`), which a strict `style-src 'self'` policy refuses and reports;
 * the CSSOM is allowed. The stylesheet then reads the properties (`left: var(--_at)`).
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

type Properties = Readonly<Record<`--${string}`, string | undefined>>;

class CssPropsDirective extends Directive {
  private readonly set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT)
      throw new Error('cssProps() belongs in an element binding, not in an attribute or text.');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.set) {
      if (properties[name as `--${string}`] == null) {
        style.removeProperty(name);
        this.set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
      this.set.add(name);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
