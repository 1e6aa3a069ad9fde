import { describe, expect, it } from 'vitest';
import {
	codePointsOf,
	dataUri,
	dropUnusedFontFaces,
	escapeScriptText,
	escapeStyleText,
	inlineCssUrls,
	InlineError,
	mimeType,
	parseUnicodeRange,
	resolveSitePath,
	type ReadSiteFile,
} from '../../../scripts/export/inline.ts';

const files: Record<string, string> = {
	'/_astro/inter-latin.woff2': 'INTER',
	'/_astro/mono latin.woff2': 'MONO',
	'/images/logo.svg': '<svg/>',
};
const read: ReadSiteFile = (p) => (p in files ? new TextEncoder().encode(files[p]) : null);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('resolveSitePath', () => {
	it('resolves relative and root-relative references against the referring file', () => {
		expect(resolveSitePath('inter-latin.woff2', '/_astro/index.css')).toBe('/_astro/inter-latin.woff2');
		expect(resolveSitePath('../images/logo.svg?v=2#x', '/_astro/index.css')).toBe('/images/logo.svg');
		expect(resolveSitePath('/favicon.svg', '/decks/a/')).toBe('/favicon.svg');
		expect(resolveSitePath('mono%20latin.woff2', '/_astro/index.css')).toBe('/_astro/mono latin.woff2');
	});

	it('refuses references off the site', () => {
		expect(() => resolveSitePath('https://fonts.example/inter.woff2', '/_astro/index.css')).toThrow(InlineError);
		expect(() => resolveSitePath('//cdn.example/x.css', '/decks/a/')).toThrow(/not a file of the site/);
	});
});

describe('inlineCssUrls', () => {
	it('turns every url() into a data: URI of the file, whatever its quoting', () => {
		const css = `@font-face{src:url(./inter-latin.woff2) format("woff2")}
a{background:url( '../images/logo.svg' )}
b{src:url("mono%20latin.woff2")}`;
		const out = inlineCssUrls(css, '/_astro/index.css', read);
		expect(out).toContain(`url("data:font/woff2;base64,${b64('INTER')}") format("woff2")`);
		expect(out).toContain(`url("data:image/svg+xml;base64,${b64('<svg/>')}")`);
		expect(out).toContain(`url("data:font/woff2;base64,${b64('MONO')}")`);
		expect(out).not.toMatch(/url\((?!"data:)/);
	});

	it('leaves data: URIs and fragment references alone', () => {
		const css = 'a{background:url(data:image/png;base64,AAAA)}b{filter:url(#blur)}';
		expect(inlineCssUrls(css, '/_astro/index.css', read)).toBe('a{background:url("data:image/png;base64,AAAA")}b{filter:url("#blur")}');
	});

	it('names the missing file and refuses @import', () => {
		expect(() => inlineCssUrls('a{src:url(gone.woff2)}', '/_astro/index.css', read)).toThrow(/gone\.woff2.*\/_astro\/gone\.woff2 is not in the built site/);
		expect(() => inlineCssUrls('@import "other.css";', '/_astro/index.css', read)).toThrow(/@import/);
	});
});

describe('font subsetting', () => {
	it('parses unicode-range values, wildcards included', () => {
		expect(parseUnicodeRange('U+??,U+131,U+152-153, U+4??')).toEqual([
			[0, 0xff],
			[0x131, 0x131],
			[0x152, 0x153],
			[0x400, 0x4ff],
		]);
	});

	it('keeps only the faces whose range the text uses, and faces without a range', () => {
		const css = [
			'@font-face{font-family:Inter;src:url(latin.woff2);unicode-range:U+0000-00FF,U+2000-206F}',
			'@font-face{font-family:Inter;src:url(cyrillic.woff2);unicode-range:U+0400-045F}',
			'@font-face{font-family:Inter;src:url(greek.woff2);unicode-range:U+0370-03FF}',
			'@font-face{font-family:Other;src:url(all.woff2)}',
			'body{font-family:Inter}',
		].join('');
		const out = dropUnusedFontFaces(css, codePointsOf('Rust — fast, safe; Привет'));
		expect(out).toContain('latin.woff2');
		expect(out).toContain('cyrillic.woff2');
		expect(out).not.toContain('greek.woff2');
		expect(out).toContain('all.woff2');
		expect(out).toContain('body{font-family:Inter}');
	});

	it('always counts printable ASCII as used', () => {
		const points = codePointsOf('');
		expect(points.has('A'.codePointAt(0)!)).toBe(true);
		expect(points.has('~'.codePointAt(0)!)).toBe(true);
	});
});

describe('escaping for inline elements', () => {
	it('keeps </script and <!-- from ending or confusing an inline script', () => {
		const js = 'var a="</script><!-- x -->",b=/<\\/SCRIPT>/;';
		const out = escapeScriptText(js);
		expect(out).not.toMatch(/<\/script/i);
		expect(out).not.toContain('<!--');
		// Same program: evaluate both and compare the string.
		expect(new Function(`${out}; return a;`)()).toBe(new Function(`${js}; return a;`)());
	});

	it('keeps </style from ending an inline stylesheet', () => {
		expect(escapeStyleText('a::after{content:"</style>"}')).toBe('a::after{content:"<\\/style>"}');
	});
});

describe('data URIs', () => {
	it('knows the types the site ships', () => {
		expect(mimeType('/_astro/x.woff2')).toBe('font/woff2');
		expect(mimeType('/a/B.PNG')).toBe('image/png');
		expect(mimeType('/a/b.unknown')).toBe('application/octet-stream');
		expect(dataUri(new TextEncoder().encode('hi'), 'text/plain')).toBe('data:text/plain;base64,aGk=');
	});
});
