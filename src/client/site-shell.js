// Inlined into every site page's <head> (kept tiny: article pages ship no other script).
// 1. Theme: follow prefers-color-scheme until the reader picks; the pick persists.
// 2. Search: load pagefind's Component UI only when the reader asks for it (click, `/`, Ctrl/⌘+K).
(() => {
	const KEY = 'talkbook-theme';
	const root = document.documentElement;
	const media = matchMedia('(prefers-color-scheme: dark)');
	const stored = () => { try { return localStorage.getItem(KEY); } catch { return null; } };
	const effective = () => root.dataset.theme || (media.matches ? 'dark' : 'light');
	const sync = () => {
		const dark = effective() === 'dark';
		root.dataset.pfTheme = dark ? 'dark' : 'light';
		for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(dark));
	};
	const saved = stored();
	if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
	media.addEventListener('change', sync);
	document.addEventListener('DOMContentLoaded', sync);

	let loading;
	const loadSearch = () => loading ??= new Promise((resolve, reject) => {
		const css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = '/pagefind/pagefind-component-ui.css';
		const js = document.createElement('script');
		js.type = 'module';
		js.src = '/pagefind/pagefind-component-ui.js';
		js.onload = resolve;
		js.onerror = () => { loading = undefined; reject(new Error('search failed to load')); };
		document.head.append(css, js);
	}).then(() => customElements.whenDefined('pagefind-modal'));
	const openSearch = (fallback) => loadSearch()
		.then(() => document.getElementById('search-modal')?.open())
		.catch(() => { location.href = fallback; });

	document.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const toggle = target?.closest('[data-theme-toggle]');
		if (toggle) {
			const next = effective() === 'dark' ? 'light' : 'dark';
			root.dataset.theme = next;
			try { localStorage.setItem(KEY, next); } catch { /* private mode: still toggles for this page */ }
			sync();
			return;
		}
		const search = target?.closest('a[data-search-open]');
		if (search && !event.metaKey && !event.ctrlKey && !event.shiftKey && event.button === 0) {
			event.preventDefault();
			openSearch(search.href);
		}
	});
	document.addEventListener('keydown', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		if (event.defaultPrevented || target?.closest('input, textarea, select, [contenteditable]')) return;
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
		const modK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		if (slash || modK) {
			event.preventDefault();
			openSearch('/search/');
		}
	});
})();
