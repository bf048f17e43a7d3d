// The home page of each language (<lang>/index.html) from content/home.<lang>.html, and the
// language-neutral top index.html that sends a visitor to their language.
import { escapeHtml, stripTags } from './html.mjs';
import { layout } from './layout.mjs';
import { lessonList } from './lessons.mjs';
import { prerenderMath } from './math.mjs';
import { LANGUAGES } from './paths.mjs';
import { addFigureSnippets, expandSnippetTemplates } from './snippet.mjs';

/** <lang>/index.html: the fragment with its lesson list filled in and its snippets expanded. */
export function homePage(fragment, lessons, lang, uiAll) {
  const path = `${lang}/index.html`;
  const ui = uiAll[lang];
  const context = { ui, bundle: '../gd-playground.js' };
  const body = prerenderMath(
    expandSnippetTemplates(addFigureSnippets(fragment.trim(), context), context),
    path,
  ).replace('<!-- lesson-list -->', lessonList(lessons, lang, path));
  const lede = fragment.match(/<p class="lede"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
  return {
    path,
    html: layout({
      path,
      lang,
      uiAll,
      title: ui.homeTitle,
      description: stripTags(lede),
      section: 'home',
      body,
    }),
  };
}

/**
 * index.html at the top: picks the first of navigator.languages the site has (English otherwise)
 * and replaces itself with that home page; the plain list of links is the fallback without script.
 */
export function rootIndex(uiAll) {
  const links = LANGUAGES.map(
    (lang) =>
      `<li><a href="${lang}/index.html" hreflang="${lang}" lang="${lang}">${escapeHtml(uiAll[lang].languageName)}</a></li>`,
  );
  const choose = LANGUAGES.map(
    (lang) => `<span lang="${lang}">${escapeHtml(uiAll[lang].chooseLanguage)}</span>`,
  );
  return {
    path: 'index.html',
    html: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(uiAll.en.siteName)}</title>
<link rel="icon" href="data:,">
<script>
  (function () {
    var site = ${JSON.stringify(LANGUAGES)};
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < wanted.length; i++) {
      var lang = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (site.indexOf(lang) !== -1) return location.replace(lang + '/index.html');
    }
    location.replace('en/index.html');
  })();
</script>
<style>body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.6; }</style>
</head>
<body>
<h1>${escapeHtml(uiAll.en.siteName)}</h1>
<p>${choose.join(' · ')}</p>
<ul>
${links.join('\n')}
</ul>
</body>
</html>
`,
  };
}
