const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escapes text for use as HTML element content. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Escapes text for use inside a double-quoted HTML attribute value. */
export function escapeAttr(text: string): string {
	// Same set as escapeHtml: quoting both kinds keeps the value safe even if someone single-quotes it later.
	return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the entities an HTML serializer emits for text (`&lt;`, `&amp;`, `&#x3C;` …), so code that
 * arrives as escaped HTML can be highlighted again; unknown named entities are left as they are.
 */
export function decodeHtmlEntities(html: string): string {
	return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const hex = body[1] === 'x' || body[1] === 'X';
			const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
			return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
	});
}

/** Visible text of trusted inline HTML: tags dropped without adding spaces, entities decoded, white space folded. */
export function htmlText(html: string): string {
	return decodeHtmlEntities(withoutMathMarkup(html).replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/**
 * KaTeX's markup (math/render.ts) reduced to its MathML's text, so `$\rho$` reads `ρ` and not `ρ\rhoρ`: the
 * TeX annotation and the visual HTML (`katex-html`, nested spans) go.
 */
function withoutMathMarkup(html: string): string {
	if (!html.includes('katex')) return html;
	let out = html.replace(/<annotation\b[^>]*>[\s\S]*?<\/annotation>/g, '');
	for (let start = out.indexOf('<span class="katex-html"'); start >= 0; start = out.indexOf('<span class="katex-html"', start)) {
		let depth = 0;
		const tags = /<(\/?)span\b[^>]*>/g;
		tags.lastIndex = start;
		let end = out.length;
		for (let tag = tags.exec(out); tag; tag = tags.exec(out)) {
			depth += tag[1] ? -1 : 1;
			if (depth === 0) {
				end = tag.index + tag[0].length;
				break;
			}
		}
		out = out.slice(0, start) + out.slice(end);
	}
	return out;
}
