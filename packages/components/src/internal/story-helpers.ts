/**
 * Shared helpers for the elements' stories (only `*.stories.ts` import this module):
 *
 * - controls: {@link attributeArgTypes} gives every attribute of an element a working control, from
 *   the custom-elements manifest plus the story file's overrides, and {@link attributes} writes the
 *   story's args onto the element as attributes, exactly as a blogger would write them;
 * - the common preamble: {@link renderInPage} (the meta's render, the page's `lang` around the
 *   element), {@link PAGE_ARGS} and {@link storyWidget} (the element, once it has settled);
 * - play functions: intent-level queries on the shadow root ("read the text", "click the button
 *   named X", "type into", "wait until it shows") that wait up to {@link WAIT} for async results.
 */
import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import { getCustomElements } from '@storybook/web-components-vite';
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** How long a play function waits for an async result (a loaded, 2-core machine is slow). */
export const WAIT = { timeout: 10_000 };

/** The languages every widget ships. */
export const LANGUAGES = ['en', 'tr', 'pt', 'ko'] as const;

// --- controls ------------------------------------------------------------------------------------

type InputType = NonNullable<ArgTypes[string]>;
type Control = Partial<InputType>;

interface ManifestItem {
  readonly name: string;
  readonly kind?: string;
  readonly static?: boolean;
  readonly privacy?: string;
  readonly type?: { readonly text?: string };
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly ManifestItem[];
  readonly members?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
  readonly slots?: readonly ManifestItem[];
}

/** The element's declaration in the custom-elements manifest (set in .storybook/preview.ts). */
export function manifestDeclaration(tag: string): ManifestDeclaration | undefined {
  const manifest = getCustomElements() as
    | { modules?: readonly { declarations?: readonly ManifestDeclaration[] }[] }
    | undefined;
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  }
  return undefined;
}

/** The attribute names the manifest lists for an element. */
export function manifestAttributes(tag: string): string[] {
  return (manifestDeclaration(tag)?.attributes ?? []).map((attribute) => attribute.name);
}

/** A control inferred from a manifest type: boolean, a radio of string literals, or text. */
function inferred(type: string | undefined): Control {
  const text = (type ?? '').trim();
  if (text === 'boolean') return { control: 'boolean' };
  if (text === 'number') return { control: 'number' };
  const literals = text.split('|').map((part) => part.trim());
  const options = literals.filter((part) => /^'.*'$/.test(part)).map((part) => part.slice(1, -1));
  if (options.length > 0 && literals.every((part) => /^'.*'$/.test(part) || part === 'undefined')) {
    return { control: 'inline-radio', options: ['', ...options] };
  }
  return { control: 'text' };
}

/**
 * Arg types with a control for every attribute of `tag` (keyed by the attribute's name), plus `lang`
 * (set on a wrapper). Controls come from the manifest's types unless `overrides` says better (many
 * attributes are typed `string` in the manifest but take numbers, lists or JSON); `overrides` may
 * also add attributes the manifest lists only in prose (`hide-*`, `lock-*`). The manifest's
 * properties, events, parts and custom properties stay in the docs table without a control: setting
 * them from the panel would do nothing.
 */
export function attributeArgTypes(tag: string, overrides: Readonly<Record<string, Control>> = {}): ArgTypes {
  const declaration = manifestDeclaration(tag);
  const argTypes: ArgTypes = {};
  const noControl = (items: readonly ManifestItem[] | undefined) => {
    for (const item of items ?? []) argTypes[item.name] = { control: false };
  };
  noControl((declaration?.members ?? []).filter((member) => member.kind === 'field'));
  noControl(declaration?.events);
  noControl(declaration?.cssParts);
  noControl(declaration?.cssProperties);
  noControl(declaration?.slots);
  for (const attribute of declaration?.attributes ?? []) {
    argTypes[attribute.name] = {
      ...inferred(attribute.type?.text),
      table: { category: 'attributes' },
      ...overrides[attribute.name],
    };
  }
  for (const [name, control] of Object.entries(overrides)) {
    if (argTypes[name]?.table?.category !== 'attributes') {
      argTypes[name] = { table: { category: 'attributes' }, ...control };
    }
  }
  argTypes['lang'] = {
    name: 'lang',
    control: 'inline-radio',
    options: ['', ...LANGUAGES],
    description: 'Language of the page around the widget (the widget follows the closest `lang`).',
    table: { category: 'page' },
  };
  return argTypes;
}

/** The args of `argTypes`' attributes (category `attributes`), for {@link attributes}. */
export function attributeArgs(args: Readonly<Record<string, unknown>>, argTypes: ArgTypes) {
  return Object.fromEntries(
    Object.entries(args).filter(([name]) => argTypes[name]?.table?.category === 'attributes'),
  );
}

