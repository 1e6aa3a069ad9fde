// Inlined into every site page's <head> (kept tiny: article pages ship no other script).
// 1. Theme: follow prefers-color-scheme until the reader picks; the pick persists.
// 2. Search: load pagefind's Component UI only when the reader asks for it (click, `/`, Ctrl/⌘+K).
// 3. Code blocks: the Copy button copies the code and announces "Copied".
// 4. Contents: open beside the text on a wide screen; mark the section being read.
// Site paths start with the base the build was made for, `<html data-base="/talks/">`.
(() => {
	const KEY = 'talkbook-theme';
	const root = document.documentElement;
	const base = root.dataset.base || '/';
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
	document.addEventListener('DOMContentLoaded', () => { sync(); contents(); });

	let loading;
	const loadSearch = () => loading ??= new Promise((resolve, reject) => {
		const css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = `${base}pagefind/pagefind-component-ui.css`;
		const js = document.createElement('script');
		js.type = 'module';
		js.src = `${base}pagefind/pagefind-component-ui.js`;
		js.onload = resolve;
		js.onerror = () => { loading = undefined; reject(new Error('search failed to load')); };
		document.head.append(css, js);
	}).then(() => customElements.whenDefined('pagefind-modal'));
	const openSearch = (fallback) => loadSearch()
		.then(() => document.getElementById('search-modal')?.open())
		.catch(() => { location.href = fallback; });

	const announce = (text) => {
		const status = document.getElementById('site-status');
		if (!status) return;
		status.textContent = '';
		setTimeout(() => { status.textContent = text; }, 50);
	};
	// The Clipboard API needs a secure context (https or localhost); a plain-http host gets the old way.
	const copyText = (text) => navigator.clipboard?.writeText(text).catch(() => legacyCopy(text)) ?? legacyCopy(text);
	const legacyCopy = (text) => {
		const area = Object.assign(document.createElement('textarea'), { value: text });
		area.setAttribute('readonly', '');
		area.style.cssText = 'position:fixed;opacity:0';
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok ? Promise.resolve() : Promise.reject(new Error('copy refused'));
	};
	const copyCode = (button) => {
		const code = button.closest('.code-block')?.querySelector('pre code');
		if (!code) return;
		copyText(code.textContent).then(() => {
			button.dataset.copied = '';
			button.textContent = 'Copied';
			announce('Copied');
			setTimeout(() => { delete button.dataset.copied; button.textContent = 'Copy'; }, 2000);
		}, () => announce('Could not copy: select the code and copy it'));
	};

	const contents = () => {
		const toc = document.querySelector('[data-toc]');
		if (!toc) return;
		if (matchMedia('(min-width: 64rem)').matches) toc.querySelector('details')?.setAttribute('open', '');
		const links = new Map([...toc.querySelectorAll('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
		const headings = [...links.keys()].map((id) => document.getElementById(id)).filter(Boolean);
		if (!headings.length || !('IntersectionObserver' in window)) return;
		let current;
		// The current section is the last heading above the top third of the window (the first before any).
		const update = () => {
			const line = innerHeight / 3;
			const heading = headings.findLast((h) => h.getBoundingClientRect().top <= line) ?? headings[0];
			const link = links.get(heading.id);
			if (link === current) return;
			current?.removeAttribute('aria-current');
			link.setAttribute('aria-current', 'true');
			current = link;
		};
		// Watching every block of the text (not only headings) catches jumps that skip a heading's crossing.
		const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -66% 0px' });
		for (const block of document.querySelectorAll('.prose > *')) observer.observe(block);
	};

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
		const copy = target?.closest('[data-code-copy]');
		if (copy) {
			copyCode(copy);
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
			openSearch(`${base}search/`);
		}
	});
})();
