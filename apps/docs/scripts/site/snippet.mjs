// Embed snippets: the HTML a blogger pastes (the bundle's script tag, then the widget markup as
// authored) in a code block with a copy button. The bundle URL is written relative here, as the
// no-JavaScript fallback; src/copy-snippet.ts swaps in the absolute URL of the deployed bundle.
import { dedent, escapeHtml } from './html.mjs';

/** The code block with its copy button and live region; `bundle` is the bundle's relative URL. */
export function snippetBlock(markup, { ui, bundle }) {
  const code =
    `&lt;script type="module" src="<span data-bundle-url>${escapeHtml(bundle)}</span>"&gt;&lt;/script&gt;\n` +
    escapeHtml(dedent(markup));
  // tabindex: a long line makes the block scroll sideways, and keyboard readers must reach that too.
  return `<div class="snippet">
<pre tabindex="0"><code translate="no">${code}</code></pre>
<button type="button" class="copy-button" data-copied="${escapeHtml(ui.copied)}" data-failed="${escapeHtml(ui.copyFailed)}">${escapeHtml(ui.copy)}</button>
<span class="copy-status" role="status" aria-live="polite"></span>
</div>`;
}

/** The snippet folded away under "Embed this widget". */
function embedDetails(markup, context) {
  const { ui } = context;
  return `<details class="embed">
<summary>${escapeHtml(ui.embedSummary)}</summary>
<p>${escapeHtml(ui.embedHelp)}</p>
${snippetBlock(markup, context)}
</details>`;
}

/**
 * Every <figure class="demo"> gets an embed snippet after its caption. The widget markup is what
 * precedes the <figcaption> (figures are flat, so a lazy match to </figure> is enough).
 */
export function addFigureSnippets(html, context) {
  return html.replace(
    /(<figure\b[^>]*\bclass="[^"]*\bdemo\b[^"]*"[^>]*>)([\s\S]*?)<\/figure>/g,
    (whole, open, inner) => {
      const caption = inner.search(/<figcaption\b/);
      const markup = caption === -1 ? inner : inner.slice(0, caption);
      if (!markup.trim()) return whole;
      return `${open}${inner.trimEnd()}\n${embedDetails(markup, context)}\n</figure>`;
    },
  );
}

/** <template data-snippet>markup</template> (inert, so not rendered live) becomes an open snippet. */
export function expandSnippetTemplates(html, context) {
  return html.replace(/<template data-snippet>([\s\S]*?)<\/template>/g, (_whole, markup) =>
    snippetBlock(markup, context),
  );
}