/**
 * Element directive: keeps the element's attributes equal to `values` (`true` → present, `false`,
 * `''`, null or undefined → absent, anything else → its text), so a control updates the live widget.
 */
class AttributesDirective extends Directive {
  private written = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_values: Readonly<Record<string, unknown>>) {
    return noChange;
  }

  override update(part: ElementPart, [values]: [Readonly<Record<string, unknown>>]) {
    const element = part.element;
    for (const name of this.written) if (!(name in values)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(values)) {
      const absent = value === false || value === '' || value === null || value === undefined;
      const text = value === true ? '' : String(value);
      if (absent) element.removeAttribute(name);
      else if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
    this.written = new Set(Object.keys(values));
    return noChange;
  }
}

/** Writes story args onto an element as attributes: `<gd-x ${attributes(values)}></gd-x>`. */
export const attributes = directive(AttributesDirective);

/** Checks the Controls panel: a control for every attribute the manifest lists, and for `extra` ones. */
export async function expectControlsForEveryAttribute(
  tag: string,
  context: StoryContext,
  extra: readonly string[] = ['lang'],
): Promise<void> {
  const listed = manifestAttributes(tag);
  await expect(listed.length).toBeGreaterThan(0);
  const missing = [...listed, ...extra].filter((name) => {
    const argType = context.argTypes[name];
    return !argType || argType.control === false || argType.table?.disable === true;
  });
  await expect(missing).toEqual([]);
}

/** Args are the attributes as a course page writes them ('' leaves one out), plus the page's `lang`. */
export type StoryArgs = Record<string, string | boolean | undefined>;

/** The args every element's stories start from: the default theme, and no `lang` of the page's own. */
export const PAGE_ARGS = { theme: '', lang: '' } as const;

/**
 * The render of an element's stories: the args that are attributes (see {@link attributeArgTypes})
 * written onto `<tag>`, inside a wrapper carrying the page's `lang` (the widget follows the closest).
 */
export function renderInPage(tag: string, argTypes: ArgTypes): (args: StoryArgs) => TemplateResult {
  // The tag is the story file's own constant, never input: static markup is safe here.
  const element = unsafeStatic(tag);
  return (args) =>
    staticHtml`<div lang=${args['lang'] || nothing}>
      <${element} ${attributes(attributeArgs(args, argTypes))}></${element}>
    </div>`;
}

/** The story's `<tag>` element, once `settled` resolves (its first draw, its data, …). */
export async function storyWidget<T extends Element>(
  canvasElement: HTMLElement,
  tag: string,
  settled: (element: T) => Promise<unknown>,
): Promise<T> {
  const element = canvasElement.querySelector<T>(tag);
  if (!element) throw new Error(`the story shows no <${tag}>`);
  await settled(element);
  return element;
}

/** A dark page around a `theme="dark"` story, so the widget is seen as it would be on a dark site. */
export function darkPage(story: () => unknown) {
  return html`<div style="background: #010409; color: #e6edf3; color-scheme: dark; padding: 1rem">${story()}</div>`;
}

// --- play functions ------------------------------------------------------------------------------

/** The element's shadow root, as a container testing-library can query. */
export function shadow(element: Element): HTMLElement {
  return element.shadowRoot as unknown as HTMLElement;
}

/** Testing-library queries (`getByRole`, `getByText`, …) inside the element's shadow root. */
export function inShadow(element: Element): ReturnType<typeof within> {
  return within(shadow(element));
}

/** The text of the first match of `selector` in the shadow root, with white space collapsed ('' when none). */
export function shadowText(element: Element, selector: string): string {
  return (element.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One element of the shadow root; fails the story when it is missing. */
export function shadowQuery<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${element.localName}> shows no ${selector}`);
  return found;
}

/** Waits (up to {@link WAIT}) until `read()` gives `expected`. */
export async function waitUntil<T>(read: () => T, expected: T): Promise<void> {
  await waitFor(() => expect(read()).toEqual(expected), WAIT);
}

/** Clicks the shadow root's button named `name` (its accessible name), once it is enabled. */
export async function clickButton(element: Element, name: string | RegExp): Promise<HTMLButtonElement> {
  const button = await waitFor(() => {
    const found = inShadow(element).getByRole('button', { name }) as HTMLButtonElement;
    expect(found.disabled).toBe(false);
    return found;
  }, WAIT);
  await userEvent.click(button);
  return button;
}

/**
 * Replaces what a text or number input holds by typing over it, then commits it (`change`, as when
 * the learner leaves the field). Not `userEvent.clear`: it cannot focus an input in a shadow root.
 */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await userEvent.type(input, text, { initialSelectionStart: 0, initialSelectionEnd: input.value.length });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Moves a range input to `value` as a drag ends: `input`, then `change`. */
export function slideTo(input: HTMLInputElement, value: number | string): void {
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
