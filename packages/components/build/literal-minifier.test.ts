import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { minifyCssTemplate, minifyHtmlTemplate } from './literal-minifier.js';

// The browser is the oracle: what it parses and lays out from the minified text must equal what it
// makes of the text as written.

/** The rules of a style sheet as Chromium serialises them (whitespace-free of the source's layout). */
function rulesOf(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

/** A Lit strings array (Lit accepts an array carrying `raw`, as a tagged template's is). */
function templateStrings(chunks: readonly string[]): TemplateStringsArray {
  return Object.assign([...chunks], { raw: [...chunks] }) as unknown as TemplateStringsArray;
}

/** The text as rendered (CSS whitespace processing applied): what a reader sees, unlike textContent. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is compared.
const renderedText = (element: HTMLElement) => element.innerText;

/** What a reader sees of a rendered subtree: the rendered text, each element's box in the container. */
function layoutOf(container: HTMLElement): string[] {
  const origin = container.getBoundingClientRect();
  return [
    renderedText(container),
    ...[...container.querySelectorAll('*')].map((element) => {
      const box = element.getBoundingClientRect();
      const edges = [box.x - origin.x, box.y - origin.y, box.width, box.height];
      return `${element.localName} ${edges.map((value) => value.toFixed(2)).join(',')}`;
    }),
  ];
}

const containers: HTMLElement[] = [];
function mount(): HTMLElement {
  const container = document.createElement('div');
  container.className = 'literal-test';
  document.body.append(container);
  containers.push(container);
  return container;
}
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

describe('minifyCssTemplate', () => {
  const SHEET = `
    /* a comment, and a brace in a string below */
    :host {
      display: block;
      font-family: 'Cambria Math', "STIX Two Math", math;
    }
    a :hover,
    .row > .cell ~ .cell {
      margin: calc(1px + 2px) calc(100% - 3em);
      content: "  two  spaces ; { } ";
      grid-template-areas: 'a  b' 'c d';
    }
    @media (prefers-color-scheme: dark) and (min-width: 40em) {
      :host(:not([theme='light'])) .x { color: rgb(1, 2, 3) !important; }
    }
    .e::before { content: '\\2014'; padding: 1px/**/2px; }
  `;

  it('writes the exact minified text', () => {
    expect(minifyCssTemplate([SHEET])).toEqual([
      ':host{display:block;font-family:\'Cambria Math\',"STIX Two Math",math}' +
        'a :hover,.row>.cell ~ .cell{margin:calc(1px + 2px) calc(100% - 3em);content:"  two  spaces ; { } ";' +
        "grid-template-areas:'a  b' 'c d'}" +
        "@media (prefers-color-scheme:dark) and (min-width:40em){:host(:not([theme='light'])) .x{color:rgb(1,2,3) !important}}" +
        ".e::before{content:'\\2014';padding:1px 2px}",
    ]);
  });

  it('gives a style sheet that Chromium parses to the same rules', () => {
    const minified = (minifyCssTemplate([SHEET]) as string[])[0] as string;
    expect(minified.length).toBeLessThan(SHEET.length * 0.75);
    expect(rulesOf(minified)).toEqual(rulesOf(SHEET));
    expect(rulesOf(SHEET)).toHaveLength(4);
  });

  it('keeps one chunk per chunk and a space where an expression may need one', () => {
    // css`\n  :host {\n    ${a}\n  }\n  .x { margin: ${b} ${c}; }\n`
    const chunks = ['\n  :host {\n    ', '\n  }\n  .x { margin: ', ' ', '; }\n'];
    expect(minifyCssTemplate(chunks)).toEqual([':host{', '}.x{margin:', ' ', '}']);
  });

  it('leaves a template alone when a chunk ends inside a comment or a string', () => {
    expect(minifyCssTemplate(['a { /* ', ' */ }'])).toBeUndefined();
    expect(minifyCssTemplate(['a { content: "', '"; }'])).toBeUndefined();
  });
});

describe('minifyHtmlTemplate', () => {
  const MARKUP = `
    <p class="lead">
      Gradient   descent:
      <b>step</b> <i>by</i>
      step,<span>no</span><span>gap</span>.
    </p>
    <ul>
      <li>one</li>
      <li>two</li>
    </ul>
    <label for="rate"
           title="  kept   as written  ">Rate</label>
    <input id="rate"   type="text"
      value="a  b" />
    <pre>  indented
      code   </pre>
    <textarea>  x
  y  </textarea>
    <!--  a   comment  -->
    <svg viewBox="0 0 10 10" width="40">
      <text x="1" y="9">a   b</text>
    </svg>
  `;

  it('writes the exact minified text', () => {
    expect(minifyHtmlTemplate([MARKUP])).toEqual([
      ' <p class="lead"> Gradient descent: <b>step</b> <i>by</i> step,<span>no</span><span>gap</span>. </p>' +
        ' <ul> <li>one</li> <li>two</li> </ul>' +
        ' <label for="rate" title="  kept   as written  ">Rate</label>' +
        ' <input id="rate" type="text" value="a  b"/>' +
        ' <pre>  indented\n      code   </pre>' +
        ' <textarea>  x\n  y  </textarea>' +
        ' <!--  a   comment  -->' +
        ' <svg viewBox="0 0 10 10" width="40"> <text x="1" y="9">a b</text> </svg> ',
    ]);
  });

  it('renders exactly the same boxes and text in Chromium', () => {
    const asWritten = mount();
    asWritten.innerHTML = MARKUP;
    const minified = mount();
    minified.innerHTML = (minifyHtmlTemplate([MARKUP]) as string[])[0] as string;
    expect(layoutOf(minified)).toEqual(layoutOf(asWritten));
    expect(minified.querySelector('textarea')?.value).toBe('  x\n  y  ');
    expect(minified.querySelector('pre')?.textContent).toBe('  indented\n      code   ');
    expect(minified.querySelector('label')?.title).toBe('  kept   as written  ');
  });

  it("keeps Lit's parts: the same bindings render the same DOM", () => {
    // html`\n  <p title="${t}  x">\n    Hello,\n    ${name}!\n  </p>\n  <button ?disabled=${d}\n    @click=${f}>\n    ${label}\n  </button>\n`
    const chunks = [
      '\n  <p title="',
      '  x">\n    Hello,\n    ',
      '!\n  </p>\n  <button ?disabled=',
      '\n    @click=',
      '>\n    ',
      '\n  </button>\n',
    ];
    const minified = minifyHtmlTemplate(chunks) as string[];
    expect(minified).toEqual([
      ' <p title="',
      '  x"> Hello, ',
      '! </p> <button ?disabled=',
      ' @click=',
      '> ',
      ' </button> ',
    ]);
    let clicks = 0;
    const values = ['tip', 'Ada', true, () => clicks++, 'Go'];
    const asWritten = mount();
    render(html(templateStrings(chunks), ...values), asWritten);
    const short = mount();
    const shortStrings = templateStrings(minified);
    render(html(shortStrings, ...values), short);
    expect(short.querySelector('p')?.title).toBe('tip  x');
    expect(renderedText(short)).toBe(renderedText(asWritten));
    expect(short.querySelector('button')?.disabled).toBe(true);
    render(html(shortStrings, 'tip', 'Ada', false, values[3], 'Go'), short);
    expect(short.querySelector('button')?.disabled).toBe(false);
    short.querySelector('button')?.click();
    expect(clicks).toBe(1);
  });

  it('leaves a template alone when an expression names a tag', () => {
    expect(minifyHtmlTemplate(['<', '>x</', '>'])).toBeUndefined();
  });
});
