/**
 * Search as you type, for a <search-box> (header or search page), loaded on first focus by
 * loader.ts. Fetches the index once per page (same-origin, content-hashed file that the service
 * worker precaches, so it works offline), runs the engine on each input, and renders results
 * with DOM methods (no HTML strings: the CSP and the learner's own input stay safe).
 *
 * Accessibility: results are ordinary links in tab order; arrow keys also move between the box
 * and the links, Escape goes back to the box. A polite live region announces the count once the
 * learner pauses typing, not at every key.
 */
import { SearchEngine, type Highlighted, type SearchResults } from './engine';
import { isSearchIndex } from './format';
import { searchText as s } from '../../i18n/search';
import { lessonUrl, moduleUrl, url } from '../paths';

const ANNOUNCE_AFTER_MS = 700;

let engine: Promise<SearchEngine> | undefined;

function loadEngine(indexUrl: string): Promise<SearchEngine> {
  engine ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${indexUrl}`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => {
      if (!isSearchIndex(data)) throw new Error(`${indexUrl}: not a search index of this version`);
      return new SearchEngine(data);
    });
  // A failed load (offline, first visit) is tried again on the next input.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Builds an element with a class and children (strings become text nodes). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = el('a', className, ...children);
  a.href = href;
  return a;
}

/** Original text with the matched words in <mark>. */
function marked(h: Highlighted): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of h.marks) {
    if (start > at) out.append(h.text.slice(at, start));
    out.append(el('mark', '', h.text.slice(start, end)));
    at = end;
  }
  out.append(h.text.slice(at));
  return out;
}

function renderResults(results: SearchResults, query: string, engineIndex: SearchEngine['index'], isPage: boolean, idPrefix: string): Node {
  const out = document.createDocumentFragment();
  if (results.lessons.length) {
    const labelId = `${idPrefix}-bai-hoc`;
    out.append(isPage ? el('h2', 'search-panel__label', s.lessonsHeading) : el('p', 'search-panel__label', s.lessonsHeading));
    out.lastElementChild!.id = labelId;
    const list = el('ol', 'search-hits');
    list.setAttribute('aria-labelledby', labelId);
    for (const hit of results.lessons) {
      const where = hit.heading ? `${hit.moduleTitle} · ${s.section(hit.heading)}` : hit.moduleTitle;
      const href = lessonUrl(hit.lesson.id) + (hit.anchor ? `#${encodeURIComponent(hit.anchor)}` : '');
      list.append(
        el(
          'li',
          'search-hit',
          link(href, 'search-hit__title', marked(hit.title)),
          el('span', 'search-hit__where', where),
          el('span', 'search-hit__snippet', marked(hit.snippet)),
        ),
      );
    }
    out.append(list);
  } else {
    out.append(
      el('p', 'search-none__title', s.notFound(query)),
      el('p', '', s.noneTry),
      el('ul', 'search-none__links', el('li', '', link(url('/tu-dien/'), '', s.noneGlossary))),
      el('p', '', s.noneModules),
      el('ul', 'search-none__links', ...engineIndex.m.map(([id, title]) => el('li', '', link(moduleUrl(id), '', title)))),
    );
  }
  if (results.terms.length) {
    const labelId = `${idPrefix}-tu-dien`;
    out.append(isPage ? el('h2', 'search-panel__label', s.termsHeading) : el('p', 'search-panel__label', s.termsHeading));
    out.lastElementChild!.id = labelId;
    const list = el('ul', 'search-terms');
    list.setAttribute('aria-labelledby', labelId);
    for (const { term } of results.terms) {
      list.append(el('li', '', link(url(`/tu-dien/#${term.id}`), 'search-terms__term', term.t), ' — ', term.d));
    }
    out.append(list);
  }
  if (!isPage && results.lessons.length) {
    out.append(el('p', 'search-panel__more', link(`${url('/tim-kiem/')}?q=${encodeURIComponent(query)}`, '', s.allResults(query))));
  }
  return out;
}

/** Wires one <search-box>: its input, its live region and its results panel. */
export function attach(root: HTMLElement, input: HTMLInputElement): void {
  const indexUrl = root.dataset.index;
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const panel = root.querySelector<HTMLElement>('[data-search-results]');
  if (!indexUrl || !status || !panel) return;
  const isPage = root.hasAttribute('data-page');
  const idPrefix = input.id || 'tim';
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastQuery = '';

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (status.textContent = text), ANNOUNCE_AFTER_MS);
  };
  const show = (visible: boolean) => {
    panel.hidden = !visible;
  };

  const run = async () => {
    const query = input.value.trim();
    if (query === lastQuery && panel.childElementCount) return show(true);
    lastQuery = query;
    if (isPage) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      panel.replaceChildren();
      show(false);
      clearTimeout(announceTimer);
      status.textContent = '';
      return;
    }
    let ready: SearchEngine;
    try {
      if (!panel.childElementCount) panel.replaceChildren(el('p', 'search-panel__loading', s.loading));
      show(true);
      ready = await loadEngine(indexUrl);
    } catch {
      panel.replaceChildren(el('p', 'search-panel__error', s.loadFailed));
      lastQuery = '';
      announce(s.loadFailed);
      return;
    }
    // The learner may have typed more while the index loaded.
    if (input.value.trim() !== query) return;
    const results = ready.search(input.value, { limit: isPage ? 10 : 5 });
    panel.replaceChildren(renderResults(results, query, ready.index, isPage, idPrefix));
    show(true);
    const count = results.lessons.length;
    announce(count ? `${s.found(count, query)} ${s.keyboardHint}` : s.notFound(query));
  };

  const focusLink = (from: HTMLElement, step: number) => {
    const all = links();
    const at = all.indexOf(from as HTMLAnchorElement);
    const next = at + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !panel.hidden && links().length) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && !isPage && !panel.hidden) {
      event.preventDefault();
      show(false);
    }
  });
  panel.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusLink(target, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
      if (!isPage) show(false);
    }
  });
  if (!isPage) {
    // The header's results close when focus leaves the search box altogether.
    root.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget;
      if (!(next instanceof Node) || !root.contains(next)) show(false);
    });
  }

  // Fetch the index now, while the learner is still typing their first word.
  loadEngine(indexUrl).catch(() => undefined);
  const asked = isPage ? new URLSearchParams(location.search).get('q') : null;
  if (asked && !input.value) input.value = asked;
  if (input.value.trim()) void run();
}
