// `pnpm new:element <name>`: creates packages/components/src/gd-<name>/ with the files every element
// has (class, styles, messages in en/tr/pt/ko, browser test, stories) and its define/ module, then
// exports it from src/index.ts. The autoloader (src/autoloader.ts) finds it in src/define/ by itself.
// Every element starts the same way.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const raw = process.argv[2] ?? '';
const name = raw.replace(/^gd-/, '');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    'Usage: pnpm new:element <name>   (kebab-case, e.g. "momentum-ball"; the tag becomes gd-<name>)',
  );
  process.exit(1);
}
const tag = `gd-${name}`;
const className = tag.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
const src = new URL('../packages/components/src/', import.meta.url).pathname;
const folder = join(src, tag);
if (existsSync(folder)) {
  console.error(`${folder} already exists.`);
  process.exit(1);
}
mkdirSync(folder);

const files = {
  [`${tag}.ts`]: `import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { parseNumber } from '../internal/attributes.js';
import { GdElement } from '../internal/gd-element.js';
import './${tag}.messages.js';
import { styles } from './${tag}.styles.js';

/**
 * Describe what the learner sees and does here.
 *
 * @summary One line for the API reference.
 * @csspart problems - The message shown when an attribute cannot be used.
 */
export class ${className} extends GdElement {
  static override styles = [...GdElement.styles, styles];
  static override messagesNamespace = '${tag}';

  /** An example numeric attribute; replace it with the element's own. */
  @property() value = '1';

  /** The last value that parsed; bad attribute values keep it. */
  private current = 1;

  override willUpdate(): void {
    const accepted = this.accept('value', this.value, parseNumber(this.value));
    if (accepted !== undefined) this.current = accepted;
  }

  override render() {
    return html\`\${this.renderProblems()}
      <p part="body">\${this.t('title')}: \${this.num(this.current)}</p>
      \${this.renderLiveRegion()}\`;
  }
}
`,
  [`${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  [part='body'] {
    margin: 0;
  }
\`;
`,
  [`${tag}.messages.ts`]: `import { defineMessages } from '../internal/i18n/index.js';

// Write each language fresh; a missing key is a type error.
defineMessages('${tag}', {
  en: { title: 'Value' },
  tr: { title: 'Değer' },
  pt: { title: 'Valor' },
  ko: { title: '값' },
});
`,
  [`${tag}.test.ts`]: `import { tf } from '@gd-playground/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../define/${tag}.js';

async function mount(attributes: Record<string, string> = {}) {
  const element = document.createElement('${tag}');
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('<${tag}>', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('shows its value in the page language', async () => {
    const element = await mount({ value: '2.5', lang: 'tr' });
    expect(element.shadowRoot!.querySelector('[part="body"]')?.textContent?.trim()).toBe('Değer: 2,5');
  });

  it('keeps the last good value and warns once on a bad attribute', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount({ value: '3' });
    element.setAttribute('value', 'abc');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="body"]')?.textContent?.trim()).toBe('Value: 3');
    expect(element.shadowRoot!.querySelector('[data-attribute="value"]')).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('is accessible and leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const element = await mount();
    expect((await axe.run(element)).violations).toEqual([]);
    element.remove();
    expect(tf.memory().numTensors).toBe(before);
  });
});
`,
  [`${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../define/${tag}.js';

const meta: Meta = {
  title: 'Lessons/${tag}',
  component: '${tag}',
  args: { value: '1' },
  render: (args) => html\`<${tag} value=\${args.value}></${tag}>\`,
};
export default meta;

export const Default: StoryObj = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('${tag}')!;
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('[part="body"]')?.textContent?.trim()).toBe('Value: 1');
  },
};
`,
};
for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content);

writeFileSync(
  join(src, 'define', `${tag}.ts`),
  `import { ${className} } from '../${tag}/${tag}.js';

if (!customElements.get('${tag}')) customElements.define('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
);
const append = (file, line) => {
  const path = join(src, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(line)) writeFileSync(path, `${text.trimEnd()}\n${line}\n`);
};
append('index.ts', `export { ${className} } from './${tag}/${tag}.js';`);
console.log(`Created ${tag}: packages/components/src/${tag}/ and src/define/${tag}.ts. Next: npm test.`);
