// `pnpm new:element <name>`: creates packages/components/src/gd-<name>/ in the shape every element
// has: the element wiring things together, its attributes declared once in a schema (settings.ts),
// a view and a panel in their own files, styles, messages in en/tr/pt/ko, a browser test with the
// schema conformance suite, and stories; then its define/ module, and exports it from src/index.ts
// (the autoloader, src/autoloader.ts, finds it in src/define/ by itself). The result passes its own
// tests, lint and type checks (after `pnpm build`, which writes the manifest the schema suite
// compares with). Every element starts the same way.
import { execFileSync } from 'node:child_process';
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
  [`${tag}.ts`]: `import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GdElement } from '../internal/gd-element.js';
import type { ViewText } from '../internal/view-text.js';
import './${tag}.messages.js';
import { styles } from './${tag}.styles.js';
import { renderPanel } from './panel.js';
import { DEFAULTS, schema } from './settings.js';
import { renderView } from './view.js';

/** \`detail\` of \`gd-value-change\`: the value the learner chose. */
export interface ${className}ChangeDetail {
  readonly value: number;
}

/**
 * Describe what the learner sees and does here. This file wires the pieces together: attributes
 * (declared in \`settings.ts\`), the view (\`view.ts\`), the panel (\`panel.ts\`), events and the
 * live region. Keep it under about 500 lines; give new concepts their own files.
 *
 * @summary One line for the API reference.
 *
 * @attr {string} value - An example number > 0 (default \`1\`); replace it with the element's own.
 *
 * @fires {CustomEvent<${className}ChangeDetail>} gd-value-change - The learner changed the value: \`{ value }\`.
 *
 * @csspart view - The drawing of the value.
 * @csspart panel - The control that changes it.
 * @csspart problems - Messages about attribute values the widget could not use.
 * @csspart live - The visually hidden live region.
 *
 * @cssproperty [--gd-color-accent=#0a66c2] - The bar's colour.
 */
export class ${className} extends GdElement {
  static override styles = [...GdElement.styles, styles];
  static override messagesNamespace = '${tag}';
  static override schema = schema;

  /** The example value (attribute \`value\`, a number > 0, default 1). */
  @property({ attribute: false }) value: number = DEFAULTS.value;

  private get text(): ViewText {
    return {
      t: (key, params) => this.t(key, params),
      num: (value, options) => this.num(value, options),
      locale: this.i18n.locale,
    };
  }

  private onInput(value: number): void {
    this.value = value;
    this.announce(this.t('changed', { value: this.num(value) }));
    this.emit<${className}ChangeDetail>('gd-value-change', { value });
  }

  override render(): TemplateResult {
    const text = this.text;
    return html\`\${this.renderProblems()}
      \${renderView(text, this.value)}
      \${renderPanel(text, this.value, (value) => this.onInput(value))}
      \${this.renderLiveRegion()}\`;
  }
}
`,
  'settings.ts': `/**
 * The attributes of \`<${tag}>\`, declared once: how each attribute's text becomes a property, its
 * default, whether a change restarts a run (\`resets\`), and how a value set from JavaScript is
 * checked. The base element parses, reports a bad value in the widget, keeps the last good value
 * and restores the default on removal. Rules across two attributes stay element logic.
 */
import { type AttributeProblem, parsePositive } from '../internal/attributes.js';
import { attr } from '../internal/schema.js';

export const DEFAULTS = { value: 1 } as const;

const positive = (value: number): AttributeProblem | undefined =>
  Number.isFinite(value) && value > 0 ? undefined : { code: 'not-positive' };

export const schema = [
  attr<number>({ attribute: 'value', property: 'value', parse: parsePositive, default: DEFAULTS.value, check: positive }),
];
`,
  'view.ts': `/** The view: the value as a bar (drawn with SVG attributes, never a style attribute: strict CSP). */
import { html, type TemplateResult } from 'lit';
import type { ViewText } from '../internal/view-text.js';

const WIDTH = 240;
const HEIGHT = 16;

/** Bar length for a value: the whole width at 10 and beyond. */
export function barWidth(value: number): number {
  return Math.round((Math.min(value, 10) / 10) * WIDTH);
}

export function renderView(text: ViewText, value: number): TemplateResult {
  return html\`<figure part="view">
    <svg width=\${WIDTH} height=\${HEIGHT} role="img" aria-label=\${text.t('barLabel', { value: text.num(value) })}>
      <rect class="bar" width=\${barWidth(value)} height=\${HEIGHT}></rect>
    </svg>
    <figcaption data-value="value">\${text.t('title')}: \${text.num(value)}</figcaption>
  </figure>\`;
}
`,
  'panel.ts': `/** The panel: a labelled slider that changes the value (keyboard: arrows, Page Up/Down, Home/End). */
import { html, type TemplateResult } from 'lit';
import type { ViewText } from '../internal/view-text.js';

export function renderPanel(text: ViewText, value: number, onInput: (value: number) => void): TemplateResult {
  return html\`<div part="panel">
    <label for="value-range">\${text.t('title')}</label>
    <input
      id="value-range"
      type="range"
      min="0.5"
      max="10"
      step="0.5"
      .value=\${String(value)}
      aria-valuetext=\${text.num(value)}
      @input=\${(event: Event) => onInput(Number((event.target as HTMLInputElement).value))}
    />
  </div>\`;
}
`,
  [`${tag}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  [part='view'] {
    margin: 0 0 0.75rem;
  }
  .bar {
    fill: var(--gd-color-accent, #0a66c2);
  }
  [part='panel'] {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
\`;
`,
  [`${tag}.messages.ts`]: `import { defineMessages } from '../internal/i18n/index.js';

// English ships with the element; each other language is its own file, fetched only when a page
// shows that language. Write each language fresh; a missing or extra key is a type error.
const en = { title: 'Value', barLabel: 'A bar of length {value}', changed: 'The value is now {value}.' };

/** The keys every language file must translate. */
export type ${className}Messages = Readonly<Record<keyof typeof en, string>>;

defineMessages('${tag}', { en }, {
  tr: () => import('./${tag}.messages.tr.js'),
  pt: () => import('./${tag}.messages.pt.js'),
  ko: () => import('./${tag}.messages.ko.js'),
});
`,
  [`${tag}.messages.tr.ts`]: `import type { ${className}Messages } from './${tag}.messages.js';

export default {
  title: 'Değer',
  barLabel: 'Uzunluğu {value} olan bir çubuk',
  changed: 'Değer artık {value}.',
} satisfies ${className}Messages;
`,
  [`${tag}.messages.pt.ts`]: `import type { ${className}Messages } from './${tag}.messages.js';

export default {
  title: 'Valor',
  barLabel: 'Uma barra de comprimento {value}',
  changed: 'O valor agora é {value}.',
} satisfies ${className}Messages;
`,
  [`${tag}.messages.ko.ts`]: `import type { ${className}Messages } from './${tag}.messages.js';

export default {
  title: '값',
  barLabel: '길이가 {value}인 막대',
  changed: '값이 이제 {value}입니다.',
} satisfies ${className}Messages;
`,
  [`${tag}.test.ts`]: `import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import '../define/${tag}.js';
import { checkPageAfterEach, mounter, shadowText } from '../internal/element.test-fixtures.js';
import { describeSchema } from '../internal/schema.test-fixtures.js';
import type { ${className}, ${className}ChangeDetail } from './${tag}.js';
import { barWidth } from './view.js';

const mount = mounter<${className}>('${tag}', { settle: (element) => element.updateComplete });
const shown = (element: ${className}) => shadowText(element, '[data-value="value"]');

// After every test: the page emptied and the tensor count back where the test began.
checkPageAfterEach();

describe('<${tag}>', () => {
  it('shows its value in the page language', async () => {
    const element = await mount({ value: '2.5', lang: 'tr' });
    expect(shown(element)).toBe('Değer: 2,5');
    expect(element.shadowRoot!.querySelector('rect.bar')?.getAttribute('width')).toBe(String(barWidth(2.5)));
    expect(barWidth(2.5)).toBe(60);
  });

  it('the slider changes the value, announces it and fires gd-value-change', async () => {
    const element = await mount({ value: '3' });
    const seen: ${className}ChangeDetail[] = [];
    element.addEventListener('gd-value-change', (event) =>
      seen.push((event as CustomEvent<${className}ChangeDetail>).detail),
    );
    const range = element.shadowRoot!.querySelector<HTMLInputElement>('#value-range')!;
    range.value = '4.5';
    range.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    expect(element.value).toBe(4.5);
    expect(seen).toEqual([{ value: 4.5 }]);
    expect(shadowText(element, '[part="live"]')).toBe('The value is now 4.5.');
  });

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const element = await mount({ theme });
    expect((await axe.run(element)).violations).toEqual([]);
  });
});

describeSchema('${tag}', {
  value: { good: '2.5', bad: '-1' },
});
`,
  [`${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../define/${tag}.js';
import {
  attributeArgs,
  attributeArgTypes,
  attributes,
  darkPage,
  expectControlsForEveryAttribute,
  LANGUAGES,
  shadowText,
} from '../internal/story-helpers.js';

type Args = Record<string, string | number | boolean | undefined>;

const argTypes = attributeArgTypes('${tag}', {
  value: { control: { type: 'number', step: 0.5 }, description: 'A number > 0.' },
});

const meta: Meta<Args> = {
  title: 'Lessons/${tag}',
  component: '${tag}',
  argTypes,
  args: { value: 1, theme: '', lang: 'en' },
  render: (args) =>
    html\`<div lang=\${args['lang'] || nothing}><${tag} \${attributes(attributeArgs(args, argTypes))}></${tag}></div>\`,
};
export default meta;

type Story = StoryObj<Args>;

const element = (canvasElement: HTMLElement) => canvasElement.querySelector('${tag}')!;

export const Default: Story = {
  play: async (context) => {
    await expectControlsForEveryAttribute('${tag}', context);
    await expect(shadowText(element(context.canvasElement), '[data-value="value"]')).toBe('Value: 1');
  },
};

export const Dark: Story = { args: { theme: 'dark' }, decorators: [darkPage] };

export const Languages: Story = {
  render: () => html\`\${LANGUAGES.map((lang) => html\`<div lang=\${lang}><${tag} value="2.5"></${tag}></div>\`)}\`,
};

/** A bad attribute: the message shows in the widget and the default value is kept. */
export const BadValue: Story = {
  args: { value: 'abc' },
  play: async ({ canvasElement }) => {
    await expect(shadowText(element(canvasElement), '[data-attribute="value"]')).toContain('“value”');
    await expect(shadowText(element(canvasElement), '[data-value="value"]')).toBe('Value: 1');
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
append('index.ts', `export { ${className}, type ${className}ChangeDetail } from './${tag}/${tag}.js';`);
// Format and sort what was written (line lengths depend on the name), as `pnpm lint` expects.
execFileSync(
  'pnpm',
  ['exec', 'biome', 'check', '--write', `src/${tag}`, `src/define/${tag}.ts`, 'src/index.ts'],
  { cwd: join(src, '..'), stdio: 'inherit' },
);
console.log(
  `Created ${tag}: packages/components/src/${tag}/ and src/define/${tag}.ts. Next: pnpm build in packages/components (the schema suite reads the manifest), then pnpm exec vitest run src/${tag}/.`,
);
