/**
 * The accepted half of the hostile-input corpus (test/fixtures/hostile/<case>/), built into one copy of
 * the project and opened in Chromium: every article page and deck the cases publish must fire no dialog,
 * make no request off the site, carry no `on*` attribute and no `javascript:`/`vbscript:`/`data:` URL, keep
 * none of the elements GitHub's sanitation removes, and every internal link on it must resolve (its
 * `#fragment` too). Paths a case lists in `absent.txt` must not be published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../support/browser.ts';
import { waitForDeck } from '../support/deck.ts';
import { listFiles, sharedBuild } from '../support/project-build.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'hostile');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** Every content file of every case, as extra files for the project copy (path → text). */
function caseFiles(): Record<string, string> {
	const extra: Record<string, string> = {};
	for (const name of cases) {
		for (const file of listFiles(path.join(FIXTURES, name))) {
			if (file === 'absent.txt') continue;
			extra[file] = readFileSync(path.join(FIXTURES, name, file), 'utf8');
		}
	}
	return extra;
}

/** The pages a case publishes: an article page and a deck per published article, a deck per talk. */
function pagesOf(name: string): string[] {
	const slugs = (dir: string): string[] => {
		const full = path.join(FIXTURES, name, dir);
		if (!existsSync(full)) return [];
		return readdirSync(full).filter((f) => /^[a-z0-9].*\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, ''));
	};
	return [...slugs('articles').flatMap((slug) => [`/articles/${slug}/`, `/decks/${slug}/`]), ...slugs('decks').map((slug) => `/decks/${slug}/`)];
}

/** What the page's DOM would need to be safe but is not: handlers, script URLs, removed elements, injected script. */
function unsafeMarkup(): string[] {
	const found: string[] = [];
	const scriptUrl = /^\s*(?:javascript|vbscript|data):/i;
	for (const el of document.querySelectorAll('*')) {
		for (const attribute of el.attributes) {
			if (/^on/i.test(attribute.name)) found.push(`${el.tagName} ${attribute.name}`);
			if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'].includes(attribute.name.toLowerCase()) && scriptUrl.test(attribute.value)) {
				found.push(`${el.tagName} ${attribute.name}="${attribute.value}"`);
			}
			if (attribute.name.startsWith('data-background-iframe') || attribute.name === 'data-background-video') found.push(`${el.tagName} ${attribute.name}`);
		}
	}
	// The author's content: the article body, or the slides (the page around them is the site's own).
	const content = document.querySelector('.prose') ?? document.querySelector('.reveal .slides') ?? document.body;
	for (const el of content.querySelectorAll('iframe, object, embed, form, base, textarea, select, svg, math, template, noscript, style, link, meta')) {
		found.push(`<${el.tagName.toLowerCase()}> in the content`);
	}
	for (const script of document.querySelectorAll('script')) if ((script.textContent ?? '').includes('alert(')) found.push(`script: ${script.textContent?.slice(0, 60)}`);
	if (document.querySelector('meta[http-equiv]')) found.push('meta http-equiv');
	if (document.querySelectorAll('base').length > 0) found.push('base');
	return found;
}

let site: SiteSession;
beforeAll(async () => {
	const dir = await sharedBuild('hostile', caseFiles());
	site = await openSite(path.join(dir, 'dist'));
}, 300_000);
afterAll(async () => {
	await site?.close();
});

describe('hostile fixtures, built and opened in Chromium', () => {
	for (const name of cases) {
		it(name, async () => {
			const { page, offsiteRequests } = await site.newPage({ viewport: { width: 1280, height: 720 } });
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			for (const pagePath of pagesOf(name)) {
				const response = await page.goto(`${site.origin}${pagePath}`);
				expect(response?.status(), pagePath).toBe(200);
				if (pagePath.startsWith('/decks/')) await waitForDeck(page);
				// Hover and click every element of the content, as a reader would, so handlers that survived would fire.
				await page.evaluate(() => {
					for (const el of document.querySelectorAll('main *, .slides *')) {
						for (const type of ['mouseover', 'focus', 'click']) el.dispatchEvent(new Event(type, { bubbles: false }));
					}
				});
				expect(await page.evaluate(unsafeMarkup), pagePath).toEqual([]);
				const links = await page.evaluate(() =>
					[...document.querySelectorAll('main a[href], .slides a[href]')].map((a) => ({ href: (a as HTMLAnchorElement).href, raw: a.getAttribute('href') ?? '' })),
				);
				for (const { href, raw } of links) {
					const url = new URL(href);
					if (url.origin !== site.origin) continue;
					const target = await fetch(`${site.origin}${url.pathname}`);
					expect(target.status, `${pagePath}: link ${raw}`).toBe(200);
					const fragment = decodeURIComponent(url.hash.slice(1));
					if (fragment === '' || fragment.startsWith('/')) continue;
					const html = await target.text();
					expect(html.includes(`id="${fragment}"`), `${pagePath}: link ${raw} has no target #${fragment}`).toBe(true);
				}
			}
			const absent = path.join(FIXTURES, name, 'absent.txt');
			if (existsSync(absent)) {
				for (const missing of readFileSync(absent, 'utf8').split('\n').filter(Boolean)) {
					expect((await fetch(`${site.origin}${missing}`)).status, `${missing} must not be published`).toBe(404);
				}
			}
			expect(dialogs).toEqual([]);
			expect(offsiteRequests).toEqual([]);
			await page.context().close();
		});
	}

	it('keeps the allowed slide attributes, a bare data-auto-animate included', async () => {
		const { page } = await site.newPage({ viewport: { width: 1280, height: 720 } });
		await page.goto(`${site.origin}/decks/slide-attributes-allowed-talk/`);
		await waitForDeck(page);
		const first = await page.evaluate(() => {
			const section = document.getElementById('first');
			return section ? Object.fromEntries([...section.attributes].map((a) => [a.name, a.value])) : null;
		});
		expect(first).toMatchObject({ 'data-auto-animate': '', 'data-background-color': '#123456', 'data-transition': 'fade-in slide-out' });
		expect(first?.['class']).toContain('centered');
		await page.context().close();
	});

	it('renders the harmless tags and the article page\u2019s own markup', async () => {
		const { page } = await site.newPage();
		await page.goto(`${site.origin}/articles/raw-harmless-tags/`);
		expect(await page.locator('.prose kbd').count()).toBe(2);
		await expect(page.locator('.prose details summary').textContent()).resolves.toBe('More detail');
		await expect(page.locator('.prose details strong').textContent()).resolves.toBe('Markdown');
		await page.goto(`${site.origin}/articles/code-looks-like-html/`);
		await expect(page.locator('.prose pre.astro-code').textContent()).resolves.toContain('<script>alert(3)</script>');
		await page.context().close();
	});
});
