import type { CrateDependency } from '../extract/types.ts';
import type { StackSlide } from '../deck/model.ts';
import type { RenderContext } from './context.ts';
import { escapeHtml } from '../html/escape.ts';
import { renderFrame, renderHeading, renderPageCount } from './frame.ts';

/** Short label for the table a crate comes from; none for plain `[dependencies]`. */
export function dependencyTableLabel(table: string): string | null {
	const target = /^target\.(.+)\.((?:dev-|build-)?dependencies)$/.exec(table);
	const kind = target ? (target[2] ?? table) : table;
	const base = kind === 'dev-dependencies' ? 'dev' : kind === 'build-dependencies' ? 'build' : null;
	if (!target) return base ?? (kind === 'dependencies' ? null : kind);
	const cfg = (target[1] ?? '').replace(/^(['"])(.*)\1$/, '$2');
	return base ? `${base} · ${cfg}` : cfg;
}

/** One crate row: name with its markers, version (or the workspace marker) and feature chips. */
function renderCrateRow(dep: CrateDependency): string {
	const table = dependencyTableLabel(dep.table);
	const markers =
		(table ? ` <span class="dep-marker dep-table">${escapeHtml(table)}</span>` : '') +
		(dep.optional ? ' <span class="dep-marker dep-optional">optional</span>' : '');
	const version = dep.workspace
		? '<span class="dep-marker dep-workspace">workspace</span>'
		: `<code>${escapeHtml(dep.version)}</code>`;
	const features = dep.features.map((f) => `<code class="feature">${escapeHtml(f)}</code>`).join(' ');
	return `<tr><td><code class="crate">${escapeHtml(dep.name)}</code>${markers}</td><td>${version}</td><td class="features">${features}</td></tr>`;
}

/** The crate | version | features table of a manifest (one page of it). */
export function renderStackSlide(slide: StackSlide, ctx: RenderContext): string {
	const table =
		`<div class="fit"><table class="deck-table stack-table">` +
		`<thead><tr><th scope="col">Crate</th><th scope="col">Version</th><th scope="col">Features</th></tr></thead>` +
		`<tbody>${slide.crates.map(renderCrateRow).join('')}</tbody></table></div>`;
	return renderFrame(slide, renderHeading(slide.title, renderPageCount(slide.page, slide.pages)) + table, ctx);
}
