import type { Code } from 'mdast';
import { parse, TomlError } from 'smol-toml';
import { nodesOfType } from '../article/tree-index.ts';
import { TalkbookError } from '../errors.ts';
import { collectDependencies, dependencyKey, dependencyLineMap } from './cargo-deps.ts';
import { cargoKindFromKeys, cargoKindFromTitle, defaultCargoTitle } from './cargo-kind.ts';
import type { TomlTable } from './cargo-kind.ts';
import { sourceRefFor, startPoint } from './context.ts';
import type { ArticleContext } from './context.ts';
import { parseFenceMeta, StepSpecError } from './fence-meta.ts';
import type { FenceMeta } from './fence-meta.ts';
import { notesAround } from './notes.ts';
import { scanTomlLines } from './toml-lines.ts';
import { tomlSections } from './toml-sections.ts';
import type { CargoConfig, CrateDependency } from './types.ts';

/** Whether a code block is TOML (`toml`, any case). */
export function isTomlBlock(node: Code): boolean {
	return node.lang?.toLowerCase() === 'toml';
}

/**
 * Parses a TOML code block; a syntax error becomes a TalkbookError at the article line and column:
 * the block's content starts on the line after the fence and is indented like the fence.
 */
export function parseTomlBlock(node: Code, file: string): TomlTable {
	try {
		return parse(node.value) as TomlTable;
	} catch (error) {
		if (!(error instanceof TomlError)) throw error;
		const fence = startPoint(node);
		const reason = error.message.split('\n')[0] ?? error.message;
		const point = { line: fence.line + error.line, column: fence.column - 1 + error.column };
		throw new TalkbookError(`invalid TOML in code block: ${reason}`, file, point, { cause: error });
	}
}

/** Reads the fence meta; a bad step spec becomes a TalkbookError at the fence. */
export function readFenceMeta(node: Code, file: string): FenceMeta {
	try {
		return parseFenceMeta(node.meta);
	} catch (error) {
		if (!(error instanceof StepSpecError)) throw error;
		throw new TalkbookError(error.message, file, startPoint(node), { cause: error });
	}
}

/** Rejects steps naming lines the code does not have. */
function checkStepsFit(meta: FenceMeta, lineCount: number, node: Code, file: string): void {
	const beyond = meta.steps?.flat().find((line) => line > lineCount);
	if (beyond !== undefined) {
		throw new TalkbookError(`step spec names line ${beyond} but the code block has ${lineCount} lines`, file, startPoint(node));
	}
}

/** Dependencies in document order with the lines that declare them (manifests only). */
function manifestDependencies(parsed: TomlTable, code: string): { dependencies: CrateDependency[]; lines: number[] } {
	const lineMap = dependencyLineMap(scanTomlLines(code));
	const firstLine = (dep: CrateDependency): number =>
		lineMap.get(dependencyKey(dep.table, dep.name))?.[0] ?? Number.MAX_SAFE_INTEGER;
	const dependencies = collectDependencies(parsed).sort((a, b) => firstLine(a) - firstLine(b));
	const lines = [...new Set([...lineMap.values()].flat())].sort((a, b) => a - b);
	return { dependencies, lines };
}

/**
 * Every TOML block that is a Cargo manifest or config, recognised by fence title or by keys.
 * Any TOML block with a syntax error stops the build, Cargo or not.
 */
export function extractCargo(ctx: ArticleContext): CargoConfig[] {
	const configs: CargoConfig[] = [];
	for (const { node } of nodesOfType(ctx.tree, 'code')) {
		if (!isTomlBlock(node)) continue;
		const meta = readFenceMeta(node, ctx.file);
		const parsed = parseTomlBlock(node, ctx.file);
		const kind = cargoKindFromTitle(meta.title) ?? cargoKindFromKeys(parsed);
		if (!kind) continue;
		const lines = scanTomlLines(node.value);
		checkStepsFit(meta, node.value.split('\n').length, node, ctx.file);
		const deps = kind === 'manifest' ? manifestDependencies(parsed, node.value) : { dependencies: [], lines: [] };
		configs.push({
			index: configs.length + 1,
			kind,
			title: meta.title ?? defaultCargoTitle(kind),
			code: node.value,
			meta: node.meta ?? null,
			sections: tomlSections(lines),
			dependencies: deps.dependencies,
			dependencyLines: deps.lines,
			notes: notesAround(ctx.tree, node),
			source: sourceRefFor(ctx, node),
		});
	}
	return configs;
}
