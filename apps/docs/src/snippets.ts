// Embed snippets: show the absolute URL of this site's bundle (so a copied snippet works on any
// other site) and make each copy button copy its code block, announcing the result.

/** The single-file bundle's absolute URL, from the page's `<meta name="gd-bundle">` (relative). */
export function bundleUrl(doc: Document): string {
  const relative =
    doc.querySelector<HTMLMetaElement>('meta[name="gd-bundle"]')?.content ?? './gd-playground.js';
  return new URL(relative, doc.location.href).href;
}

/** Copies text; resolves false instead of throwing when neither way is allowed. */
export async function copyText(text: string, doc: Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API, or no permission (insecure origin, iframe): the old selection-based way.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Fills in the bundle URL, points the playgrounds' own share snippets at it, wires the buttons. */
export function setUpSnippets(doc: Document): void {
  const url = bundleUrl(doc);
  for (const span of doc.querySelectorAll('[data-bundle-url]')) span.textContent = url;
  // gd-playground writes embed snippets too; by default it assumes the bundle is next to the page.
  for (const playground of doc.querySelectorAll('gd-playground')) playground.bundleUrl = url;

  doc.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.copy-button');
    const snippet = button?.closest('.snippet');
    const code = snippet?.querySelector('code');
    if (!button || !snippet || !code) return;
    const status = snippet.querySelector('.copy-status');
    const copied = await copyText(code.textContent ?? '', doc);
    if (!status) return;
    // Emptied, then filled a moment later, so a second click is announced again.
    status.textContent = '';
    const message = (copied ? button.dataset['copied'] : button.dataset['failed']) ?? '';
    setTimeout(() => {
      status.textContent = message;
    }, 100);
  });
}
