/**
 * The conformance suite every element's schema passes (issue: one declarative attribute schema).
 * For each schema entry: a fresh element holds the default; a good value is parsed into the
 * property; a bad value is shown in the widget in every built-in language, warned about once, and
 * the last good value is kept; removing the attribute restores the default. The schema and the
 * custom-elements manifest list the same attributes. Tensor count is unchanged at the end.
 */
import { tf } from '@gd-playground/core';
import type { LitElement } from 'lit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GdElement } from './gd-element.js';
import { translate } from './i18n/catalogue.js';
import { type AttributeSpec, defaultOf } from './schema.js';

/** A good and a bad text for one attribute; `value` is the expected property when it differs from parsing `good`. */
export interface SchemaExample {
  readonly good: string;
  readonly bad: string;
  readonly value?: unknown;
}

export interface SchemaSuiteOptions {
  /** Attributes set on every mounted element (e.g. a small preset, so tests stay fast). */
  readonly base?: Readonly<Record<string, string>>;
  /** Reads the value the element holds for an entry (default: the entry's property). */
  readonly read?: (element: GdElement, spec: AttributeSpec<unknown>) => unknown;
  /** Manifest attributes that are neither schema entries nor Lit properties, with the reason. */
  readonly manifestOnly?: readonly string[];
}

const LANGUAGES = ['en', 'tr', 'pt', 'ko'] as const;

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly { readonly name: string }[];
}

/** The attribute names the manifest (built by `pnpm build` into the package root) lists for a tag. */
export async function manifestAttributes(tag: string): Promise<string[]> {
  const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
  if (!response.ok)
    throw new Error('custom-elements.json is missing: run `pnpm build` in packages/components.');
  const manifest = (await response.json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return (declaration.attributes ?? []).map((a) => a.name);
    }
  }
  throw new Error(`custom-elements.json has no <${tag}>: run \`pnpm build\` in packages/components.`);
}

/** Runs the schema conformance suite for `tag` (its class must be registered under that tag). */
export function describeSchema(
  tag: string,
  examples: Readonly<Record<string, SchemaExample>>,
  options: SchemaSuiteOptions = {},
): void {
  const ctor = customElements.get(tag) as unknown as typeof GdElement & typeof LitElement;
  const schema = (ctor?.schema ?? []) as unknown as readonly AttributeSpec<unknown>[];
  const read =
    options.read ??
    ((element: GdElement, spec: AttributeSpec<unknown>) =>
      (element as unknown as Record<string, unknown>)[spec.property]);

  const mount = async (attributes: Readonly<Record<string, string>> = {}) => {
    const element = document.createElement(tag) as GdElement;
    for (const [name, value] of Object.entries({ ...options.base, ...attributes }))
      element.setAttribute(name, value);
    document.body.append(element);
    await element.updateComplete;
    return element;
  };
  const problemText = (element: GdElement, attribute: string) =>
    element.shadowRoot
      ?.querySelector(`[part~="problems"] [data-attribute="${attribute}"]`)
      ?.textContent?.trim();

  describe(`<${tag}> attribute schema`, () => {
    let tensorsBefore = 0;
    beforeAll(() => {
      tensorsBefore = tf.memory().numTensors;
    });
    afterAll(async () => {
      document.body.replaceChildren();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(tf.memory().numTensors).toBe(tensorsBefore);
    });

    it('has a good and a bad example for every entry, and no stale ones', () => {
      expect(schema.length).toBeGreaterThan(0);
      expect(Object.keys(examples).sort()).toEqual(schema.map((spec) => spec.attribute).sort());
    });

    it('lists the same attributes as the custom-elements manifest', async () => {
      const inManifest = new Set(await manifestAttributes(tag));
      for (const spec of schema)
        expect(inManifest, `manifest lacks ${spec.attribute}`).toContain(spec.attribute);
      const litAttributes = new Set<string>();
      for (const [key, declaration] of ctor.elementProperties) {
        if (declaration.attribute === false) continue;
        litAttributes.add(
          typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase(),
        );
      }
      const known = new Set([
        ...schema.map((s) => s.attribute),
        ...litAttributes,
        ...(options.manifestOnly ?? []),
      ]);
      for (const name of inManifest)
        expect(known, `manifest attribute ${name} has no schema entry`).toContain(name);
    });

    for (const entry of schema) {
      const spec = entry as unknown as AttributeSpec<unknown>;
      it(`${spec.attribute}: default, good value, bad value in four languages, removal`, async () => {
        const example = examples[spec.attribute];
        expect(example, `no example for ${spec.attribute}`).toBeDefined();
        if (!example) return;
        const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
        try {
          const element = await mount();
          expect(read(element, spec)).toEqual(defaultOf(spec));

          element.setAttribute(spec.attribute, example.good);
          await element.updateComplete;
          const parsedGood = spec.parse(example.good);
          expect(parsedGood.ok, `"${example.good}" must parse for ${spec.attribute}`).toBe(true);
          const goodValue = example.value ?? (parsedGood.ok ? parsedGood.value : undefined);
          expect(read(element, spec)).toEqual(goodValue);
          expect(problemText(element, spec.attribute)).toBeUndefined();

          element.setAttribute(spec.attribute, example.bad);
          await element.updateComplete;
          const parsedBad = spec.parse(example.bad);
          expect(parsedBad.ok, `"${example.bad}" must be refused for ${spec.attribute}`).toBe(false);
          expect(read(element, spec)).toEqual(goodValue);
          const warnings = warn.mock.calls.filter((call) => String(call[0]).includes(spec.attribute));
          expect(warnings).toHaveLength(1);
          if (!parsedBad.ok) {
            const seen = new Set<string>();
            for (const lang of LANGUAGES) {
              element.lang = lang;
              await element.updateComplete;
              const expected = translate(lang, ctor.messagesNamespace, `error.${parsedBad.problem.code}`, {
                attribute: spec.attribute,
                value: example.bad,
                ...parsedBad.problem.params,
              });
              await vi.waitFor(() => expect(problemText(element, spec.attribute)).toBe(expected));
              seen.add(expected);
            }
            expect(seen.size, 'the message must differ between languages').toBe(LANGUAGES.length);
          }

          element.removeAttribute(spec.attribute);
          await element.updateComplete;
          expect(read(element, spec)).toEqual(defaultOf(spec));
          expect(problemText(element, spec.attribute)).toBeUndefined();
          element.remove();
        } finally {
          warn.mockRestore();
        }
      });
    }
  });
}
