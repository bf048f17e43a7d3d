// API reference pages from the custom-elements manifest (built from each element's JSDoc): an index
// of the public elements and one page per element. Headings are localised; the descriptions stay
// in English as written in the source, and each page says so.
import { readFileSync } from 'node:fs';
import { escapeHtml, jsdocToHtml } from './html.mjs';
import { layout } from './layout.mjs';
import { prerenderMath } from './math.mjs';
import { componentsFile } from './paths.mjs';
import { snippetBlock } from './snippet.mjs';

/**
 * The public elements: declarations whose tag has its own registration module, src/define/<tag>.ts.
 * The playground's internal views are registered by gd-playground's module, so they are left out.
 */
export function publicElements() {
  const manifest = JSON.parse(readFileSync(componentsFile('custom-elements.json'), 'utf8'));
  const defined = new Set(
    manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition' && module.path === `src/define/${e.name}.ts`)
        .map((e) => e.name),
    ),
  );
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && defined.has(declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '—');
const isPublic = (member) => !member.privacy && !member.static;
/** JSDoc prose, marked as English for screen readers and translators on non-English pages. */
const english = (text) => (text ? `<div lang="en">${jsdocToHtml(text)}</div>` : '');

/** A localised table, or nothing when there are no rows. Cells are trusted HTML. */
function table(heading, columns, rows) {
  if (!rows.length) return '';
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<h2>${escapeHtml(heading)}</h2>
<div class="table-scroll"><table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`;
}

/** The element's tables: attributes, properties, methods, events, slots, parts, custom properties. */
function elementTables(element, ui) {
  const members = element.members ?? [];
  const field = (name) => members.find((member) => member.name === name) ?? {};
  const attributes = (element.attributes ?? []).map((attribute) => {
    const member = field(attribute.fieldName);
    return [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text ?? member.type?.text),
      code(attribute.default ?? member.default),
      english(attribute.description ?? member.description),
    ];
  });
  const properties = members
    .filter((member) => member.kind === 'field' && isPublic(member) && !member.attribute)
    .map((member) => [
      code(member.name + (member.readonly ? ' (readonly)' : '')),
      code(member.type?.text),
      code(member.default),
      english(member.description),
    ]);
  const methods = members
    .filter((member) => member.kind === 'method' && isPublic(member))
    .map((member) => {
      const parameters = (member.parameters ?? []).map((p) => p.name + (p.type ? `: ${p.type.text}` : ''));
      const returns = member.return?.type?.text ?? 'void';
      return [code(`${member.name}(${parameters.join(', ')}): ${returns}`), english(member.description)];
    });
  const events = (element.events ?? []).map((event) => {
    const detail = event.type?.text.match(/^CustomEvent<(.+)>$/)?.[1];
    return [code(event.name), code(detail), english(event.description)];
  });
  const named = (list) =>
    (list ?? []).map((item) => [code(item.name || '(default)'), english(item.description)]);
  const cssProperties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    english(property.description),
  ]);
  return [
    table(
      ui.apiAttributes,
      [ui.colName, ui.colProperty, ui.colType, ui.colDefault, ui.colDescription],
      attributes,
    ),
    table(ui.apiProperties, [ui.colName, ui.colType, ui.colDefault, ui.colDescription], properties),
    table(ui.apiMethods, [ui.colSignature, ui.colDescription], methods),
    table(ui.apiEvents, [ui.colName, ui.colDetail, ui.colDescription], events),
    table(ui.apiSlots, [ui.colName, ui.colDescription], named(element.slots)),
    table(ui.apiCssParts, [ui.colName, ui.colDescription], named(element.cssParts)),
    table(ui.apiCssProperties, [ui.colName, ui.colDefault, ui.colDescription], cssProperties),
  ]
    .filter(Boolean)
    .join('\n');
}

/** <lang>/api/<tag>.html: summary, a live usage example with its snippet, then the tables. */
function elementPage(element, example, lang, uiAll) {
  const ui = uiAll[lang];
  const path = `${lang}/api/${element.tagName}.html`;
  const usage = example ?? `<${element.tagName}></${element.tagName}>`;
  const body = `<h1><code>&lt;${escapeHtml(element.tagName)}&gt;</code></h1>
<p class="lede" lang="en">${escapeHtml(element.summary ?? '')}</p>
<p class="note">${escapeHtml(ui.apiEnglishNote)}</p>
<dl class="facts">
<dt>${escapeHtml(ui.apiTag)}</dt><dd>${code(element.tagName)}</dd>
<dt>${escapeHtml(ui.apiClass)}</dt><dd>${code(element.name)}</dd>
</dl>
<div class="description">${english(element.description)}</div>
<h2>${escapeHtml(ui.apiUsage)}</h2>
<div class="demo">${prerenderMath(usage, `api/${element.tagName}`)}</div>
${snippetBlock(usage, { ui, bundle: '../../gd-playground.js' })}
<div class="api-tables">
${elementTables(element, ui)}
</div>`;
  return {
    path,
    html: layout({
      path,
      lang,
      uiAll,
      title: `<${element.tagName}>`,
      description: element.summary ?? '',
      section: 'api',
      body,
    }),
  };
}

/** <lang>/api/index.html and one page per element. */
export function apiPages(elements, examples, lang, uiAll) {
  const ui = uiAll[lang];
  const path = `${lang}/api/index.html`;
  const rows = elements.map((element) => [
    `<a href="${element.tagName}.html"><code>&lt;${escapeHtml(element.tagName)}&gt;</code></a>`,
    `<span lang="en">${escapeHtml(element.summary ?? '')}</span>`,
  ]);
  const body = `<h1>${escapeHtml(ui.apiTitle)}</h1>
<p class="lede">${escapeHtml(ui.apiIntro)}</p>
<p class="note">${escapeHtml(ui.apiEnglishNote)}</p>
${table(ui.apiElement, [ui.apiElement, ui.apiSummary], rows).replace(/^<h2>.*<\/h2>\n/, '')}`;
  return [
    {
      path,
      html: layout({ path, lang, uiAll, title: ui.apiTitle, description: ui.apiIntro, section: 'api', body }),
    },
    ...elements.map((element) => elementPage(element, examples[element.tagName], lang, uiAll)),
  ];
}
