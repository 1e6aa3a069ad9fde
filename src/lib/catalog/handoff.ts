import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import type { MarkdownPipeline } from '../article/pipeline.ts';
import type { Catalog } from './types.ts';

/**
 * Set by scripts/build.ts for the `astro build` it runs: the file it writes the checked catalog to, so
 * Astro's pages use the articles the check parsed instead of parsing them again.
 */
export const CATALOG_FILE_ENV = 'TALKBOOK_CATALOG_FILE';

/** What the build script hands to Astro: the catalog, and the Markdown pipeline it was built with (the site's address is the pages' to render). */
export interface CatalogHandoff {
	/** The Markdown pipeline the articles were read with. */
	markdown: MarkdownPipeline;
	catalog: Catalog;
}

/** Writes the handoff under a temporary name and renames it, so a reader never sees half of it. */
export function writeCatalogFile(file: string, handoff: CatalogHandoff): void {
	writeFileSync(`${file}.tmp`, serialize(handoff));
	renameSync(`${file}.tmp`, file);
}

/**
 * Waits for the build script's catalog (it checks the content while Astro starts) and reads it. Gives up
 * when the process that started this one is gone, so an Astro whose build script was killed never waits forever.
 */
export async function readCatalogFile(file: string, parentPid = process.ppid): Promise<CatalogHandoff> {
	while (!existsSync(file)) {
		if (process.ppid !== parentPid) throw new Error(`the build script that was to write ${file} is gone`);
		await sleep(20);
	}
	return deserialize(readFileSync(file)) as CatalogHandoff;
}
