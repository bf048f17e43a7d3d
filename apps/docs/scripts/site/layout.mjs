// The one layout every generated page shares: <html lang>, head, header with the site name, the
// main nav, the language switcher, an optional lesson list beside the content, and the footer.
import { escapeHtml } from './html.mjs';
import { LANGUAGES, linkTo, rootOf, withinLanguage } from './paths.mjs';

/**
 * @param {object} page
 * @param {string} page.path     from the site's top, e.g. `tr/lessons/batching.html`
 * @param {string} page.lang
 * @param {object} page.uiAll    ui.json, all languages (the switcher names each language in itself)
 * @param {string} page.title    plain text
 * @param {string} page.description plain text
 * @param {'home'|'lessons'|'api'} page.section
 * @param {string} page.body     trusted HTML for <main>
 * @param {string} [page.aside]  trusted HTML beside <main> (the lesson list)
 */
export function layout({ path, lang, uiAll, title, description, section, body, aside = '' }) {
  const ui = uiAll[lang];
  const root = rootOf(path);
  const home = `${lang}/index.html`;
  const current = (name) => (name === section ? ' aria-current="true"' : '');
  const homeCurrent = path === home ? ' aria-current="page"' : current('home');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(ui.siteName)}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="gd-bundle" content="${root}gd-playground.js">
<link rel="icon" href="data:,">
<script type="module" src="${root}../src/main.ts"></script>
</head>
<body>
<a class="skip-link" href="#content">${escapeHtml(ui.skipLink)}</a>
<header class="site-header">
<a class="site-name" href="${linkTo(path, home)}">${escapeHtml(ui.siteName)}</a>
<nav class="main-nav" aria-label="${escapeHtml(ui.mainNavLabel)}">
<ul>
<li><a href="${linkTo(path, home)}"${homeCurrent}>${escapeHtml(ui.navHome)}</a></li>
<li><a href="${linkTo(path, `${home}#lessons`)}"${current('lessons')}>${escapeHtml(ui.navLessons)}</a></li>
<li><a href="${linkTo(path, `${lang}/api/index.html`)}"${current('api')}>${escapeHtml(ui.navApi)}</a></li>
<li><a href="${linkTo(path, 'blog-post.html')}" hreflang="en">${escapeHtml(ui.navBlog)}</a></li>
</ul>
</nav>
${languageSwitcher(path, lang, uiAll)}
</header>
<div class="page${aside ? ' has-aside' : ''}">
${aside}
<main id="content">
${body}
</main>
</div>
<footer class="site-footer"><p>${escapeHtml(ui.footer)}</p></footer>
</body>
</html>
`;
}

/** Links to this same page in every language, each named in its own language. */
function languageSwitcher(path, lang, uiAll) {
  const inside = withinLanguage(path);
  const items = LANGUAGES.map((other) => {
    const currentMark = other === lang ? ' aria-current="page"' : '';
    const name = escapeHtml(uiAll[other].languageName);
    return `<li><a href="${linkTo(path, `${other}/${inside}`)}" hreflang="${other}" lang="${other}"${currentMark}>${name}</a></li>`;
  });
  return `<nav class="language-nav" aria-label="${escapeHtml(uiAll[lang].languageNavLabel)}">
<ul>
${items.join('\n')}
</ul>
</nav>`;
}
